/*
 * Issue 23: a cold and a warm analysis cache give the same readiness.json apart from its times; the warm build
 * (after mvn clean) analysed no class again: every entry is older than the cold build's report, none was rewritten.
 */
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
List<String> runs = V.runs(basedir, 2) // cold, then warm after clean
runs.each { run ->
    assert run.contains('BUILD SUCCESS')
    V.noStackTrace(run, 'none')
}

File cold = new File(basedir, 'cold-readiness/readiness.json')
File warm = new File(basedir, 'target/readiness/readiness.json')
assert cold.isFile() && warm.isFile()
// apart from the times: the report's timestamp, and this build's start and JaCoCo session times (evidence window)
def withoutTime = { File f -> f.getText('UTF-8').replaceAll(/"\d{4}-\d\d-\d\dT[\d:.]+Z"/, '"-"') }
assert withoutTime(cold) == withoutTime(warm): 'cold and warm readiness.json differ beyond their times'
assert withoutTime(cold) != cold.getText('UTF-8')
def json = V.json(warm)
assert json.coverage.available == true
assert json.coverage.overall.line.covered > 0 && json.coverage.overall.line.missed > 0

File cache = new File(basedir, 'analysis-cache')
List<File> entries = []
cache.eachFileRecurse { if (it.name.endsWith('.entry')) entries << it }
assert entries.size() >= json.coverage.analyzedClasses: "one entry per analysed class: ${entries.size()}"
assert entries.every { it.path.contains('jacoco-0.8.15') }: 'entries are keyed by the JaCoCo version'
long coldWritten = cold.lastModified()
List<File> rewritten = entries.findAll { it.lastModified() > coldWritten }
assert rewritten.isEmpty(): "the warm build analysed classes again: ${rewritten}"
assert !new File(basedir, 'target/readiness-analysis-cache').exists(): 'the IT-wide cache location is overridden'
return true
