/*
 * History IT (issue 11): three builds of one project share a history file; the third drops a test class.
 * Asserts the records, the trend of the third build, the ratchet failure, and the history goal's table and JSON.
 */
import groovy.json.JsonSlurper

V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)
List<String> runs = V.runs(basedir, 7)

Map json(int n) { V.json(new File(basedir, "reports/run-${n}/readiness.json")) }
Map gate(Map report, String id) { V.gates(report)[id] }

Map first = json(1), second = json(2), third = json(3), fourth = json(4)

// run 1: nothing recorded before: no trend yet, the ratchet cannot judge (MISSING, not passed)
assert runs[0].contains('BUILD SUCCESS')
assert first.trend.direction == 'insufficient_data' && first.trend.count == 0
Map cov1 = gate(first, 'overall-test-coverage')
assert cov1.status == 'PASSED' && cov1.noRegression == true && cov1.tolerance == 1
assert cov1.ratchet.status == 'MISSING' && cov1.ratchet.previous == null

// run 2: same code, same value: ratchet PASSED against run 1's value; one previous build is not a trend yet
assert runs[1].contains('BUILD SUCCESS')
Map cov2 = gate(second, 'overall-test-coverage')
assert cov2.ratchet.status == 'PASSED'
assert cov2.ratchet.previous == cov1.value.setScale(2, java.math.RoundingMode.DOWN)
assert second.trend.direction == 'insufficient_data' && second.trend.count == 1
assert second.trend.previousScore == first.score

// run 3: StatisticsTest dropped: coverage falls by more than the tolerance, the ratchet fails the critical gate
assert runs[2].contains('BUILD FAILURE')
Map cov3 = gate(third, 'overall-test-coverage')
assert cov3.value < cov2.value - 1
assert cov3.status == 'FAILED' && cov3.blocking == true
assert cov3.ratchet.status == 'FAILED' && cov3.ratchet.previous == cov2.ratchet.previous
assert cov3.message.contains('regressed') && cov3.message.contains('no-regression ratchet')
assert third.level == 'BLOCKED'
assert third.blockingIssues.any { it.startsWith('overall-test-coverage: regressed') }
// the trend compares the score with the mean of the two previous builds
BigDecimal mean = (first.score + second.score) / 2
assert third.trend.count == 2 && third.trend.previousScore == second.score
assert third.score < mean - 2 && third.trend.direction == 'declining'
assert third.trend.delta == third.score - second.score
assert third.gateTrends['overall-test-coverage'].direction == 'declining'
assert runs[2] =~ /\[ERROR\] Trend: declining vs the mean of the last 2 builds/

// the HTML report of run 3 draws the three recorded scores as a line
String html = new File(basedir, 'reports/run-3/readiness.html').getText('UTF-8')
def polyline = (html =~ /<svg class="score-chart"[^>]*>.*?<polyline [^>]*points="([^"]+)"/)
assert polyline.find(): 'no score chart in run 3'
assert polyline.group(1).split(' ').size() == 3

// issue 17: run 3 is BLOCKED, so its page leads with the blocking gate and its fix, before the gate table
String afterHeader = html.substring(html.indexOf('</header>'))
assert afterHeader.startsWith('</header>\n<section id="blocking" class="fix">'): 'run 3 does not lead with the fix'
assert html.indexOf('<section id="blocking"') < html.indexOf('<section id="gates">')
assert html =~ /<tr class="blocking"><td><code>overall-test-coverage<\/code>.*<details open>/
// run 1 had no earlier build: one sentence, not one "insufficient data" row per gate
String html1 = new File(basedir, 'reports/run-1/readiness.html').getText('UTF-8')
String trend1 = html1.substring(html1.indexOf('<section id="trend">'))
trend1 = trend1.substring(0, trend1.indexOf('</section>'))
assert trend1.contains('No earlier build in the history yet') && !trend1.contains('insufficient data')
// paths under the project are relative in the Markdown and the HTML of every run
(1..4).each { n ->
    ['readiness.md', 'readiness.html'].each { name ->
        String text = new File(basedir, "reports/run-${n}/${name}").getText('UTF-8')
        assert !text.contains(basedir.canonicalPath) && !text.contains(basedir.absolutePath): "absolute path in run ${n} ${name}"
    }
}

// run 4 (issue 16): the regressed build re-run compares with the best accepted value, not with run 3's regressed
// value, so it fails again
assert runs[3].contains('BUILD FAILURE')
Map cov4 = gate(fourth, 'overall-test-coverage')
assert cov4.value == cov3.value
assert cov4.status == 'FAILED' && cov4.ratchet.status == 'FAILED'
assert cov4.ratchet.previous == cov2.ratchet.previous
assert fourth.level == 'BLOCKED'

// the history file holds the four builds, in order, whatever their outcome
List<Map> records = new File(basedir, '.readiness/history.jsonl').readLines().findAll { it.trim() }
        .collect { new JsonSlurper().parseText(it) as Map }
assert records*.score == [first.score, second.score, third.score, fourth.score]
assert records*.level == [first.level, second.level, 'BLOCKED', 'BLOCKED']
assert records.every { it.v == 1 && it.project.artifactId == 'history-trend-ratchet' }
assert records[2].gates['overall-test-coverage'].status == 'FAILED'
// the ratchet's bar is recorded with each build and not lowered by the failed ones
assert records*.gates*.'overall-test-coverage'*.bar.every { it == cov2.ratchet.previous }

// run 5: readiness:history prints the table and the trend of the newest build
assert runs[4].contains('BUILD SUCCESS')
assert runs[4].contains('Readiness history of com.acme.calc:history-trend-ratchet (4 recorded')
List<String> rows = runs[4].readLines().findAll { it =~ /^\[INFO\] \d{4}-\d\d-\d\d \d\d:\d\d / }
assert rows.size() == 4
assert rows[3].contains('BLOCKED')

// run 6: the same as JSON on standard output
// (Maven 4 sends a plugin's standard output through its log: the line arrives as "[INFO] [stdout] {...}")
String jsonLine = runs[5].readLines().collect { it.replaceFirst(/^\[INFO\] \[stdout\] /, '') }
        .find { it.startsWith('{"records":') }
assert jsonLine != null
Map printed = new JsonSlurper().parseText(jsonLine)
assert printed.records.size() == 4 && printed.records*.score == records*.score

// run 7: the same JSON in the file readiness.historyOutput names, and not on standard output
File written = new File(basedir, 'reports/history.json')
assert written.isFile()
assert V.json(written) == printed
assert runs[6].contains('BUILD SUCCESS') && runs[6].contains('(4 recorded) written to ')
assert !runs[6].readLines().any { it.contains('{"records":') }
return true
