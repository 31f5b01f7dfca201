/*
 * Issue 23: a cold and a warm analysis cache give the same readiness.json apart from its times; the warm build
 * (after mvn clean) analysed no class again: the one pack the cold build wrote is the only one, older than its report.
 */
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
List<String> runs = V.runs(basedir, 2) // cold, then warm after clean
runs.each { run ->
    assert run.contains('BUILD SUCCESS')
    V.noStackTrace(run, 'none')
}

// each build says what the cache did: the cold one analysed and stored every class, the warm one reused them all
def coldLine = (runs[0] =~ /\[INFO\] Analysis cache \S+: 0 hits, (\d+) misses \(0 damaged or foreign entries ignored\), (\d+) written/)
assert coldLine.find(): 'the cold build logs the cache line'
def warmLine = (runs[1] =~ /\[INFO\] Analysis cache \S+: (\d+) hits, 0 misses \(0 damaged or foreign entries ignored\), 0 written/)
assert warmLine.find(): 'the warm build logs the cache line'
assert (coldLine.group(1) as int) > 0 && coldLine.group(2) == coldLine.group(1)
assert warmLine.group(1) == coldLine.group(2): 'the warm build reused every class the cold build stored'

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

File cache = new File(basedir, 'readiness-cache/analysis')
List<File> packs = []
cache.eachFileRecurse { if (it.name.endsWith('.pack')) packs << it }
// the cold build wrote all its classes into one pack; the warm build found every class there and wrote none
assert packs.size() == 1: "one pack after a cold and a warm build: ${packs}"
assert packs[0].parentFile.name.startsWith('jacoco-0.8.15') && packs[0].parentFile.name.endsWith('-v3'):
        'packs are kept per JaCoCo version and format'
assert packs[0].length() > 1000
assert packs[0].lastModified() <= cold.lastModified(): 'the warm build analysed classes again'
assert !new File(basedir, 'target/readiness-cache').exists(): 'the IT-wide cache location is overridden'
return true
