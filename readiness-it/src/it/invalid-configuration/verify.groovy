/*
 * Post-build check of the invalid-configuration IT: two invalid <gate>s (threshold 150; an unknown id without a
 * metric) fail the check goal with ONE configuration error (MojoExecutionException) listing both problems with the
 * valid values; no verdict, no report, no stack trace.
 */
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)
List<String> lines = log.readLines()

assert log.contains('BUILD FAILURE')
String failed = lines.find { it.startsWith('[ERROR] Failed to execute goal ') }
assert failed == "[ERROR] Failed to execute goal dev.readiness:readiness-maven-plugin:${readinessVersion}:check (default) " +
        'on project invalid-configuration: Invalid readiness configuration (2 problems):'
// The final [ERROR] block lists both problems, each with what is valid.
int start = lines.indexOf(failed)
List<String> block = lines.subList(start, lines.size()).takeWhile { it.startsWith('[ERROR]') }
assert block.any { it ==~ /^\[ERROR\]   - <gate> 'overall-test-coverage': <threshold> 150 is outside 0.100$/ }: block
String unknown = block.find { it.startsWith("[ERROR]   - <gate> 'thread-safety': unknown gate id and no <metric>") }
assert unknown != null: block
['overall-test-coverage', 'critical-component-coverage', 'safety-critical-coverage', 'test-pass-rate',
 'system-compatibility', 'performance-benchmarks', 'numerical-stability', 'documentation-completeness'].each {
    assert unknown.contains(it): "the default gate id ${it} is not listed: ${unknown}"
}
assert unknown.endsWith('a new gate needs <metric> (coverage, pass-rate, benchmarks, documentation, mutation, flaky, duration)')

// A configuration error, not a verdict: no gate table, no report.
assert !log.contains('Readiness level')
assert !log.contains('BLOCKED')
assert !new File(basedir, 'target/readiness').exists()

// No stack trace outside Maven's -e block; inside it the root cause is the policy error.
V.noStackTrace(log, 'dev.readiness.policy.PolicyException: Invalid readiness configuration')
// The error is reported as a configuration/execution problem (MojoExecutionException), not as a failed verdict.
assert !log.contains('MojoFailureException')
assert log.contains('[ERROR] [Help 1] http://cwiki.apache.org/confluence/display/MAVEN/MojoExecutionException')

return true
