/*
 * Issue 4: readiness's coverage counters equal JaCoCo's own report on identical inputs (target/jacoco.exec,
 * target/classes), for all six counters: overall vs jacoco.xml's report counters and vs the sum of jacoco.csv rows;
 * tag "critical" (package globs) vs jacoco.xml's <package> counters; tag "safety-critical" (method annotation) vs
 * jacoco.xml's <method> counters of the annotated methods.
 */
import groovy.json.JsonSlurper
import javax.xml.XMLConstants
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Element

final List<String> COUNTERS = ['INSTRUCTION', 'BRANCH', 'LINE', 'COMPLEXITY', 'METHOD', 'CLASS']

File target = new File(basedir, 'target')
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('jacoco:0.8.15:report (report)')

def json = new JsonSlurper().parse(new File(target, 'readiness/readiness.json'))
def coverage = json.coverage
assert coverage.available == true
assert coverage.execFiles == ['target/jacoco.exec']: "readiness must read exactly the exec file jacoco:report reads"
assert coverage.noMatchClasses == []: "every class matches the execution data: ${coverage.noMatchClasses}"

/** readiness.json counters {line: {covered, missed}, ...} as COUNTER -> [covered, missed]. */
Map<String, List<Long>> fromJson(Map counters) {
    assert counters != null
    Map<String, List<Long>> result = new TreeMap<>()
    counters.each { String kind, Map c -> result[kind.toUpperCase(Locale.ROOT)] = [c.covered as long, c.missed as long] }
    return result
}

/** The <counter> children of one jacoco.xml element as COUNTER -> [covered, missed]; absent counters are [0, 0]. */
Map<String, List<Long>> fromXml(Element element, List<String> kinds) {
    Map<String, List<Long>> result = new TreeMap<>()
    kinds.each { result[it] = [0L, 0L] }
    element.childNodes.findAll { it instanceof Element && it.tagName == 'counter' }.each { Element c ->
        result[c.getAttribute('type')] = [c.getAttribute('covered') as long, c.getAttribute('missed') as long]
    }
    return result
}

Map<String, List<Long>> sum(Collection<Map<String, List<Long>>> all, List<String> kinds) {
    Map<String, List<Long>> total = new TreeMap<>()
    kinds.each { total[it] = [0L, 0L] }
    all.each { m -> m.each { k, v -> total[k] = [total[k][0] + v[0], total[k][1] + v[1]] } }
    return total
}

// jacoco.xml carries <!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">: keep the DOCTYPE, but
// never load the DTD nor any external entity.
File xmlFile = new File(target, 'site/jacoco/jacoco.xml')
assert xmlFile.isFile(): "jacoco:report did not write ${xmlFile}"
def factory = DocumentBuilderFactory.newInstance()
factory.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
factory.setFeature('http://xml.org/sax/features/external-general-entities', false)
factory.setFeature('http://xml.org/sax/features/external-parameter-entities', false)
factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true)
factory.setExpandEntityReferences(false)
Element report = factory.newDocumentBuilder().parse(xmlFile).documentElement
assert report.tagName == 'report'

// 1. overall: readiness.json coverage.overall == jacoco.xml report-level counters
def readinessOverall = fromJson(coverage.overall)
def xmlOverall = fromXml(report, COUNTERS)
assert readinessOverall.keySet() == new TreeSet<>(COUNTERS)
assert readinessOverall == xmlOverall
assert xmlOverall['LINE'][1] > 0 && xmlOverall['BRANCH'][1] > 0: 'the sample must leave something uncovered'

// 2. overall == sum of jacoco.csv rows. The CSV has no CLASS column: a row (class) counts as covered when
// METHOD_COVERED > 0, which is JaCoCo's own definition of a covered class.
File csvFile = new File(target, 'site/jacoco/jacoco.csv')
List<String> lines = csvFile.readLines('UTF-8')
List<String> header = lines[0].split(',') as List
assert header == ['GROUP', 'PACKAGE', 'CLASS', 'INSTRUCTION_MISSED', 'INSTRUCTION_COVERED', 'BRANCH_MISSED',
                  'BRANCH_COVERED', 'LINE_MISSED', 'LINE_COVERED', 'COMPLEXITY_MISSED', 'COMPLEXITY_COVERED',
                  'METHOD_MISSED', 'METHOD_COVERED']
def csvRows = lines.drop(1).findAll { !it.isBlank() }.collect { line ->
    List<String> cells = line.split(',') as List
    Map<String, List<Long>> row = new TreeMap<>()
    ['INSTRUCTION', 'BRANCH', 'LINE', 'COMPLEXITY', 'METHOD'].each { kind ->
        row[kind] = [cells[header.indexOf(kind + '_COVERED')] as long, cells[header.indexOf(kind + '_MISSED')] as long]
    }
    row['CLASS'] = row['METHOD'][0] > 0 ? [1L, 0L] : [0L, 1L]
    return row
}
// readiness's analyzedClasses is the number of class rows of jacoco:report: the CSV rows, the classes with code of
// jacoco.xml, the total of the CLASS counter and JaCoCo's console line "Analyzed bundle ... with N classes". jacoco.xml
// also has a <class> element without counters for each class without code (here the annotation type
// com.acme.SafetyCritical), which readiness does not count.
List<Element> xmlClasses = report.getElementsByTagName('class').collect { it as Element }
List<Element> classesWithCode = xmlClasses.findAll { c -> fromXml(c, COUNTERS)['INSTRUCTION'].sum() > 0 }
assert xmlClasses.size() == classesWithCode.size() + 1: 'the annotation type SafetyCritical has no code'
assert json.coverage.analyzedClasses == csvRows.size()
assert json.coverage.analyzedClasses == classesWithCode.size()
assert json.coverage.analyzedClasses == xmlOverall['CLASS'].sum()
assert log.contains("Analyzed bundle 'coverage-equals-jacoco-report' with ${json.coverage.analyzedClasses} classes")
assert readinessOverall == sum(csvRows, COUNTERS)

// 3. tag "critical" (packages com.acme.control.** and com.acme.filter.*) == jacoco.xml <package> counters
List<Element> packages = report.getElementsByTagName('package').collect { it as Element }
List<String> criticalPackages = packages*.getAttribute('name').findAll {
    it == 'com/acme/control' || it.startsWith('com/acme/control/') || it == 'com/acme/filter'
}
assert criticalPackages.sort() == ['com/acme/control', 'com/acme/filter']
def criticalXml = sum(packages.findAll { it.getAttribute('name') in criticalPackages }.collect { fromXml(it, COUNTERS) },
                      COUNTERS)
def critical = coverage.tags.critical
assert fromJson(critical.counters) == criticalXml
assert criticalXml['LINE'][1] > 0: 'com.acme.filter is only partly tested'
List<String> criticalClasses = packages.findAll { it.getAttribute('name') in criticalPackages }
        .collectMany { p -> p.getElementsByTagName('class').collect { it as Element } }
        .findAll { c -> fromXml(c, COUNTERS)['INSTRUCTION'].sum() > 0 }
        .collect { it.getAttribute('name').replace('/', '.') }
        .sort()
assert critical.matchedClasses == criticalClasses.size()
assert critical.classes == criticalClasses: 'coverage.tags.critical.classes lists the selected classes with code'

// 4. tag "safety-critical" (method annotation @com.acme.SafetyCritical on Saturation.clamp and Saturation.deadband)
// == the sum of those <method> counters. A <method> has no CLASS counter: readiness counts a class 1 covered when
// one of its selected methods is covered (METHOD covered > 0), else 1 missed; derived here the same way.
Element saturation = report.getElementsByTagName('class').collect { it as Element }
        .find { it.getAttribute('name') == 'com/acme/util/Saturation' }
assert saturation != null
List<Element> annotated = saturation.getElementsByTagName('method').collect { it as Element }
        .findAll { it.getAttribute('name') in ['clamp', 'deadband'] }
assert annotated*.getAttribute('name').sort() == ['clamp', 'deadband']
def methodCounters = annotated.collect { fromXml(it, COUNTERS) }
methodCounters.each { assert it['CLASS'] == [0L, 0L]: 'jacoco.xml has no CLASS counter on methods' }
def safetyXml = sum(methodCounters, COUNTERS)
safetyXml['CLASS'] = safetyXml['METHOD'][0] > 0 ? [1L, 0L] : [0L, 1L]
def safety = coverage.tags['safety-critical']
assert fromJson(safety.counters) == safetyXml
assert safety.matchedMethods == 2
assert safetyXml['LINE'][1] > 0: 'the negative-width check of deadband is untested'

// The gates read the same numbers: overall-test-coverage's measured/of are LINE covered/total.
def overallGate = json.gates.find { it.id == 'overall-test-coverage' }
assert overallGate.measured == xmlOverall['LINE'][0]
assert overallGate.of == xmlOverall['LINE'][0] + xmlOverall['LINE'][1]
def safetyGate = json.gates.find { it.id == 'safety-critical-coverage' }
assert safetyGate.status == 'FAILED'
assert safetyGate.measured == safetyXml['LINE'][0]
assert safetyGate.of == safetyXml['LINE'][0] + safetyXml['LINE'][1]

println "coverage-equals-jacoco-report: overall ${xmlOverall}, critical ${criticalXml}, safety-critical ${safetyXml}"
return true
