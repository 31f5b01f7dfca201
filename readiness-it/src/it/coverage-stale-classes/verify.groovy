/*
 * Stale classes: the tests ran against src/main/java (invocation 1); the classes were then rebuilt from
 * src/changed/java, where only com.acme.stale.Gauge differs (invocation 2). On the old target/jacoco.exec, readiness
 * must list Gauge (and only Gauge) in noMatchClasses, warn about it, count it as not covered exactly as
 * jacoco:report does, and keep the unchanged class Units covered.
 */
import groovy.json.JsonSlurper
import javax.xml.XMLConstants
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Element

File target = new File(basedir, 'target')
String log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('BUILD FAILURE')

// invocation 1: classes and execution data from the same build
def fresh = new JsonSlurper().parse(new File(target, 'readiness/readiness.json'))
assert fresh.coverage.noMatchClasses == []
assert fresh.coverage.overall.class == [covered: 2, missed: 0]

// invocation 2: Gauge rebuilt after the tests ran
def stale = new JsonSlurper().parse(new File(target, 'readiness-stale/readiness.json'))
assert stale.coverage.noMatchClasses == ['com.acme.stale.Gauge']
assert stale.warnings.any { it.startsWith('1 class does not match the execution data') && it.contains('com.acme.stale.Gauge') }
assert log =~ /\[WARNING\] 1 class does not match the execution data .*com\.acme\.stale\.Gauge/
// JaCoCo's own warning on the same inputs
assert log.contains('[WARNING] Execution data for class com/acme/stale/Gauge does not match.')

// Gauge counts as not covered, as in jacoco:report; Units still matches and stays covered
def factory = DocumentBuilderFactory.newInstance()
factory.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
factory.setFeature('http://xml.org/sax/features/external-general-entities', false)
factory.setFeature('http://xml.org/sax/features/external-parameter-entities', false)
factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true)
Element report = factory.newDocumentBuilder().parse(new File(target, 'site/jacoco/jacoco.xml')).documentElement
Map<String, Map> xml = [:]
report.childNodes.findAll { it instanceof Element && it.tagName == 'counter' }.each { Element c ->
    xml[c.getAttribute('type').toLowerCase(Locale.ROOT)] =
            [covered: c.getAttribute('covered') as int, missed: c.getAttribute('missed') as int]
}
assert stale.coverage.overall == xml
assert xml.class == [covered: 1, missed: 1]: 'Gauge not covered, Units covered'
assert stale.coverage.overall.line.covered < fresh.coverage.overall.line.covered

println "coverage-stale-classes: fresh ${fresh.coverage.overall.line}, stale ${stale.coverage.overall.line}, " +
        "noMatchClasses ${stale.coverage.noMatchClasses}"
return true
