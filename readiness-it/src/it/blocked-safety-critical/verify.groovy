/*
 * Post-build check of the blocked-safety-critical IT (six Maven runs, see invoker.properties):
 *   1 verify                     fails BECAUSE of the verdict (BLOCKED by safety-critical-coverage), json in target/readiness
 *   2 check, failOnViolation=false  succeeds with a WARNING, json still BLOCKED
 *   3 report                     succeeds, json written
 *   4 check+report, skip=true    skipped, nothing written
 *   5 check, skipCheck=true      skipped, nothing written
 *   6 jacoco:report              JaCoCo's own numbers for the same classes (the oracle)
 * Expected numbers come from the XML reports Surefire/Failsafe wrote and from JaCoCo's report, not from constants,
 * except the ones the case is built around (Saturation.clamp: 6 of 7 lines, the NaN branch).
 */
import java.math.RoundingMode

V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
File target = new File(basedir, 'target')
List<String> runs = V.runs(basedir, 6)

// ---------------------------------------------------------------- the evidence run 1 produced

def expectedSurefire = [
    'com.acme.control.ClosedLoopStabilityTest'  : 2,  // class tagged "stability"
    'com.acme.control.ControllerGainsTest'      : 2,
    'com.acme.control.SlidingModeControllerTest': 8,
    'com.acme.control.SlidingSurfaceTest'       : 6,  // 2 + 4 parameterized
    'com.acme.util.SaturationTest'              : 10, // 5 parameterized + 5, none with a NaN value
]
def surefire = V.testCases(new File(target, 'surefire-reports'))
def failsafe = V.testCases(new File(target, 'failsafe-reports'))
assert surefire == new TreeMap<>(expectedSurefire)
assert failsafe == ['com.acme.it.ClosedLoopIT': 1]
['jacoco.exec', 'jacoco-it.exec'].each { name ->
    File exec = new File(target, name)
    assert exec.isFile() && exec.length() > 0: "missing or empty ${exec}"
}

// JaCoCo's report of target/jacoco.exec (unit tests only; readiness also merges jacoco-it.exec).
def jacoco = V.xml(new File(target, 'site/jacoco/jacoco.xml'))
def clampLines = V.counters(V.jacocoMethod(V.jacocoClass(jacoco, 'com/acme/util/Saturation'), 'clamp')).LINE
assert clampLines == [missed: 1, covered: 6] // the case: the NaN branch of Saturation.clamp is never tested
def overallLines = V.counters(jacoco).LINE

// ---------------------------------------------------------------- run 1: verify fails because of the verdict

String run1 = runs[0]
assert run1.contains('BUILD FAILURE')
assert run1.contains('[WARNING] safety-critical-coverage: 85.7 % of lines < required 100 %')
// The final [ERROR] (what CI shows) carries the whole verdict block.
String failure = run1.substring(run1.indexOf('[ERROR] Failed to execute goal dev.readiness:readiness-maven-plugin:'))
String failureFirstLine = failure.readLines()[0]
assert failureFirstLine.contains(':check (default) on project controller-lib-blocked: '
        + 'Readiness level BLOCKED is below the required CONDITIONAL_READY')
List<String> errorBlock = failure.readLines().takeWhile { it.startsWith('[ERROR]') }
String verdict = errorBlock.join('\n')
assert verdict.contains('[ERROR] BLOCKED by:')
assert verdict =~ /(?m)^\[ERROR\]   safety-critical-coverage: .*com\.acme\.util\.Saturation/
assert verdict =~ /(?m)^\[ERROR\] gate +status +value +required +weight +critical/
assert verdict =~ /(?m)^\[ERROR\] safety-critical-coverage +FAILED +85\.7 % +>= 100 % +0\.15 yes/
assert verdict =~ /(?m)^\[ERROR\] critical-component-coverage +PASSED +100\.0 %/
assert verdict.contains('com.acme.util.Saturation#clamp(double, double, double): 1 line missed (Saturation.java line 31)')
assert verdict.contains('to only warn, set readiness.failOnViolation=false')
V.noStackTrace(run1, 'org.apache.maven.plugin.MojoFailureException: Readiness level BLOCKED')

Map json = V.json(new File(target, 'readiness/readiness.json'))
assert json.schemaVersion == 1
assert json.project == [groupId: 'com.acme.controls', artifactId: 'controller-lib-blocked', version: '1.0.0-SNAPSHOT']
assert json.level == 'BLOCKED'
assert json.deploymentApproved == false
Map gates = V.gates(json)
Map safety = gates['safety-critical-coverage']
assert safety.status == 'FAILED'
assert safety.critical == true && safety.blocking == true
assert safety.value < 100
assert safety.measured == clampLines.covered && safety.of == clampLines.covered + clampLines.missed // 6 of 7
assert safety.value == new BigDecimal(safety.measured * 100).divide(new BigDecimal(safety.of), 2, RoundingMode.DOWN)
assert json.blockingIssues.size() == 1 && json.blockingIssues[0].startsWith('safety-critical-coverage: ')
assert json.blockingIssues[0].contains('com.acme.util.Saturation')
assert gates.findAll { id, g -> g.blocking }.keySet() == ['safety-critical-coverage'] as Set
assert json.coverage.tags['safety-critical'].counters.line == [covered: clampLines.covered, missed: clampLines.missed]

// The other numbers agree with the reports the tools wrote.
Map overall = gates['overall-test-coverage']
assert overall.status == 'PASSED'
assert overall.of == overallLines.covered + overallLines.missed        // same lines as JaCoCo counts
assert overall.measured >= overallLines.covered                        // plus what the ITs covered
assert json.coverage.overall.line.covered == overall.measured
assert gates['test-pass-rate'].measured == surefire.values().sum() && gates['test-pass-rate'].of == surefire.values().sum()
assert gates['system-compatibility'].of == failsafe.values().sum()
assert gates['numerical-stability'].of == expectedSurefire['com.acme.control.ClosedLoopStabilityTest']
assert json.tests.total == surefire.values().sum() + failsafe.values().sum()
assert json.tests.surefire.total == surefire.values().sum()
assert json.tests.failsafe.total == failsafe.values().sum()
assert gates['performance-benchmarks'].status == 'DISABLED' && gates['performance-benchmarks'].value == null

// ---------------------------------------------------------------- run 2: warn only

String run2 = runs[1]
assert run2.contains('BUILD SUCCESS')
assert run2.contains('[WARNING] Readiness level BLOCKED is below the required CONDITIONAL_READY')
assert run2.contains('[WARNING] readiness.failOnViolation is false: the readiness gate was NOT enforced')
assert !run2.contains('[ERROR]')
Map warnOnly = V.json(new File(target, 'readiness-warn-only/readiness.json'))
assert warnOnly.level == 'BLOCKED' && warnOnly.deploymentApproved == false
assert V.gates(warnOnly)['safety-critical-coverage'].status == 'FAILED'
assert warnOnly.score == json.score // same evidence, same verdict

// ---------------------------------------------------------------- run 3: report never fails

String run3 = runs[2]
// Maven 3.9 names the mojo by its prefix, 3.6.3 by its artifactId (the IT matrix runs both)
assert run3 =~ /--- readiness(-maven-plugin)?:[^ :]+:report \(default-cli\)/
assert run3.contains('BUILD SUCCESS')
assert run3.contains('[WARNING] Readiness level BLOCKED is below CONDITIONAL_READY (the report goal does not fail the build')
Map report = V.json(new File(target, 'readiness-report/readiness.json'))
assert report.level == 'BLOCKED'
assert report.gates.collect { [it.id, it.status, it.value] } == json.gates.collect { [it.id, it.status, it.value] }

// ---------------------------------------------------------------- runs 4 and 5: skip properties

String run4 = runs[3]
assert run4.contains('BUILD SUCCESS')
assert run4.readLines().count { it == '[INFO] Skipping readiness: readiness.skip is true' } == 2 // check and report
assert !new File(target, 'readiness-skip').exists()

String run5 = runs[4]
assert run5.contains('BUILD SUCCESS')
assert run5.contains('[INFO] Skipping readiness: readiness.skipCheck is true')
assert !new File(target, 'readiness-skip-check').exists()

assert runs[5].contains('BUILD SUCCESS')

return true
