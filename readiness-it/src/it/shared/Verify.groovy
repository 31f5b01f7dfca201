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

    /**
     * testcase elements of every TEST-*.xml of a Surefire or Failsafe report directory, or of one report file, in file
     * order, each with its outcome read from its children ({@code failed}, {@code error}, {@code skipped},
     * {@code flaky}: flakyFailure/flakyError, else {@code passed}), the first line of the first failure's message and
     * the number of reruns (rerun* and flaky* children).
     */
    static List<Map> testCaseOutcomes(File dirOrFile) {
        assert dirOrFile.exists(): "missing ${dirOrFile}"
        List<File> files = dirOrFile.isDirectory()
                ? dirOrFile.listFiles().findAll { it.name.startsWith('TEST-') && it.name.endsWith('.xml') }.sort()
                : [dirOrFile]
        List<Map> cases = []
        files.each { file ->
            def elements = xml(file).getElementsByTagName('testcase')
            for (int i = 0; i < elements.length; i++) {
                Element tc = elements.item(i) as Element
                List<Element> children = tc.childNodes.findAll { it instanceof Element }.collect { it as Element }
                def has = { String name -> children.find { it.tagName == name } }
                String outcome = has('error') ? 'error'
                        : has('failure') ? 'failed'
                        : has('skipped') ? 'skipped'
                        : (has('flakyFailure') || has('flakyError')) ? 'flaky'
                        : 'passed'
                Element first = has('error') ?: has('failure') ?:
                        children.find { it.tagName in ['flakyFailure', 'flakyError'] }
                cases << [classname: tc.getAttribute('classname'), name: tc.getAttribute('name'), outcome: outcome,
                          message  : first?.getAttribute('message')?.readLines()?.find { !it.isBlank() }?.strip(),
                          reruns   : children.count { it.tagName.startsWith('rerun') || it.tagName.startsWith('flaky') }]
            }
        }
        return cases
    }

    /** The outcomes of {@link #testCaseOutcomes} counted as readiness.json counts them: total, failed, errors, skipped, flaky, passed. */
    static Map<String, Long> outcomeCounts(List<Map> cases) {
        Map<String, Long> c = [total: cases.size() as long]
        c.failed = cases.count { it.outcome == 'failed' } as long
        c.errors = cases.count { it.outcome == 'error' } as long
        c.skipped = cases.count { it.outcome == 'skipped' } as long
        c.flaky = cases.count { it.outcome == 'flaky' } as long
        c.passed = c.total - c.failed - c.errors - c.skipped
        return c
    }

    /** A test count object of readiness.json ({total, failed, errors, skipped, flaky, passed}) with long values. */
    static Map<String, Long> jsonTestCounts(Map counts) {
        return ['total', 'failed', 'errors', 'skipped', 'flaky', 'passed'].collectEntries { [it, counts[it] as long] }
    }

    /**
     * Surefire's and Failsafe's aggregated console summaries in a text ("Tests run: 16, Failures: 1, Errors: 1,
     * Skipped: 2, Flakes: 1" after "Results:"; the per-class lines also carry "Time elapsed" and are not matched, and
     * ", Flakes: K" is printed only when K > 0), each as [total, failed, errors, skipped, flaky] with its offset {@code at}.
     */
    static List<Map> consoleSummaries(String text) {
        def m = text =~ /(?m)^\[(?:INFO|WARNING|ERROR)\] Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)(?:, Flakes: (\d+))?\s*$/
        List<Map> summaries = []
        while (m.find()) {
            summaries << [total  : m.group(1) as long, failed: m.group(2) as long, errors: m.group(3) as long,
                          skipped: m.group(4) as long, flaky: (m.group(5) ?: '0') as long, at: m.start()]
        }
        return summaries
    }

    /** The text of the log section of one mojo execution: from its "--- " header to the next one. */
    static String section(String log, String header) {
        int start = log.indexOf(header)
        assert start >= 0: "no '${header}' in build.log"
        int end = log.indexOf('\n[INFO] --- ', start + header.length())
        return end < 0 ? log.substring(start) : log.substring(start, end)
    }

    /** JaCoCo's six counters, in the order of its reports. */
    static final List<String> COUNTERS = ['INSTRUCTION', 'BRANCH', 'LINE', 'COMPLEXITY', 'METHOD', 'CLASS']

    /**
     * The counters directly under a jacoco.xml element as COUNTER -> [covered, missed], every one of {@link #COUNTERS}
     * (a counter the element does not have is [0, 0]: a method has no CLASS counter, a class without code none).
     */
    static Map<String, List<Long>> coveredMissed(Element element) {
        Map<String, List<Long>> result = new TreeMap<>()
        COUNTERS.each { result[it] = [0L, 0L] }
        element.childNodes.findAll { it instanceof Element && it.tagName == 'counter' }.each { Element c ->
            result[c.getAttribute('type')] = [c.getAttribute('covered') as long, c.getAttribute('missed') as long]
        }
        return result
    }

    /** readiness.json coverage counters ({line: {covered, missed}, …}) as COUNTER -> [covered, missed]. */
    static Map<String, List<Long>> jsonCoveredMissed(Map counters) {
        assert counters != null
        Map<String, List<Long>> result = new TreeMap<>()
        counters.each { String kind, Map c -> result[kind.toUpperCase(Locale.ROOT)] = [c.covered as long, c.missed as long] }
        return result
    }

    /** The sum of several COUNTER -> [covered, missed] maps, every one of {@link #COUNTERS}. */
    static Map<String, List<Long>> sumCoveredMissed(Collection<Map<String, List<Long>>> all) {
        Map<String, List<Long>> total = new TreeMap<>()
        COUNTERS.each { total[it] = [0L, 0L] }
        all.each { m -> m.each { k, v -> total[k] = [total[k][0] + v[0], total[k][1] + v[1]] } }
        return total
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
     * PIT's console summary in a build log: {@code >> Generated N mutations Killed M (x%)} and
     * {@code >> Mutations with no coverage K. Test strength y%}, as [generated: N, killed: M, noCoverage: K].
     */
    static Map<String, Long> pitSummary(String log) {
        // Maven 4 routes a plugin's System.out through its log as '[INFO] [stdout] …'
        def generated = log =~ /(?m)^(?:\[INFO\] \[stdout\] )?>> Generated (\d+) mutations Killed (\d+) \(\d+%\)\s*$/
        def noCoverage = log =~ /(?m)^(?:\[INFO\] \[stdout\] )?>> Mutations with no coverage (\d+)\. Test strength \d+%\s*$/
        assert generated.find() && noCoverage.find(): 'no PIT statistics in the build log'
        return [generated: generated.group(1) as long, killed: generated.group(2) as long,
                noCoverage: noCoverage.group(1) as long]
    }

    /** The mutation elements of PIT's mutations.xml: status, detected, mutatedClass, mutatedMethod, lineNumber, mutator. */
    static List<Map> pitMutations(File file) {
        assert file.isFile(): "no PIT report ${file}"
        return xml(file).getElementsByTagName('mutation').collect { Element m ->
            def text = { String name -> m.getElementsByTagName(name).item(0)?.textContent }
            [status: m.getAttribute('status'), detected: m.getAttribute('detected') == 'true',
             mutatedClass: text('mutatedClass'), mutatedMethod: text('mutatedMethod'),
             lineNumber: text('lineNumber') as int, mutator: text('mutator')]
        }
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
