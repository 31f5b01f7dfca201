/*
 * Issue 4: readiness's coverage counters equal JaCoCo's own report on identical inputs (target/jacoco.exec,
 * target/classes), for all six counters: overall vs jacoco.xml's report counters and vs the sum of jacoco.csv rows;
 * tag "critical" (package globs) vs jacoco.xml's <package> counters; tag "safety-critical" (method annotation) vs
 * jacoco.xml's <method> counters of the annotated methods.
 */
import org.w3c.dom.Element

File target = new File(basedir, 'target')
V = evaluate(new File(itShared, 'Verify.groovy')) // shared helpers (src/it/shared), in the binding
final List<String> COUNTERS = V.COUNTERS
String log = V.log(basedir)
assert log.contains('BUILD SUCCESS')
assert log.contains('jacoco:0.8.15:report (report)')

def json = V.json(new File(target, 'readiness/readiness.json'))
def coverage = json.coverage
assert coverage.available == true
assert coverage.execFiles == ['target/jacoco.exec']: "readiness must read exactly the exec file jacoco:report reads"
assert coverage.noMatchClasses == []: "every class matches the execution data: ${coverage.noMatchClasses}"

// jacoco.xml carries <!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">: V.xml keeps the DOCTYPE,
// but never loads the DTD nor any external entity.
File xmlFile = new File(target, 'site/jacoco/jacoco.xml')
Element report = V.xml(xmlFile)
assert report.tagName == 'report'

// 1. overall: readiness.json coverage.overall == jacoco.xml report-level counters
def readinessOverall = V.jsonCoveredMissed(coverage.overall)
def xmlOverall = V.coveredMissed(report)
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
List<Element> classesWithCode = xmlClasses.findAll { c -> V.coveredMissed(c)['INSTRUCTION'].sum() > 0 }
assert xmlClasses.size() == classesWithCode.size() + 1: 'the annotation type SafetyCritical has no code'
assert json.coverage.analyzedClasses == csvRows.size()
assert json.coverage.analyzedClasses == classesWithCode.size()
assert json.coverage.analyzedClasses == xmlOverall['CLASS'].sum()
assert log.contains("Analyzed bundle 'coverage-equals-jacoco-report' with ${json.coverage.analyzedClasses} classes")
assert readinessOverall == V.sumCoveredMissed(csvRows)

// 3. tag "critical" (packages com.acme.control.** and com.acme.filter.*) == jacoco.xml <package> counters
List<Element> packages = report.getElementsByTagName('package').collect { it as Element }
List<String> criticalPackages = packages*.getAttribute('name').findAll {
    it == 'com/acme/control' || it.startsWith('com/acme/control/') || it == 'com/acme/filter'
}
assert criticalPackages.sort() == ['com/acme/control', 'com/acme/filter']
def criticalXml = V.sumCoveredMissed(packages.findAll { it.getAttribute('name') in criticalPackages }
        .collect { V.coveredMissed(it) })
def critical = coverage.tags.critical
assert V.jsonCoveredMissed(critical.counters) == criticalXml
assert criticalXml['LINE'][1] > 0: 'com.acme.filter is only partly tested'
List<String> criticalClasses = packages.findAll { it.getAttribute('name') in criticalPackages }
        .collectMany { p -> p.getElementsByTagName('class').collect { it as Element } }
        .findAll { c -> V.coveredMissed(c)['INSTRUCTION'].sum() > 0 }
        .collect { it.getAttribute('name').replace('/', '.') }
        .sort()
assert critical.matchedClasses == criticalClasses.size()
assert critical.classes == criticalClasses: 'coverage.tags.critical.classes lists the selected classes with code'

// 4. tag "safety-critical" (method annotation @com.acme.SafetyCritical on Saturation.clamp and Saturation.deadband)
// == the sum of those <method> counters. A <method> has no CLASS counter: readiness counts a class 1 covered when
// one of its selected methods is covered (METHOD covered > 0), else 1 missed; derived here the same way.
Element saturation = V.jacocoClass(report, 'com/acme/util/Saturation')
List<Element> annotated = saturation.getElementsByTagName('method').collect { it as Element }
        .findAll { it.getAttribute('name') in ['clamp', 'deadband'] }
assert annotated*.getAttribute('name').sort() == ['clamp', 'deadband']
def methodCounters = annotated.collect { V.coveredMissed(it) }
methodCounters.each { assert it['CLASS'] == [0L, 0L]: 'jacoco.xml has no CLASS counter on methods' }
def safetyXml = V.sumCoveredMissed(methodCounters)
safetyXml['CLASS'] = safetyXml['METHOD'][0] > 0 ? [1L, 0L] : [0L, 1L]
def safety = coverage.tags['safety-critical']
assert V.jsonCoveredMissed(safety.counters) == safetyXml
assert safety.matchedMethods == 2
assert safetyXml['LINE'][1] > 0: 'the negative-width check of deadband is untested'

// The gates read the same numbers: overall-test-coverage's measured/of are LINE covered/total.
def overallGate = V.gates(json)['overall-test-coverage']
assert overallGate.measured == xmlOverall['LINE'][0]
assert overallGate.of == xmlOverall['LINE'][0] + xmlOverall['LINE'][1]
def safetyGate = V.gates(json)['safety-critical-coverage']
assert safetyGate.status == 'FAILED'
assert safetyGate.measured == safetyXml['LINE'][0]
assert safetyGate.of == safetyXml['LINE'][0] + safetyXml['LINE'][1]

println "coverage-equals-jacoco-report: overall ${xmlOverall}, critical ${criticalXml}, safety-critical ${safetyXml}"
return true
