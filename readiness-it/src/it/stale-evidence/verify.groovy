/*
 * Post-build check of the stale-evidence IT (issue 15, six Maven runs on one copy, never cleaned; see
 * invoker.properties). Every number of runs 2-4 must come from that run's own tests: the reports and JaCoCo sessions
 * run 1 left behind are named and left out.
 */

File target = new File(basedir, 'target')
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)
List<String> runs = V.runs(basedir, 6)

Map json(int run) {
    File f = new File(basedir, "target/readiness-${run}/readiness.json")
    assert f.isFile(): "run ${run} wrote no readiness.json"
    return V.json(f)
}
Map gates(Map j) { V.gates(j) }

/** Surefire's own count of the tests it ran in this run ("Tests run: N" of its results block). */
int surefireRan(String run) {
    def m = run =~ /(?m)^\[INFO\] Tests run: (\d+), Failures: 0, Errors: 0, Skipped: 0$/
    assert m.find(): 'no Surefire summary'
    return m.group(1) as int
}

// ---- 1: the full build
Map j1 = json(1)
assert j1.level == 'PRODUCTION_READY'
assert j1.tests.total == 4 && surefireRan(runs[0]) == 4
assert gates(j1)['safety-critical-coverage'].status == 'PASSED' && gates(j1)['safety-critical-coverage'].value == 100
assert j1.evidence.rule == 'build-start' && j1.evidence.execSessions.count == 1
assert j1.evidence.execSessions.stale.count == 0 && j1.evidence.staleReports == []
assert j1.warnings == []

// ---- 2: SaturationTest disabled
Map j2 = json(2)
assert surefireRan(runs[1]) == 1
assert j2.tests.total == 1 // Surefire ran 1; run 1's 3 SaturationTest cases are not counted
assert j2.evidence.execSessions.count == 1 && j2.evidence.execSessions.stale.count == 1
assert j2.evidence.staleReports*.file == ['target/surefire-reports/TEST-com.acme.util.SaturationTest.xml']
assert j2.evidence.staleReports[0].reason.contains('before this build started')
Map safety2 = gates(j2)['safety-critical-coverage']
assert safety2.status == 'FAILED' && safety2.value == 0 // this build never ran clamp
assert j2.level == 'BLOCKED'
assert j2.warnings.any { it.startsWith('1 JaCoCo session in ') && it.contains('left out of the coverage numbers') }
assert j2.warnings.any { it.startsWith('1 test report is from an earlier build: left out of the test numbers') }
// the verdict block is printed once, in the build's error (CI shows the last error); the INFO log has one line for it
assert runs[1] =~ /\[ERROR\] Evidence of this build \(started [^)]+\): 1 JaCoCo session .*, 1 test report file; left out as stale: 1 session, 1 report file/
assert runs[1].readLines().count { it.startsWith('[ERROR] Readiness of com.acme.controls:stale-evidence:') } == 1
assert runs[1].readLines().count { it.startsWith('[INFO] Readiness of ') } == 0
assert runs[1].contains('[INFO] Verdict of stale-evidence: BLOCKED, score ')
assert runs[1].contains('[ERROR] Failed to execute goal dev.readiness:readiness-maven-plugin')

// ---- 3: SaturationTest.java deleted; the compiler removed its class
assert !new File(target, 'test-classes/com/acme/util/SaturationTest.class').exists()
Map j3 = json(3)
assert j3.tests.total == 1
assert j3.evidence.execSessions.stale.count == 2
assert j3.evidence.staleReports.size() == 1
assert j3.evidence.staleReports[0].reason.startsWith('its test class com.acme.util.SaturationTest no longer exists in ')
assert gates(j3)['safety-critical-coverage'].status == 'FAILED' && j3.level == 'BLOCKED'

// ---- 4: no agent: the exec file holds runs 1-3 only
assert runs[3].contains('Skipping JaCoCo execution because property jacoco.skip is set.')
Map j4 = json(4)
assert j4.evidence.execSessions.count == 0 && j4.evidence.execSessions.stale.count == 3
assert j4.coverage.available == false
assert j4.coverage.missingReason.startsWith('No JaCoCo execution data of this build: the 3 sessions in ')
['overall-test-coverage', 'critical-component-coverage', 'safety-critical-coverage'].each {
    assert gates(j4)[it].status == 'MISSING' && gates(j4)[it].value == null
}
assert j4.level == 'BLOCKED' && j4.tests.total == 1

// ---- 5: readiness:report on its own: the newest session (run 3's) is the newest run
Map j5 = json(5)
assert j5.evidence.rule == 'newest-run' && j5.evidence.buildStart == null
assert j5.evidence.execSessions.count == 1 && j5.evidence.execSessions.stale.count == 2
assert j5.evidence.staleReports*.file == ['target/surefire-reports/TEST-com.acme.util.SaturationTest.xml']
assert gates(j5)['safety-critical-coverage'].value == 0 && j5.level == 'BLOCKED'
assert runs[4].contains('BUILD SUCCESS')

// ---- 6: staleEvidence=fail
assert !new File(target, 'readiness-6/readiness.json').exists()
assert runs[5] =~ /\[ERROR\] Failed to execute goal dev\.readiness:readiness-maven-plugin:[^:]+:check .*Stale evidence from an earlier build \(readiness\.staleEvidence=fail, newest-run rule\): 2 JaCoCo session\(s\) in .*jacoco\.exec/
assert runs[5].contains('Run mvn clean verify so every number comes from this build')
return true
