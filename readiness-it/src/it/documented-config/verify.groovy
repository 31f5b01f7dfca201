/*
 * Post-build check of the documented-config IT (two Maven runs, see invoker.properties):
 *   1 verify without any JaCoCo agent: coverage gates MISSING (value null, never 0) with the remedy; the critical ones
 *     block, the build fails; json in target/readiness-no-agent
 *   2 jacoco prepare-agent + verify + jacoco report: the documented configuration example reaches the policy
 *     (comma-separated <packages>, one <class> child per value, the thread-safety pass-rate gate); json in
 *     target/readiness, compared with JaCoCo's own CSV report and the Surefire XML reports.
 */
File target = new File(basedir, 'target')
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
List<String> runs = V.runs(basedir, 2)

def coverageGates = ['overall-test-coverage', 'critical-component-coverage', 'safety-critical-coverage']
String execPattern = new File(target, 'jacoco*.exec').path

// ---------------------------------------------------------------- run 1: no JaCoCo agent

String run1 = runs[0]
assert !run1.contains('-javaagent') && !run1.contains('--- jacoco:') // no agent anywhere in this run
assert run1.contains('BUILD FAILURE')
String failed = run1.readLines().find { it.startsWith('[ERROR] Failed to execute goal ') }
assert failed.endsWith(':check (default) on project counters-lib: '
        + 'Readiness level BLOCKED is below the required CONDITIONAL_READY')
assert run1 =~ /(?m)^\[ERROR\] critical-component-coverage +MISSING +- +>= 95 %/
assert run1 =~ /(?m)^\[ERROR\] safety-critical-coverage +MISSING +- +>= 100 %/
V.noStackTrace(run1, 'org.apache.maven.plugin.MojoFailureException: Readiness level BLOCKED')

Map noAgent = V.json(new File(target, 'readiness-no-agent/readiness.json'))
assert noAgent.level == 'BLOCKED' && noAgent.deploymentApproved == false
assert noAgent.coverage.available == false
String reason = noAgent.coverage.missingReason
assert reason.contains('prepare-agent')             // how to attach the agent
assert reason.contains(execPattern)                 // where the execution data was expected
Map noAgentGates = V.gates(noAgent)
coverageGates.each { id ->
    Map gate = noAgentGates[id]
    assert gate.status == 'MISSING': gate
    assert gate.containsKey('value') && gate.value == null: gate  // null, never 0
    assert !gate.containsKey('measured') && gate.gateScore == null
    assert gate.message.startsWith("${id}: MISSING — No JaCoCo execution data") && gate.message.contains(execPattern)
    assert !gate.message.contains('prepare-agent')  // the remedy is given once, not per gate
}
// the full remedy (with the <plugin> snippet) appears exactly once in the recommendations and in the warnings
assert noAgent.recommendations.findAll { it.contains('prepare-agent') }.size() == 1
assert noAgent.warnings.findAll { it.contains('prepare-agent') }.size() == 1
// critical + onMissing=fail blocks; the non-critical overall gate (onMissing=warn) only warns
assert noAgent.blockingIssues.collect { it.substring(0, it.indexOf(':')) } as Set ==
        ['critical-component-coverage', 'safety-critical-coverage'] as Set
assert noAgentGates['overall-test-coverage'].blocking == false
assert run1.contains('[WARNING] overall-test-coverage: MISSING')
// the test evidence is still measured
assert noAgentGates['test-pass-rate'].status == 'PASSED'
assert noAgentGates['thread-safety'].status == 'PASSED'

// ---------------------------------------------------------------- run 2: the documented configuration

String run2 = runs[1]
assert run2.contains('BUILD SUCCESS')
assert !run2.contains('[ERROR]')
Map json = V.json(new File(target, 'readiness/readiness.json'))
Map gates = V.gates(json)

// JaCoCo's CSV report of the same run: one row per class.
List<Map> rows = new File(target, 'site/jacoco/jacoco.csv').readLines().drop(1).collect { line ->
    def c = line.split(',')
    [name: c[1] + '.' + c[2], branchMissed: c[5] as int, branchCovered: c[6] as int,
     lineMissed: c[7] as int, lineCovered: c[8] as int]
}
assert rows.size() == 6
Map sumLines(List<Map> selected) {
    [covered: selected.sum { it.lineCovered }, missed: selected.sum { it.lineMissed }]
}
// <packages>com.acme.core.**,com.acme.io.**</packages>: both globs, sub-packages included
List<Map> critical = rows.findAll { it.name ==~ /com\.acme\.(core|io)(\..+)?\.\w+/ }
assert critical*.name as Set == ['com.acme.core.Counter', 'com.acme.core.sub.Registry', 'com.acme.io.LineFormat'] as Set
// <classes><class>com.acme.math.Clamp</class><class>com.acme.math.Ratio</class></classes>: both children
List<Map> safety = rows.findAll { it.name in ['com.acme.math.Clamp', 'com.acme.math.Ratio'] }
assert safety.size() == 2

assert json.coverage.available == true
assert json.coverage.tags.critical.matchedClasses == critical.size()
assert json.coverage.tags.critical.classes == critical*.name.sort()
assert json.coverage.tags.critical.counters.line == sumLines(critical)
assert json.coverage.tags['safety-critical'].matchedClasses == safety.size()
assert json.coverage.tags['safety-critical'].counters.line == sumLines(safety)
assert json.coverage.overall.line == sumLines(rows)
assert gates['critical-component-coverage'].of == sumLines(critical).covered + sumLines(critical).missed
assert gates['safety-critical-coverage'].of == sumLines(safety).covered + sumLines(safety).missed

// <gate><id>overall-test-coverage</id><threshold>80</threshold><counter>BRANCH</counter></gate>
Map overall = gates['overall-test-coverage']
assert overall.counter == 'BRANCH' && overall.threshold == 80
assert overall.measured == rows.sum { it.branchCovered }
assert overall.of == rows.sum { it.branchCovered + it.branchMissed }

// the thread-safety gate, exactly as documented
def surefire = V.testCases(new File(target, 'surefire-reports'), true) // true: no failures, no errors
int concurrent = surefire['com.acme.core.CounterTest']  // the class tagged "concurrent"
assert concurrent == 2
Map threadSafety = gates['thread-safety']
assert threadSafety.metric == 'pass-rate' && threadSafety.source == 'surefire' && threadSafety.group == 'concurrent'
assert threadSafety.threshold == 100 && threadSafety.critical == true && threadSafety.weight == 0.05
assert threadSafety.status == 'PASSED' && threadSafety.measured == concurrent && threadSafety.of == concurrent
assert json.tests.groups.concurrent.total == concurrent
assert gates['numerical-stability'].of == 1     // the one method of RatioTest tagged "stability"
assert gates['performance-benchmarks'].status == 'DISABLED'
assert gates['test-pass-rate'].of == surefire.values().sum()
assert json.tests.total == surefire.values().sum()

coverageGates.each { assert gates[it].status == 'PASSED' }
assert json.blockingIssues.isEmpty()
assert json.deploymentApproved == true

return true
