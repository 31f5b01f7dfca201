/*
 * Post-build check of the sample-controller IT: the build passed and left the evidence the readiness plugin reads.
 * Test counts are the test methods written in src/test/java (a parameterized method counts once per invocation),
 * compared with the testcase elements that Surefire/Failsafe really wrote.
 */
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding

File target = new File(basedir, 'target')
String log = V.log(basedir)
assert log.contains('BUILD SUCCESS')

def expectedSurefire = [
    'com.acme.control.ClosedLoopStabilityTest'  : 5,  // 3 parameterized + 2, class tagged "stability"
    'com.acme.control.ControllerGainsTest'      : 2,
    'com.acme.control.SlidingModeControllerTest': 8,
    'com.acme.control.SlidingSurfaceTest'       : 6,  // 2 + 4 parameterized
    'com.acme.filter.LowPassFilterTest'         : 3,  // one method tagged "stability"
    'com.acme.filter.MovingAverageTest'         : 1,
    'com.acme.filter.RateLimiterTest'           : 2,
    'com.acme.util.SaturationBoundsTest'        : 1,  // kills PIT's boundary mutant of clamp
    'com.acme.util.SaturationTest'              : 11, // 5 parameterized + 6
]
def surefire = V.testCases(new File(target, 'surefire-reports'), true)
assert surefire == new TreeMap<>(expectedSurefire)
assert surefire.values().sum() == 39

def failsafe = V.testCases(new File(target, 'failsafe-reports'), true)
assert failsafe == ['com.acme.it.ClosedLoopIT': 2]

['jacoco.exec', 'jacoco-it.exec'].each { name ->
    File exec = new File(target, name)
    assert exec.isFile() && exec.length() > 0: "missing or empty ${exec}"
}
assert new File(target, 'classes/com/acme/util/Saturation.class').isFile()

// ------------------------------------------------------------------ the readiness verdict of the main job
['readiness.json', 'readiness.md', 'readiness.html', 'badge.svg'].each { name ->
    assert new File(target, "readiness/${name}").length() > 0: "missing report ${name}"
}
Map json = V.json(new File(target, 'readiness/readiness.json'))
Map gates = V.gates(json)
// the verdict is approved; the benchmark gate does not enter it (see below)
assert json.level in ['PRODUCTION_READY', 'CONDITIONAL_READY'] && json.deploymentApproved == true
// test totals are the testcase elements of the reports read above
assert json.tests.surefire.total == 39 && json.tests.failsafe.total == 2 && json.tests.total == 41
assert gates['test-pass-rate'].measured == 39 && gates['system-compatibility'].measured == 2
// the stability group: the tagged class (5 cases) and the tagged method (1 case)
assert json.tests.groups.stability.total == 6 && gates['numerical-stability'].of == 6
// unit and integration execution data are merged: 121 of 134 lines (jacoco.exec alone: 118)
assert gates['overall-test-coverage'].measured == 121 && gates['overall-test-coverage'].of == 134
assert json.coverage.execFiles == ['target/jacoco-it.exec', 'target/jacoco.exec']
assert gates['critical-component-coverage'].status == 'PASSED' && gates['safety-critical-coverage'].of == 7
// the added branch gate fails (not critical), the documentation gate is measured on the main sources
// (which recommendation comes first depends on the measured JMH times, so only the set is asserted: issue 24)
assert gates['branch-coverage'].status == 'FAILED' && json.recommendations.any { it.startsWith('branch-coverage:') }
assert json.gates.findAll { it.status == 'FAILED' }.every { g -> json.recommendations.any { it.startsWith("${g.id}:") } }
assert gates['documentation-completeness'].status == 'PASSED' && gates['documentation-completeness'].of > 0
// seven default gates are measured; the benchmarks ran (4 of them), but the committed baseline was recorded on
// another machine and does not say which, so the comparison is INCONCLUSIVE (issue 15), not a regression
assert json.gates.findAll { !(it.id in ['branch-coverage', 'performance-benchmarks']) }
        .every { it.status in ['PASSED', 'FAILED'] && it.value != null }
Map bench = gates['performance-benchmarks']
assert new File(target, 'jmh-result.json').isFile() && json.benchmarks.compared == 4
assert bench.status == 'INCONCLUSIVE' && bench.value == null && bench.blocking == false
assert bench.message.contains('the baseline does not record the machine it was measured on')
assert json.benchmarks.environment.comparable == false
assert json.benchmarks.environment.current.cores == "${Runtime.runtime.availableProcessors()}"
assert log.contains('[WARNING] performance-benchmarks: INCONCLUSIVE — the baseline baseline.json was measured in another environment')
// every number is this build's: one JaCoCo session per exec file, nothing stale
assert json.evidence.rule == 'build-start' && json.evidence.execSessions.count == 2
assert json.evidence.execSessions.stale.count == 0 && json.evidence.staleReports == []
// PIT ran on com.acme.util (the safety-critical Saturation) in this build: the mutation gates count its mutants exactly as its
// console summary and its report do; every mutant of the safety-critical Saturation.clamp is killed
Map pit = V.pitSummary(log)
List<Map> mutations = V.pitMutations(new File(target, 'pit-reports/mutations.xml'))
assert pit.generated == mutations.size() && pit.killed == mutations.count { it.detected }
assert json.mutation.total == pit.generated && json.mutation.detected == pit.killed
assert json.mutation.covered == pit.generated - pit.noCoverage
List<Map> clamp = mutations.findAll { it.mutatedClass == 'com.acme.util.Saturation' && it.mutatedMethod == 'clamp' }
assert !clamp.isEmpty() && clamp.every { it.detected }
assert gates['safety-critical-mutation'].status == 'PASSED' && gates['safety-critical-mutation'].of == clamp.size()
assert gates['overall-mutation'].status == 'PASSED' && gates['overall-mutation'].of == mutations.size()
assert log =~ /\[INFO\] safety-critical-mutation +PASSED +100\.0 % +>= 100 %/
// the console shows the table and the verdict
assert log =~ /\[INFO\] safety-critical-coverage +PASSED +100\.0 % +>= 100 %/
assert log =~ /\[INFO\] Score \d+\.\d — (PRODUCTION_READY|CONDITIONAL_READY) \(deployment approved/
return true
