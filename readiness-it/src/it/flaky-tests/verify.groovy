/*
 * Flaky tests across builds (issue 21): three clean builds of the same code; CounterTest#alternates passes, fails,
 * then fails and passes on a Surefire rerun. Asserts the flaky gate of each build, its evidence, and the per-test
 * history (fingerprint equal across the builds, failing ids).
 */
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
List<String> runs = V.runs(basedir, 3)

Map gate(int n) { V.gates(V.json(new File(basedir, "reports/run-${n}/readiness.json")))['no-flaky-tests'] }
String flakyId = 'com.acme.flaky.CounterTest#alternates'

// run 1: one build in the window, nothing flaky
assert runs[0].contains('BUILD SUCCESS')
Map g1 = gate(1)
assert g1.status == 'PASSED' && g1.metric == 'flaky'
assert g1.message == 'no-flaky-tests: 0 flaky of 2 tests in the last 1 build (window 10) <= allowed 0'

// run 2: same code, the test fails: it passed in run 1 on the same input, so it is flaky, not broken
assert runs[1].contains('BUILD FAILURE')
Map g2 = gate(2)
assert g2.status == 'FAILED' && g2.blocking == true
assert g2.message == 'no-flaky-tests: 1 flaky of 2 tests in the last 2 builds (window 10) > allowed 0'
assert g2.details[0] == 'fix or quarantine 1 of the 1 flaky tests (0 allowed)'
assert g2.details[1] ==~ /\Q${flakyId} — failed in this build ("invocation 1 fails on purpose\E.*\Q"), passed in \E\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(same input [0-9a-f]{12}\)/
assert !g2.details.any { it.contains('no input fingerprint') }

// run 3: the rerun made it pass in this build; the disagreement of runs 1 and 2 is still in the window
assert runs[2].contains('BUILD FAILURE')
Map g3 = gate(3)
assert g3.status == 'FAILED'
assert g3.message == 'no-flaky-tests: 1 flaky of 2 tests in the last 3 builds (window 10) > allowed 0'
assert g3.details[1].startsWith("${flakyId} — passed on a rerun in this build (\"invocation 2 fails on purpose")
assert g3.details[1].contains('; failed in ') && g3.details[1].contains('(same input ')

// the quarantine: alternates is not counted by test-pass-rate (1 of 1 passed) even when it fails, and is named
Map report2 = V.json(new File(basedir, 'reports/run-2/readiness.json'))
Map pass2 = V.gates(report2)['test-pass-rate']
assert pass2.status == 'PASSED' && pass2.measured == 1 && pass2.of == 1
assert pass2.details.contains('quarantined until 2099-12-31, not counted: com.acme.flaky.CounterTest.alternates failed'
        + ' (owner team-flaky, https://tracker.example/FLAKY-1)')
assert report2.tests.failed == 1 // still run and reported
// the expired entry counts again and says so; the unknown one is named
assert report2.warnings.any { it.startsWith('Quarantine of com.acme.flaky.CounterTest#counts (owner team-flaky) expired on 2020-01-01: it counts against pass-rate gates again') }
assert report2.warnings.any { it.startsWith('Quarantine entry com.acme.flaky.GoneTest (owner team-flaky) in ') && it.contains('names no test of this build') }

// the history: three records of the same input fingerprint, run 2's failing id with its first line
List<Map> records = new File(basedir, '.readiness/history.jsonl').readLines('UTF-8').collect { new groovy.json.JsonSlurper().parseText(it) }
assert records.size() == 3
assert records.collect { it.testRuns.fingerprint }.unique().size() == 1
assert records[0].testRuns.fingerprint ==~ /sha256:[0-9a-f]{64}/
assert records[0].testRuns.failed == null && records[0].testRuns.flaky == null
assert records[1].testRuns.failed.keySet() == [flakyId] as Set
assert records[1].testRuns.failed[flakyId].startsWith('invocation 1 fails on purpose')
assert records[2].testRuns.flaky.keySet() == [flakyId] as Set
assert new File(basedir, 'flaky-counter.txt').text.strip() == '4'
V.noStackTrace(runs[0], 'none expected')
// runs 2 and 3: Surefire prints the failing test's own stack; the readiness goal's output up to Maven's -e block
// has no stack frame
runs.drop(1).each { run ->
    String goal = run.substring(run.indexOf('--- readiness:'), run.indexOf('[ERROR] -> [Help 1]'))
    assert !goal.readLines().any { it ==~ /^\s+at [\w.$]+\.[\w$<>]+ ?\(.*\)$/ }
}
return true
