/*
 * Duration regressions (issue 21): four clean builds of the same code; SlowingTest sleeps 3 s in the fourth. Asserts
 * the duration gate of each build (inconclusive until three earlier builds are recorded, then blocking with the
 * slowest movers) and the times in the history. No assertion depends on the machine's speed beyond "a 3 s sleep
 * grows the class by more than 1 s".
 */
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
List<String> runs = V.runs(basedir, 4)

Map gate(int n) { V.gates(V.json(new File(basedir, "reports/run-${n}/readiness.json")))['test-time'] }
String slow = 'com.acme.slow.SlowingTest'

// runs 1-3: 0, 1, 2 earlier builds with times: too few for a median, never blocking
(1..3).each { n ->
    assert runs[n - 1].contains('BUILD SUCCESS')
    Map g = gate(n)
    assert g.status == 'INCONCLUSIVE' && g.metric == 'duration'
    assert g.message == "test-time: INCONCLUSIVE — ${n - 1} earlier build${n == 2 ? '' : 's'} with the times of the" +
            ' Surefire tests in the last 10 recorded; at least 3 are needed for a median'
}

// run 4: SlowingTest and the suite grew by about 3 s (> 1 s and > 0 %): the critical gate blocks
assert runs[3].contains('BUILD FAILURE')
Map g4 = gate(4)
assert g4.status == 'FAILED' && g4.blocking == true
assert g4.message ==~ /test-time: Surefire tests took \d+\.\d{3} s \(median \d+\.\d{3} s of 3 builds\); \d of 3 timed \(suite and classes\) slower by > 0 % and > 1 s, 0 over budget/
assert g4.details[0] ==~ /speed up or investigate [23] of 3 timed items \(the suite and its test classes\), slowest movers first/
String mover = /: median \d+\.\d{3,4} s → \d+\.\d{3} s \(\+\d+\.\d{3,4} s(, \+\d+\.\d %)?\)/
assert g4.details.any { it ==~ (java.util.regex.Pattern.quote(slow) + mover) }
assert g4.details.any { it ==~ (java.util.regex.Pattern.quote('suite (Surefire tests)') + mover) }

// the history: four records with the suite total and both classes' times in milliseconds
List<Map> records = new File(basedir, '.readiness/history.jsonl').readLines('UTF-8').collect { new groovy.json.JsonSlurper().parseText(it) }
assert records.size() == 4
records.each { r ->
    Map sf = r.testRuns.durations.surefire
    assert sf.count == 2 && sf.classes.keySet() == [slow, 'com.acme.slow.StableTest'] as Set
    assert sf.total >= sf.classes[slow]
}
assert records[3].testRuns.durations.surefire.classes[slow] >= 3000
assert records[0..2].every { it.testRuns.durations.surefire.classes[slow] < records[3].testRuns.durations.surefire.classes[slow] - 1000 }
assert new File(basedir, 'slow-counter.txt').text.strip() == '4'
V.noStackTrace(runs[0], 'none expected')
return true
