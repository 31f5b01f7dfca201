// mvn -T 2: each module gets its own verdict from its own evidence; the plugin is thread-safe.

V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as @threadSafe') && !log.contains('not marked @threadSafe')

Map alpha = V.json(new File(basedir, 'alpha/target/readiness/readiness.json'))
Map beta = V.json(new File(basedir, 'beta/target/readiness/readiness.json'))
assert alpha.project.artifactId == 'alpha' && beta.project.artifactId == 'beta'
assert alpha.tests.total == 2 && beta.tests.total == 1        // each module's own reports, nothing mixed
assert alpha.coverage.overall.class.covered + alpha.coverage.overall.class.missed == 1
assert beta.coverage.overall.class.covered + beta.coverage.overall.class.missed == 1
Map alphaCritical = V.gates(alpha)['critical-component-coverage']
Map betaCritical = V.gates(beta)['critical-component-coverage']
assert alphaCritical.status == 'PASSED' && alphaCritical.measured == alphaCritical.of
assert betaCritical.status == 'FAILED' && betaCritical.measured < betaCritical.of
assert alpha.level != 'BLOCKED' && beta.level == 'BLOCKED'
// the failure is beta's verdict, and each module has its own history record
assert log =~ /Failed to execute goal dev\.readiness:readiness-maven-plugin:[^ ]+:check \(default\) on project beta: Readiness level BLOCKED/
['alpha', 'beta'].each { m ->
    List lines = new File(basedir, "${m}/target/readiness-history.jsonl").readLines().findAll { it.trim() }
    assert lines.size() == 1 && lines[0].contains("\"artifactId\":\"${m}\"")
}
return true
