/*
 * Issue 19: coverage of the changed lines per tier (see setup.groovy for the change and invoker.properties for the
 * runs). The oracle is Debian's diff-cover 7.4 on the same build's jacoco.xml and the same change (main...HEAD plus
 * staged and unstaged edits): it must count the same changed lines with code and the same uncovered lines.
 */
import groovy.json.JsonSlurper

V = evaluate(new File(itShared, 'Verify.groovy'))
List<String> runs = V.runs(basedir, 4)
File target = new File(basedir, 'target')
String CHANGED = 'src/main/java/com/acme/control/ControllerGains.java'
String FILTER = 'src/main/java/com/acme/filter/LowPassFilter.java'

// ---- run 1: readiness.baseRef=main (JGit), check fails BECAUSE of the changed critical line
String run1 = runs[0]
assert run1.contains('BUILD FAILURE')
assert run1.contains('BLOCKED')
def json = V.json(new File(target, 'readiness/readiness.json'))
def gates = V.gates(json)
assert json.level == 'BLOCKED'
assert json.blockingIssues.any { it.contains('changed-critical') }

// the scaled(double) method is covered: its four-line statement counts once, on its first line (JaCoCo's table);
// withOutputLimit(double), line 43, never runs
assert gates['changed-critical'].status == 'FAILED'
assert gates['changed-critical'].blocking == true
assert [gates['changed-critical'].measured, gates['changed-critical'].of] == [1, 2]
assert gates['changed-critical'].details.contains("${CHANGED}:43".toString())
// non-critical code: restartAt (3 lines with code, the closing brace is the return) covered; the uncommitted
// initialised() (line 77) is counted: the working tree is compared, not HEAD
assert gates['changed-code'].status == 'FAILED'
assert [gates['changed-code'].measured, gates['changed-code'].of] == [5, 7]
assert gates['changed-code'].details.containsAll(["${CHANGED}:43".toString(), "${FILTER}:77".toString()])
assert gates['changed-code'].blocking == false
assert gates['changed-safety-critical'].status == 'PASSED'
assert [gates['changed-safety-critical'].measured, gates['changed-safety-critical'].of] == [1, 1]
// 1 changed line with code in the safety-critical clamp: fewer than <minLines>5</minLines>
assert gates['changed-safety-critical-branches'].status == 'INCONCLUSIVE'
assert gates['changed-safety-critical-branches'].value == null
assert gates['changed-safety-critical-branches'].blocking == false
assert gates['changed-safety-critical-branches'].message.contains('fewer than <minLines> 5')

def changed = json.changedLines
assert changed.available == true
assert changed.origin ==~ /working tree vs merge-base [0-9a-f]{10} of main and HEAD/
assert changed.changedFiles == 4: 'README.md of main is not part of the change (it came after the merge-base)'
assert changed.outsideSourceRoots == ['src/test/java/com/acme/control/ChangedCodeTest.java']
assert changed.withoutClasses == []
assert changed.scopes.all.lines == [covered: 5, missed: 2]
assert changed.scopes.critical.lines == [covered: 1, missed: 1]
assert changed.scopes['safety-critical'].lines == [covered: 1, missed: 0]
assert changed.scopes.all.files*.path == [CHANGED, FILTER, 'src/main/java/com/acme/util/Saturation.java']
assert changed.scopes.all.files[0].uncovered == [[43, 43]]
assert changed.scopes.all.files[0].uncoveredText == '43'
assert changed.scopes.all.files[1].uncovered == [[77, 77]]

// every view lists the uncovered changed lines per tier
String md = new File(target, 'readiness/readiness.md').getText('UTF-8')
assert md.contains('### Changed lines')
assert md.contains("Uncovered changed lines, tag critical:\n\n- `${CHANGED}:43`".toString())
assert md.contains("- `${FILTER}:77`".toString())
String html = new File(target, 'readiness/readiness.html').getText('UTF-8')
assert html.contains('<section id="changed-lines">')
assert html.contains("<code>${CHANGED}:43</code>".toString())
assert run1.contains("uncovered ${CHANGED}:43".toString()): 'the console lists the uncovered changed lines'
V.noStackTrace(run1, 'org.apache.maven.plugin.MojoFailureException: Readiness level BLOCKED')

// ---- run 2: the same change as a diff file: the same numbers
def json2 = V.json(new File(target, 'readiness-diff/readiness.json'))
assert json2.changedLines.origin.startsWith('diff file ')
assert json2.changedLines.scopes == changed.scopes
['changed-code', 'changed-critical', 'changed-safety-critical', 'changed-safety-critical-branches'].each { id ->
    def g2 = V.gates(json2)[id]
    assert [g2.status, g2.measured, g2.of] == [gates[id].status, gates[id].measured, gates[id].of]: id
}

// ---- run 3: no change window: NOT_CONFIGURED, not blocking; the default gates are unchanged
def json3 = V.json(new File(target, 'readiness-none/readiness.json'))
def gates3 = V.gates(json3)
assert !json3.containsKey('changedLines')
['changed-code', 'changed-critical', 'changed-safety-critical', 'changed-safety-critical-branches'].each { id ->
    assert gates3[id].status == 'NOT_CONFIGURED': id
    assert gates3[id].message.contains('readiness.baseRef'): id
    assert gates3[id].blocking == false
}
gates.values().findAll { !it.id.startsWith('changed-') }.each { g ->
    assert [gates3[g.id].status, gates3[g.id].value] == [g.status, g.value]: g.id
}
assert json3.level == 'PRODUCTION_READY': 'without the opt-in gates the verdict is the default policy\'s'

// ---- run 4: a base ref the clone lacks: MISSING with the fetch that fixes it
def json4 = V.json(new File(target, 'readiness-shallow/readiness.json'))
assert json4.changedLines.available == false
assert json4.changedLines.missingReason.contains('git fetch --depth=100 origin main')
assert V.gates(json4)['changed-critical'].status == 'MISSING'
assert V.gates(json4)['changed-critical'].message.contains('readiness.diffFile')

// ---- oracle: diff-cover 7.4 on the same jacoco.xml and the same change
File report = new File(target, 'diff-cover.json')
List<String> command = ['diff-cover', 'target/site/jacoco/jacoco.xml', '--compare-branch=main',
                        '--src-roots', 'src/main/java', '--json-report', report.path]
Process p
try {
    ProcessBuilder pb = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    pb.environment().put('GIT_CONFIG_NOSYSTEM', '1')
    pb.environment().put('GIT_CONFIG_GLOBAL', '/dev/null')
    p = pb.start()
} catch (IOException e) {
    String message = "diff-cover is not installed (apt-get install diff-cover): the changed-line oracle did not run"
    assert System.getenv('CI') == null: message + '; CI must run it (.ci/run installs it)'
    println "SKIPPED: ${message}"
    return true
}
String out = p.inputStream.getText('UTF-8')
assert p.waitFor() == 0: "diff-cover failed: ${out}"
println out
def dc = new JsonSlurper().parse(report)
assert dc.total_num_lines == changed.scopes.all.lines.covered + changed.scopes.all.lines.missed
assert dc.total_num_violations == changed.scopes.all.lines.missed
Map<String, List<Integer>> readinessMissed = changed.scopes.all.files.collectEntries { f ->
    [f.path, f.uncovered.collectMany { r -> (r[0]..r[1]).toList() }]
}
Map<String, List<Integer>> diffCoverMissed = dc.src_stats.collectEntries { path, s -> [path, s.violation_lines] }
assert readinessMissed == diffCoverMissed
return true
