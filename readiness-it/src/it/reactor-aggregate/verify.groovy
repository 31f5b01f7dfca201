/*
 * Issue 8: one reactor verdict for a multi-module build. Four builds of api / core (critical) / app (Failsafe ITs
 * that drive core): sequential, resumed from core (-rf), app only (-pl), and parallel (-T 2).
 * - the reactor verdict is written to the root, shown last, and identical sequentially and with -T 2;
 * - its coverage equals jacoco:report-aggregate on the same classes and exec files, overall and per module;
 * - exec data of one module covers another module's classes (core's own verdict fails its critical gate, the
 *   reactor's passes with app's integration tests);
 * - partial builds say which modules they cover and which were not built.
 */
import groovy.json.JsonOutput
import org.w3c.dom.Element

final List<String> MODULES = ['shop', 'shop-api', 'shop-core', 'shop-app']

V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
List<String> runs = V.runs(basedir, 4)
assert runs[0].contains('BUILD SUCCESS') && runs[1].contains('BUILD SUCCESS') && runs[3].contains('BUILD SUCCESS')
assert runs[3].contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !runs.any { it.contains('not marked as @threadSafe') || it.contains('not marked @threadSafe') }

Map readJson(String path) { V.json(new File(basedir, path)) as Map }

// ---------------------------------------------------------------- full builds: sequential and -T 2
Map sequential = readJson('reports/sequential/readiness.json')
Map parallel = readJson('reports/parallel/readiness.json')
[0: sequential, 3: parallel].each { int run, Map r ->
    assert r.project.artifactId == 'shop'
    assert r.reactor.modules*.name == MODULES
    assert r.reactor.notInBuild == [] && r.reactor.partial == false
    assert r.level == 'PRODUCTION_READY'
    // the reactor verdict comes once, after every module's own verdict
    String text = runs[run]
    assert text.count('Reactor verdict over 4 modules') == 1
    int reactorAt = text.indexOf('Reactor verdict over 4 modules')
    // issue 17: each module prints one line with its own verdict, before the reactor verdict; no module table
    ['shop-api', 'shop-core', 'shop-app'].each { m ->
        assert text.count("Module ${m}: ") == 1: "${m}: expected one module line"
        int own = text.indexOf("Module ${m}: ")
        assert own < reactorAt: "${m}'s line must come before the reactor verdict"
        assert !text.contains("Readiness of com.acme.shop:${m}:"): "${m} printed its whole verdict"
    }
    assert text.indexOf('Readiness of com.acme.shop:shop:1.0.0-SNAPSHOT') > reactorAt
    assert text =~ /Module shop-core: BLOCKED, score [0-9.]+ \(\d+ of \d+ gates measured\); its own verdict, not enforced/
}

// and the evidence's times: this build's start, its JaCoCo sessions' start and end
Set<String> varying = ['timestamp', 'trend', 'gateTrends', 'buildStart', 'runStart', 'start', 'end'] as Set
def stable
stable = { node ->
    node instanceof Map ? node.findAll { k, v -> !(k in varying) }.collectEntries { k, v -> [k, stable(v)] }
            : node instanceof List ? node.collect { stable(it) } : node
}
assert JsonOutput.prettyPrint(JsonOutput.toJson(stable(sequential))) ==
        JsonOutput.prettyPrint(JsonOutput.toJson(stable(parallel))): 'sequential and -T 2 reactor verdicts differ'

// every report and every test case of every module, counted once
assert parallel.tests.total == 9 && parallel.tests.surefire.total == 6 && parallel.tests.failsafe.total == 3
Map<String, Map> byName = parallel.reactor.modules.collectEntries { [it.name, it] }
assert byName['shop-api'].unitTests.total == 3 && byName['shop-api'].integrationTests.total == 0
assert byName['shop-core'].unitTests.total == 2 && byName['shop-core'].integrationTests.total == 0
assert byName['shop-app'].unitTests.total == 1 && byName['shop-app'].integrationTests.total == 3
assert byName['shop'].level == null && byName['shop'].coverage == null
assert byName['shop'].notes == ['pom packaging: no code of its own']
assert byName['shop-core'].level == 'BLOCKED'                    // its own verdict, with its own exec data only
// the critical tag selects core's classes: in api's own verdict it is not applicable, not missing
Map apiCritical = V.gates(readJson('api/reports/parallel/readiness.json'))['critical-component-coverage']
assert apiCritical.status == 'NOT_CONFIGURED'
assert apiCritical.message.contains('matches no class of this module')
assert byName['shop-api'].level != 'BLOCKED'

// exec data of app's integration tests covers core: core's own critical gate fails, the reactor's passes
Map coreOwn = readJson('core/reports/parallel/readiness.json')
Map coreCritical = V.gates(coreOwn)['critical-component-coverage']
Map reactorCritical = V.gates(parallel)['critical-component-coverage']
assert coreCritical.status == 'FAILED' && (coreCritical.value as BigDecimal) < 95
assert reactorCritical.status == 'PASSED' && (reactorCritical.value as BigDecimal) == 100
assert byName['shop-core'].coverage.line.missed == 0

// ---------------------------------------------------------------- equality with jacoco:report-aggregate
// jacoco:report-aggregate's report
Element report = V.xml(new File(basedir, 'app/target/site/jacoco-aggregate/jacoco.xml'))
Map<String, List<Long>> aggregate = V.coveredMissed(report)
assert V.jsonCoveredMissed(parallel.coverage.overall) == aggregate: "reactor ${parallel.coverage.overall} vs report-aggregate ${aggregate}"
assert aggregate['LINE'][1] > 0: 'something must stay uncovered for the comparison to mean anything'
List<Element> groups = (0..<report.childNodes.length).collect { report.childNodes.item(it) }
        .findAll { it instanceof Element && it.tagName == 'group' }
assert groups*.getAttribute('name').sort() == ['shop-api', 'shop-app', 'shop-core']
groups.each { Element g ->
    String name = g.getAttribute('name')
    assert V.jsonCoveredMissed(byName[name].coverage) == V.coveredMissed(g): "module ${name} differs from report-aggregate"
}

// ---------------------------------------------------------------- partial builds
Map resumed = readJson('reports/resumed/readiness.json')
assert resumed.reactor.modules*.name == ['shop-core', 'shop-app']
assert resumed.reactor.notInBuild == ['shop-api'] && resumed.reactor.partial == true
assert resumed.tests.total == 6
assert resumed.warnings.any { it.startsWith('Partial build: the reactor verdict covers 2 module(s)') }
assert resumed.warnings.any { it.contains('applies the configuration of module shop-app') }
assert V.gates(resumed)['critical-component-coverage'].status == 'PASSED'
assert runs[1].contains('Not in this build: shop-api')

Map appOnly = readJson('reports/app-only/readiness.json')
assert appOnly.reactor.modules*.name == ['shop-app']
assert appOnly.reactor.notInBuild == ['shop-api', 'shop-core']
assert appOnly.level == 'BLOCKED'
assert V.gates(appOnly)['critical-component-coverage'].status == 'MISSING'
assert runs[2].contains('BUILD FAILURE')
assert runs[2] =~ /\[ERROR\] Failed to execute goal dev\.readiness:readiness-maven-plugin:[^ ]+:check \(default\) on project shop-app: The reactor verdict over 1 module is BLOCKED/
// issue 17: the failure is the reactor's, and -rf from the blamed module cannot reproduce it
assert runs[2] =~ /mvn -rf :shop-app \(Maven's resume suggestion\) cannot reproduce this verdict/
return true
