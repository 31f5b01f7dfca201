/*
 * The helpers every verify.groovy shares: the build log and its runs, readiness.json, the testcase elements of the
 * Surefire/Failsafe XML reports, JaCoCo's XML report and the "no stack trace" rule. A case loads it with
 *
 *   V = evaluate(new File(itShared, 'Verify.groovy'))   // no 'def': in the binding, so script methods see it too
 *
 * (itShared is an invoker scriptVariable, see readiness-it/pom.xml) and calls V.runs(basedir, 3), V.json(file)…
 * Every reader asserts that its input exists, so a missing report fails with the file's name.
 */
import groovy.json.JsonSlurper
import javax.xml.XMLConstants
import javax.xml.parsers.DocumentBuilderFactory
import org.w3c.dom.Element

class VerifyHelpers {
    /** The case's build.log: the invoker appends every Maven run of the case to it. */
    static String log(File basedir) {
        File file = new File(basedir, 'build.log')
        assert file.isFile(): "missing ${file}"
        return file.getText('UTF-8')
    }

    /** build.log split at each Maven start ("Scanning for projects..."), one entry per run; asserts the count. */
    static List<String> runs(File basedir, int expected) {
        List<String> runs = log(basedir).split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1) as List<String>
        assert runs.size() == expected: "expected ${expected} Maven runs in build.log, found ${runs.size()}"
        return runs
    }

    /** A JSON file (readiness.json, a history line's file, a baseline) parsed as UTF-8. */
    static def json(File file) {
        assert file.isFile(): "missing ${file}"
        return new JsonSlurper().parse(file, 'UTF-8')
    }

    /** The gates of a readiness.json by id. */
    static Map<String, Map> gates(Map report) {
        return report.gates.collectEntries { [it.id, it] }
    }

    /** An XML file parsed without DTDs or external entities (JaCoCo's report names a DTD it does not ship). */
    static Element xml(File file) {
        assert file.isFile(): "missing ${file}"
        def factory = DocumentBuilderFactory.newInstance()
        factory.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
        factory.setFeature('http://xml.org/sax/features/external-general-entities', false)
        factory.setFeature('http://xml.org/sax/features/external-parameter-entities', false)
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true)
        return factory.newDocumentBuilder().parse(file).documentElement
    }

    /**
     * testcase elements per classname, read from every TEST-*.xml of a Surefire or Failsafe report directory;
     * with {@code noFailures} every suite must report 0 failures and 0 errors.
     */
    static Map<String, Integer> testCases(File dir, boolean noFailures = false) {
        assert dir.isDirectory(): "missing report directory ${dir}"
        Map<String, Integer> counts = new TreeMap<>()
        dir.listFiles().findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }.sort().each { file ->
            Element suite = xml(file)
            if (noFailures) {
                assert suite.getAttribute('failures') == '0' && suite.getAttribute('errors') == '0': "failures in ${file}"
            }
            def cases = suite.getElementsByTagName('testcase')
            for (int i = 0; i < cases.length; i++) {
                counts.merge(((Element) cases.item(i)).getAttribute('classname'), 1, Integer::sum)
            }
        }
        return counts
    }

    /** The counters directly under a jacoco.xml element (report, package, class, method): type -> [missed, covered]. */
    static Map<String, Map<String, Integer>> counters(Element element) {
        Map<String, Map<String, Integer>> counters = new TreeMap<>()
        element.childNodes.findAll { it.nodeName == 'counter' }.each { Element c ->
            counters[c.getAttribute('type')] = [missed: c.getAttribute('missed') as int, covered: c.getAttribute('covered') as int]
        }
        return counters
    }

    /** The element of class {@code internalName} (com/acme/util/Saturation) in a jacoco.xml, and of one method. */
    static Element jacocoClass(Element report, String internalName) {
        def found = report.getElementsByTagName('class').find { it.getAttribute('name') == internalName }
        assert found != null: "no class ${internalName} in the JaCoCo report"
        return found
    }

    static Element jacocoMethod(Element jacocoClass, String name) {
        def found = jacocoClass.getElementsByTagName('method').find { it.getAttribute('name') == name }
        assert found != null: "no method ${name} in ${jacocoClass.getAttribute('name')}"
        return found
    }

    /**
     * No stack trace of a readiness class: the invoker runs Maven with -e (showErrors), which prints the exception
     * chain of a failed goal once after "[ERROR] -> [Help 1]". Outside that block no line may be a stack frame; inside
     * it the root cause must be {@code expectedRootCause} (the verdict or the configuration error, not a crash).
     */
    static void noStackTrace(String run, String expectedRootCause) {
        List<String> lines = run.readLines()
        int help = lines.findIndexOf { it.startsWith('[ERROR] -> [Help 1]') }
        List<String> outside = lines
        if (help >= 0) {
            int end = lines.findIndexOf(help + 1) { it.startsWith('[ERROR]') }
            List<String> block = lines.subList(help + 1, end)
            outside = lines.subList(0, help + 1) + lines.subList(end, lines.size())
            String root = block.findAll { it.startsWith('Caused by: ') || it ==~ /^[\w.$]+(Exception|Error)(: .*)?$/ }.last()
            assert root.startsWith("Caused by: ${expectedRootCause}") || root.startsWith(expectedRootCause): root
            assert !block.any { it ==~ /^Caused by: dev\.readiness\..*/ } || expectedRootCause.startsWith('dev.readiness.')
        }
        def frames = outside.findAll { it ==~ /^\s+at [\w.$]+\.[\w$<>]+ ?\(.*\)$/ }
        assert frames.isEmpty(): "stack trace outside Maven's -e block: ${frames}"
    }
}

return VerifyHelpers
