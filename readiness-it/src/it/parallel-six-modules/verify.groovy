// mvn -T 4, twice on the same copy: every module's verdict is its own and the same in both builds.
import groovy.json.JsonOutput

List<String> modules = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)
List<String> runs = V.runs(basedir, 2)
runs.each { run ->
    assert run.contains('Using the MultiThreadedBuilder implementation with a thread count of 4')
    assert run.contains('BUILD SUCCESS')
    assert !run.contains('not marked as @threadSafe') && !run.contains('not marked @threadSafe')
    modules.each { m -> assert run =~ /--- readiness(-maven-plugin)?:[^ :]+:check \(default\) @ ${m} ---/ }
}
assert !(log =~ /(?m)^\s+at [\w.$]+\(/)      // no stack trace anywhere

// What legitimately differs between two builds: when it ran, and what the history (run 1) says about run 2;
// and the evidence's times: this build's start, its JaCoCo sessions' start and end
Set<String> varying = ['timestamp', 'trend', 'gateTrends', 'buildStart', 'runStart', 'start', 'end'] as Set
def stable
stable = { node ->
    node instanceof Map ? node.findAll { k, v -> !(k in varying) }.collectEntries { k, v -> [k, stable(v)] }
            : node instanceof List ? node.collect { stable(it) } : node
}

modules.each { m ->
    List<Map> reports = (1..2).collect { n ->
        File json = new File(basedir, "${m}/reports/run-${n}/readiness.json")
        assert json.isFile() : "no ${json}"
        V.json(json) as Map
    }
    reports.each { r ->
        assert r.project.artifactId == m                 // its own evidence, nothing mixed between threads
        assert r.tests.total == 2
        assert r.coverage.overall.class.covered == 1 && r.coverage.overall.class.missed == 0
        assert r.level != 'BLOCKED'
    }
    assert reports[0].timestamp != null && reports[1].timestamp != null
    String first = JsonOutput.prettyPrint(JsonOutput.toJson(stable(reports[0])))
    String second = JsonOutput.prettyPrint(JsonOutput.toJson(stable(reports[1])))
    assert first == second : "${m}: the two builds' readiness.json differ beyond ${varying}"
    // one history record per module and build: none lost or written into another module's file
    List lines = new File(basedir, "${m}/.readiness/history.jsonl").readLines().findAll { it.trim() }
    assert lines.size() == 2 && lines.every { it.contains("\"artifactId\":\"${m}\"") }
}
return true
