/*
 * Same-named test cases: with phrased test case names, Surefire's XML report of SameNamesTest holds 7 testcase
 * elements under 3 distinct (classname, name) pairs. readiness counts testcase elements; this script checks that
 * those counts equal both the XML (counted here) and Surefire's aggregated console summary, i.e. that Surefire 3.6.1
 * does not merge same-named XML cases in its console counts (it keys its rerun bookkeeping on the provider's unique
 * names, e.g. "repeated(RepetitionInfo)[2]", not on the phrased names written to the XML).
 */
File target = new File(basedir, 'target')
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)
assert log.contains('BUILD SUCCESS')
def json = V.json(new File(target, 'readiness/readiness.json'))

// Surefire's aggregated console summary (the one after "Results:", without "Time elapsed")
List<Map> summaries = V.consoleSummaries(log)
assert summaries.size() == 1: "one Surefire execution, one aggregated summary: ${summaries}"
assert log.lastIndexOf('Results:', summaries[0].at) >= 0
def console = summaries[0].findAll { it.key != 'at' }

// the XML, counted here
List<Map> cases = V.testCaseOutcomes(new File(target, 'surefire-reports/TEST-com.acme.ev.SameNamesTest.xml'))
        .collect { it + [name: it.classname + '#' + it.name] }
assert cases.size() == 7
assert cases*.name.countBy { it } == [
        'com.acme.ev.SameNamesTest#repeated(RepetitionInfo) repetition': 3,
        'com.acme.ev.SameNamesTest#parameterized(int) case'            : 2,
        'com.acme.ev.SameNamesTest#dynamic() same'                     : 2]
def xml = V.outcomeCounts(cases).findAll { it.key != 'passed' }
assert xml == [total: 7L, failed: 1L, errors: 0L, skipped: 0L, flaky: 1L]

// the three agree: 7 cases, 1 failure, 1 flake
assert console == xml
def surefire = json.tests.surefire
assert ['total', 'failed', 'errors', 'skipped', 'flaky'].collectEntries { [it, surefire[it] as long] } == xml
assert surefire.passed == 6
assert json.tests.duplicateReports == 0

// the failing same-named case is named in test-pass-rate's details (6 of 7 passed, below 95 %)
def passRate = V.gates(json)['test-pass-rate']
assert passRate.status == 'FAILED' && passRate.measured == 6 && passRate.of == 7
assert passRate.details.any {
    it.startsWith('com.acme.ev.SameNamesTest.repeated(RepetitionInfo) repetition failed after 2 reruns') &&
            it.contains('repetition 2 fails on purpose')
}

println "test-evidence-same-names: console ${console}, XML ${xml} under ${cases*.name.unique(false).size()} names"
return true
