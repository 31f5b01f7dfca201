/*
 * Issue 16: the reactor verdict is computed by the last module whose execution this build actually runs, and says
 * which module's binding the build does not reach. Before the fix beta was expected, never ran check, no module
 * computed the reactor verdict and the build succeeded with only module warnings.
 */

V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)

assert log.contains('Reactor verdict over 2 modules'): 'the reactor verdict was not computed'
assert log.contains('BUILD FAILURE')
assert log.contains('Module beta binds readiness check/report to phase install, which this build (verify) does not reach')
// alpha's own verdict only warns (failOnModuleViolation is false): the failure is the reactor verdict's
assert log =~ /\[ERROR\] Failed to execute goal dev\.readiness:readiness-maven-plugin:[^:]+:check \(readiness\) on project alpha/
// beta's check never ran
assert !log.contains('Readiness of com.acme.phase:beta')

Map reactor = V.json(new File(basedir, 'target/readiness/readiness.json'))
assert reactor.level == 'BLOCKED'
assert V.gates(reactor)['test-pass-rate'].status == 'FAILED'
assert reactor.warnings.any { it.startsWith('Module beta binds readiness check/report to phase install') }
assert reactor.reactor.modules*.name.contains('alpha') && !reactor.reactor.modules*.name.contains('beta')
return true
