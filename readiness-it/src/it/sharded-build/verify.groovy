/*
 * Issue 25: many CI machines, one verdict (see invoker.properties for the twelve runs). The fan-in of three shards
 * must give the numbers of one build running every test (run 5, with JaCoCo's own report as the second oracle); a
 * missing shard, a shard of other class bytes, two bundles claiming one shard and bundles of another commit each give
 * their explicit outcome.
 */
import groovy.json.JsonSlurper

V = evaluate(new File(itShared, 'Verify.groovy'))
List<String> runs = V.runs(basedir, 12)
File target = new File(basedir, 'target')
Map json(String name) { V.json(new File(basedir, "target/readiness-${name}/readiness.json")) }
Map manifest(String dir) { new JsonSlurper().parse(new File(basedir, "bundles/${dir}/manifest.json"), 'UTF-8') }

// ---- 1-4: the bundles
String commit = manifest('ok/shard-1').commit
assert commit ==~ /[0-9a-f]{40}/
['ok/shard-1': [1, 'control'], 'ok/shard-2': [2, 'filter'], 'ok/shard-3': [3, 'util'], 'recompiled/shard-2': [2, null]]
        .each { String dir, List shard ->
    Map m = manifest(dir)
    assert m.bundleFormat == 1
    assert m.commit == commit && m.dirty == false: "${dir}: built from the one clean commit"
    assert m.module == [groupId: 'com.acme.controls', artifactId: 'sharded-build', version: '1.0.0-SNAPSHOT']
    assert m.shard.index == shard[0] && m.shard.total == 3 && m.shard.label == shard[1]
    assert m.tools.readiness == readinessVersion && m.tools.jacoco && m.tools.surefire
    assert m.selectors.test: "${dir}: the -Dtest selection is recorded"
    assert m.files*.path.contains('jacoco/jacoco.exec')
    m.files.each { f ->
        File file = new File(basedir, "bundles/${dir}/${f.path}")
        assert file.length() == f.size
        assert file.bytes.digest('SHA-256') == f.sha256
    }
    assert m.classes.any { it.name == 'com/acme/util/Saturation' || it.name.startsWith('com/acme/') }
}
assert manifest('ok/shard-1').selectors.test == 'com/acme/control/*Test'
assert manifest('ok/shard-1').files*.path.findAll { it.startsWith('surefire/') }.size() == 4
// the class ids of the recompiled shard differ from those of the same classes in the normal shard 2
Map idsOk = manifest('ok/shard-2').classes.findAll { it.name.startsWith('com/acme/filter/') }.collectEntries { [it.name, it.id] }
Map idsRecompiled = manifest('recompiled/shard-2').classes.findAll { it.name.startsWith('com/acme/filter/') }.collectEntries { [it.name, it.id] }
assert idsOk.keySet() == idsRecompiled.keySet() && idsOk.size() == 6 // 3 main and 3 test classes
idsOk.each { name, id -> assert idsRecompiled[name] != id }
(0..3).each { assert runs[it].contains("[INFO] Evidence bundle of shard ") && runs[it].contains('BUILD SUCCESS') }

// ---- 5-6: one build vs the fan-in of three shards
Map single = json('single')
Map sharded = json('sharded')
assert single.tests.total == 39 && single.tests.surefire.total == 39
assert sharded.tests == single.tests: 'the same test counts (RateLimiterTest ran in shards 2 and 3: counted once)'
assert sharded.gates == single.gates: 'every gate with the same status, value and message'
assert sharded.score == single.score && sharded.level == single.level
assert sharded.coverage.overall == single.coverage.overall
assert sharded.coverage.tags == single.coverage.tags
assert sharded.coverage.analyzedClasses == single.coverage.analyzedClasses
assert sharded.coverage.noMatchClasses == []
assert sharded.coverage.execFiles == ['bundles/ok/shard-1/jacoco/jacoco.exec', 'bundles/ok/shard-2/jacoco/jacoco.exec',
                                      'bundles/ok/shard-3/jacoco/jacoco.exec']
// JaCoCo's own report of the single build: the same six counters
def report = V.xml(new File(target, 'site/jacoco/jacoco.xml'))
assert V.jsonCoveredMissed(sharded.coverage.overall) == V.coveredMissed(report)
assert sharded.warnings == ['Evidence bundles: 2 surefire test case(s) ran in more than one shard: each counted once.']
assert runs[5].contains('BUILD SUCCESS')
assert runs[5].contains("Evidence of the bundles of 3 of 3 shards (commit ${commit.substring(0, 12)}): 3 JaCoCo sessions")

// ---- 7: every bundle under bundles/: ok/shard-2 and recompiled/shard-2 both claim shard 2/3
assert runs[6].contains('BUILD FAILURE')
assert runs[6].contains('Two different evidence bundles claim shard 2/3 (filter): bundles/recompiled/shard-2 and bundles/ok/shard-2.')
assert !new File(target, 'readiness-two-claims/readiness.json').exists()

// ---- 8: shard 2 missing, incompleteBundles=fail: the gates fed by the tests are MISSING naming it, and block
Map missing = json('missing')
assert missing.level == 'BLOCKED'
def missingGates = V.gates(missing)
['overall-test-coverage', 'critical-component-coverage', 'safety-critical-coverage', 'test-pass-rate',
 'numerical-stability', 'branch-coverage'].each { id ->
    assert missingGates[id].status == 'MISSING'
    assert missingGates[id].message.contains('shard 2/3 missing: no bundle in bundles/ok/shard-[13] (2 of 3 shards arrived)')
    assert missingGates[id].details == ['arrived: shard 1/3 (control)', 'arrived: shard 3/3 (util)']
}
assert missing.warnings.contains('Evidence bundles: shard 2/3 missing: no bundle in bundles/ok/shard-[13] (2 of 3 shards'
        + ' arrived); the gates fed by the tests are MISSING.')
assert runs[7].contains('BUILD FAILURE') && runs[7].contains('[ERROR]   test-pass-rate: MISSING — shard 2/3 missing')

// ---- 9: the same with incompleteBundles=warn: shards 1 and 3 judged, with the warning
Map warn = json('missing-warn')
assert warn.tests.total == 35 // 39 minus the 4 cases only shard 2 ran (LowPassFilterTest, MovingAverageTest)
assert V.gates(warn)['test-pass-rate'].status == 'PASSED'
assert V.gates(warn)['overall-test-coverage'].status in ['PASSED', 'FAILED']
assert V.gates(warn)['overall-test-coverage'].value < V.gates(single)['overall-test-coverage'].value
assert warn.warnings.any { it.contains('shard 2/3 missing') && it.contains('(readiness.incompleteBundles=warn)') }
assert runs[8].contains('BUILD SUCCESS')

// ---- 10: shard 2 of other class bytes: the gates over its classes are MISSING with EVIDENCE_MISMATCH, never a wrong
// number; the tags, which hold none of them, are measured as in the single build
Map mismatch = json('mismatch')
def mismatchGates = V.gates(mismatch)
['overall-test-coverage', 'branch-coverage'].each { id ->
    assert mismatchGates[id].status == 'MISSING' && mismatchGates[id].value == null
    assert mismatchGates[id].message.contains('EVIDENCE_MISMATCH: the execution data of shard 2/3 was recorded on other'
            + ' class bytes than this build analyses (3 class(es))')
    assert mismatchGates[id].details.any { it.startsWith('com.acme.filter.MovingAverage: shard 2/3 recorded class id ') }
}
['critical-component-coverage', 'safety-critical-coverage', 'test-pass-rate', 'numerical-stability'].each { id ->
    assert mismatchGates[id] == V.gates(single)[id]: id
}
assert mismatch.tests.total == 39
assert mismatch.warnings.any { it.contains('EVIDENCE_MISMATCH') && it.contains('shard 2/3') }
assert runs[9].contains('BUILD SUCCESS')

// ---- 11-12: a later commit: the bundles of the first are refused, naming both commits
String head = new File(basedir, '.git/refs/heads/main').getText('UTF-8').trim()
assert head != commit
assert runs[11].contains('BUILD FAILURE')
assert runs[11].contains("The evidence bundles are of commit ${commit} (shards [1/3 (control), 2/3 (filter), 3/3 (util)]),"
        + " but this build is of commit ${head}: their evidence is not about this code.")
assert runs[11].contains('[ERROR] Failed to execute goal dev.readiness:readiness-maven-plugin:' + readinessVersion + ':report (default-cli) on project sharded-build: The evidence bundles are of commit ')
return true
