/*
 * JUnit's Open Test Reporting as test evidence (issue 21): three builds of one copy without clean. Asserts that the
 * counts equal Surefire's XML of the same run, that the stability group is measured from the tags in JUnit's file
 * (no test class directory exists for the scan), that a display name reaches the reports, that a Surefire report the
 * run did not write is a warning naming both files and both counts, and that the file of an earlier build is left out.
 */
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
List<String> runs = V.runs(basedir, 3)
File otr = new File(basedir, 'target/open-test-report.xml')
File reports = new File(basedir, 'target/surefire-reports')
Map json(int n) { V.json(new File(basedir, "target/readiness-${n}/readiness.json")) }
String md(int n) { new File(basedir, "target/readiness-${n}/readiness.md").getText('UTF-8') }

// 1. JUnit wrote the file; its counts equal Surefire's (9 cases: 1 failed, 2 skipped: an assumption and @Disabled)
assert runs[0].contains('BUILD SUCCESS')
assert otr.isFile()
Map r1 = json(1)
// (the directory holds the report build 2 copied in as well)
List<Map> xmlCases = V.testCaseOutcomes(reports).findAll { it.classname != 'com.acme.otr.ExtraTest' }
assert V.jsonTestCounts(r1.tests) == V.outcomeCounts(xmlCases)
assert V.outcomeCounts(xmlCases) == [total: 9L, failed: 1L, errors: 0L, skipped: 2L, flaky: 0L, passed: 6L]
assert !r1.warnings.any { it.contains('open test reporting') }: r1.warnings
// the stability group from JUnit's tags: 3 parameterized invocations + the @Nested class's test, all passed
Map stability = V.gates(r1)['numerical-stability']
assert stability.status == 'PASSED': stability
assert r1.tests.groups.stability.total == 4 && r1.tests.groups.stability.passed == 4
// the display name of the failing test is shown beside its Surefire name
assert md(1).contains('com.acme.otr.GaugeTest.wraps "wraps around at 360 degrees"')
assert r1.tests.failingTests.find { it.name == 'wraps' }.displayName == 'wraps around at 360 degrees'

// 2. A report of a class that never ran, copied in: the XML still counts (11 cases), the cross-check names both
assert runs[1].contains('BUILD SUCCESS')
Map r2 = json(2)
assert r2.tests.total == 11
String warning = r2.warnings.find { it.startsWith('open test reporting: Open Test Reporting and Surefire XML disagree') }
assert warning != null: r2.warnings
assert warning.contains('com.acme.otr.ExtraTest: no Open Test Reporting file total 0, failed 0, errors 0, skipped 0, ')
assert warning.contains(new File(reports, 'TEST-com.acme.otr.ExtraTest.xml').canonicalPath + ' total 2, failed 0, errors 0, skipped 0')
assert md(2).contains('Open Test Reporting and Surefire XML disagree')
assert runs[1].contains('[WARNING]') && runs[1].contains('Open Test Reporting and Surefire XML disagree')

// 3. No new file: the one of build 2 is stale and left out, so the group has no tags (no class directory to scan)
assert runs[2].contains('BUILD SUCCESS')
Map r3 = json(3)
assert r3.warnings.any { it.contains('from an earlier build') && it.contains('open-test-report.xml') }: r3.warnings
assert !r3.warnings.any { it.contains('disagree') }
assert V.gates(r3)['numerical-stability'].status == 'NOT_CONFIGURED'
assert r3.tests.total == 9 // the copied report of build 2 is stale too
(0..2).each { V.noStackTrace(V.section(runs[it], '--- readiness:'), 'none expected') } // Surefire prints the failing test's
return true
