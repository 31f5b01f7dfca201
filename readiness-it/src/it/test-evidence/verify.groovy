/*
 * Issue 3: readiness's test counts equal the tools' own. For Surefire and for Failsafe, readiness.json
 * tests.{surefire,failsafe} {total, failed, errors, skipped, flaky} must equal
 *   (1) the aggregated console summary the plugin printed after "Results:" (Tests run, Failures, Errors, Skipped,
 *       Flakes), valid here because every (classname, name) is unique, and
 *   (2) the outcomes counted here from the <testcase> elements of the XML reports (children failure, error, skipped,
 *       flakyFailure/flakyError).
 * Then the "stability" group, the numerical-stability gate and the failed test-pass-rate gate with its failing tests.
 */
File target = new File(basedir, 'target')
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)
assert log.contains('BUILD SUCCESS')

def json = V.json(new File(target, 'readiness/readiness.json'))
def tests = json.tests
assert tests.malformedReports == 0 && tests.duplicateReports == 0

// ---- (1) the aggregated console summary of each plugin ------------------------------------------------------------

/** The one aggregated summary line of a mojo's log section, which must follow "Results:". */
Map<String, Long> consoleSummary(String section) {
    List<Map> all = V.consoleSummaries(section)
    assert all.size() == 1: "expected one aggregated summary line, found ${all}"
    int results = section.indexOf('Results:')
    assert results >= 0 && results < all[0].at: 'the aggregated line follows "Results:"'
    return all[0].findAll { it.key != 'at' } as Map<String, Long>
}

def surefireConsole = consoleSummary(V.section(log, '--- surefire:3.6.1:test'))
def failsafeConsole = consoleSummary(V.section(log, '--- failsafe:3.6.1:integration-test'))

// ---- (2) the testcase elements of the XML reports -----------------------------------------------------------------

// readiness's own counts, as in readiness.json (V.outcomeCounts reads each testcase's outcome from its children)
Map<String, Long> count(List<Map> cases) { V.outcomeCounts(cases) }
Map<String, Long> fromJson(Map counts) { V.jsonTestCounts(counts) }

def surefireCases = V.testCaseOutcomes(new File(target, 'surefire-reports'))
def failsafeCases = V.testCaseOutcomes(new File(target, 'failsafe-reports'))
[surefireCases, failsafeCases].each { cases ->
    def ids = cases.collect { it.classname + '#' + it.name }
    assert ids.unique(false).size() == ids.size(): "same-named cases: the console summary would merge them ${ids}"
}
def surefireXml = count(surefireCases)
def failsafeXml = count(failsafeCases)

// what the sample was written to produce (so that a fixture change cannot make the comparison vacuous)
assert surefireXml == [total: 16L, failed: 1L, errors: 1L, skipped: 2L, flaky: 1L, passed: 12L]
assert failsafeXml == [total: 1L, failed: 0L, errors: 0L, skipped: 0L, flaky: 0L, passed: 1L]

def keys = ['total', 'failed', 'errors', 'skipped', 'flaky']
assert surefireConsole == surefireXml.subMap(keys)
assert failsafeConsole == failsafeXml.subMap(keys)
assert fromJson(tests.surefire) == surefireXml
assert fromJson(tests.failsafe) == failsafeXml
assert fromJson(tests) == keys.plus('passed').collectEntries { [it, surefireXml[it] + failsafeXml[it]] }

// ---- the "stability" group: class tag (6 cases, 1 skipped), parameterized method tag (2), composed annotation (1) --
def stabilityCases = surefireCases.findAll {
    it.classname == 'com.acme.ev.StabilityTest' ||
            (it.classname == 'com.acme.ev.SolverTest' && it.name.startsWith('clampIsStableUnderRepetition')) ||
            (it.classname == 'com.acme.ev.DriftTest' && it.name.startsWith('noDriftOverManyClamps'))
}
def stabilityXml = count(stabilityCases)
assert stabilityXml == [total: 9L, failed: 0L, errors: 0L, skipped: 1L, flaky: 0L, passed: 8L]
assert fromJson(tests.groups.stability) == stabilityXml

def gate = { String id -> V.gates(json)[id] ?: { assert false: "no gate ${id}" }() }
def stability = gate('numerical-stability')
assert stability.status == 'PASSED'
assert stability.measured == stabilityXml.passed
assert stability.of == stabilityXml.total - stabilityXml.skipped // skipped tests are not executed

// ---- test-pass-rate: FAILED, and its details name each failing test with the first line of its message -----------
def passRate = gate('test-pass-rate')
assert passRate.status == 'FAILED'
assert passRate.measured == surefireXml.passed // the flaky test counts as passed (default policy)
assert passRate.of == surefireXml.total - surefireXml.skipped
assert passRate.details[0].startsWith('make ')
def notPassed = surefireCases.findAll { it.outcome in ['failed', 'error'] }
assert notPassed*.name.collect { it.replace('()', '') }.sort() == ['errorsOnPurpose', 'failsOnPurpose']
notPassed.each { tc ->
    String line = passRate.details.find { it.startsWith("${tc.classname}.${tc.name} ") }
    assert line != null: "test-pass-rate details do not name ${tc.classname}.${tc.name}: ${passRate.details}"
    assert tc.message != null && line.contains(tc.message)
    assert tc.reruns == 2 && line.contains('after 2 reruns')
}
assert notPassed.find { it.outcome == 'failed' }.message.contains('width of [0, 4] on purpose wrong')
assert notPassed.find { it.outcome == 'error' }.message.contains('sensor offline on purpose')
assert log.contains('[WARNING] test-pass-rate: ')

// ---- issue 17: every failing, erroring and flaky test named on the console, in readiness.md and readiness.json ------
String md = new File(target, 'readiness/readiness.md').getText('UTF-8')
def allCases = surefireCases + failsafeCases
def named = { List<Map> cases, List jsonCases ->
    assert jsonCases*.className == cases*.classname && jsonCases*.name == cases*.name
    assert jsonCases*.message == cases*.message
}
named(allCases.findAll { it.outcome in ['failed', 'error'] }, tests.failingTests)
def flakyCases = allCases.findAll { it.outcome == 'flaky' }
named(flakyCases, tests.flakyTests)
assert flakyCases.size() == 1 && flakyCases[0].message == 'first run fails on purpose'
assert tests.flakyTests[0].reruns == 1
// BLOCKED with failOnViolation=false: the verdict block is printed once, as warnings after one INFO line
String testsLine = '[WARNING] Tests: 17 (Surefire 16, Failsafe 1): 13 passed, 1 failed, 1 error, 2 skipped or disabled,' +
        ' 1 flaky (passed on a rerun)'
assert log.readLines().count { it == testsLine } == 1
assert log.readLines().count { it ==~ /\[(INFO|WARNING|ERROR)\] Tests: 17 .*/ } == 1
assert log.readLines().count { it.startsWith('[WARNING] Readiness of com.acme.controls:test-evidence:') } == 1
assert log.contains('[INFO] Verdict of test-evidence: BLOCKED, score ')
String flakyLine = 'FLAKY com.acme.ev.FlakyTest.' + flakyCases[0].name +
        ' (failed 1 time, then passed) — first failure: first run fails on purpose'
assert log.contains('[WARNING]   ' + flakyLine)
assert md.contains('- ' + flakyLine.replace('(', '\\(').replace(')', '\\)'))
notPassed.each { tc ->
    assert log.contains("[WARNING]   ${tc.outcome == 'error' ? 'ERROR' : 'FAILED'} ${tc.classname}.${tc.name} — ${tc.message}")
}
assert md.contains('- ERROR com.acme.ev.OutcomesTest.' + notPassed.find { it.outcome == 'error' }.name +
        ' — sensor offline on purpose')

def compatibility = gate('system-compatibility')
assert compatibility.status == 'PASSED' && compatibility.measured == 1 && compatibility.of == 1

println "test-evidence: surefire console ${surefireConsole}, XML ${surefireXml}; failsafe ${failsafeConsole}; " +
        "stability ${stabilityXml}"
return true
