/*
 * Stale classes: the tests ran against src/main/java (invocation 1); the classes were then rebuilt from
 * src/changed/java, where only com.acme.stale.Gauge differs (invocation 2). On the old target/jacoco.exec, readiness
 * must list Gauge (and only Gauge) in noMatchClasses, warn about it, count it as not covered exactly as
 * jacoco:report does, and keep the unchanged class Units covered.
 */
File target = new File(basedir, 'target')
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
String log = V.log(basedir)
assert !log.contains('BUILD FAILURE')

// invocation 1: classes and execution data from the same build
def fresh = V.json(new File(target, 'readiness/readiness.json'))
assert fresh.coverage.noMatchClasses == []
assert fresh.coverage.overall.class == [covered: 2, missed: 0]

// invocation 2: Gauge rebuilt after the tests ran
def stale = V.json(new File(target, 'readiness-stale/readiness.json'))
assert stale.coverage.noMatchClasses == ['com.acme.stale.Gauge']
assert stale.warnings.any { it.startsWith('1 class does not match the execution data') && it.contains('com.acme.stale.Gauge') }
assert log =~ /\[WARNING\] 1 class does not match the execution data .*com\.acme\.stale\.Gauge/
// JaCoCo's own warning on the same inputs
assert log.contains('[WARNING] Execution data for class com/acme/stale/Gauge does not match.')

// Gauge counts as not covered, as in jacoco:report; Units still matches and stays covered
Map<String, Map> xml = V.counters(V.xml(new File(target, 'site/jacoco/jacoco.xml')))
        .collectEntries { type, counter -> [type.toLowerCase(Locale.ROOT), counter] }
assert stale.coverage.overall == xml
assert xml.class == [covered: 1, missed: 1]: 'Gauge not covered, Units covered'
assert stale.coverage.overall.line.covered < fresh.coverage.overall.line.covered

println "coverage-stale-classes: fresh ${fresh.coverage.overall.line}, stale ${stale.coverage.overall.line}, " +
        "noMatchClasses ${stale.coverage.noMatchClasses}"
return true
