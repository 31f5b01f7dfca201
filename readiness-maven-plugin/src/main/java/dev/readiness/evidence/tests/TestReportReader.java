package dev.readiness.evidence.tests;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.InputFiles;
import dev.readiness.evidence.SafeXml;
import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streaming, hardened reader of Surefire and Failsafe XML reports (2.x and 3.x formats, JUnit 4/5 and TestNG).
 *
 * <p>Only files named {@code TEST-*.xml} are reports; {@code failsafe-summary.xml} is read as a {@link
 * FailsafeSummary}; every other file ({@code testng-results.xml}, {@code *.txt}, ...) is ignored. Directories are
 * searched recursively. A report whose bytes equal those of a report already read (the same artifact copied into two
 * shard folders) is listed in {@link TestEvidence#duplicateReportFiles()} and not counted again; distinct executions of
 * same-named cases are all counted.
 *
 * <p>Memory grows with the number of test cases only: the text of {@code system-out}, {@code system-err} and stack
 * traces is streamed past in chunks and never kept. Times are summed from the cases; the suite's {@code time} is never
 * used.
 *
 * <p>Hostile input is refused: a file with a DOCTYPE (needed for any XXE or entity-expansion attack) raises an {@link
 * EvidenceException} naming the file, and no DTD or external entity is ever resolved. A file that ends early or is not
 * well-formed becomes a {@link MalformedReport} naming the file and line.
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class TestReportReader {
    /** Longest message kept per case, in characters. */
    static final int MAX_MESSAGE_CHARS = 1000;

    private static final String SUMMARY_FILE = "failsafe-summary.xml";
    private static final String REGENERATE = "Re-run the tests (mvn verify) to regenerate it, or delete it.";
    private static final Pattern ENGLISH_GROUPED = Pattern.compile("[1-9]\\d{0,2}(,\\d{3})+(\\.\\d*)?");
    private static final BigDecimal MICROS_PER_SECOND = BigDecimal.valueOf(1_000_000L);

    private final Supplier<XMLInputFactory> parser;
    private final int threads;

    /**
     * Creates a reader: Aalto's parser, one file per task on {@code min(processors, files)} threads (1.2-1.6x one
     * thread on 2 cores, performance.md).
     */
    public TestReportReader() {
        this(InputFactoryImpl::new, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Creates a reader with another StAX parser or more threads, to measure them (the benchmark harness): the parser
     * gets the same settings (no DTD, no external entity, a DOCTYPE refused), and the result does not depend on
     * either.
     *
     * @param parser makes the StAX factory, e.g. {@code XMLInputFactory::newDefaultFactory} for the JDK's
     * @param threads report files read at once, one file per task; 1 or less reads them one after the other
     */
    public TestReportReader(Supplier<XMLInputFactory> parser, int threads) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.threads = Math.max(1, threads);
    }

    /**
     * Reads the reports found under the given locations.
     *
     * @param baseDir directory that relative locations are resolved against
     * @param locations directories, files or globs; a location that does not exist is simply absent (the caller reports
     *     missing evidence when {@link TestEvidence#hasReports()} is false)
     * @return the evidence, never {@code null}
     * @throws EvidenceException when a file cannot be read, or contains a DOCTYPE (refused as potentially hostile)
     */
    public TestEvidence read(Path baseDir, List<String> locations) throws EvidenceException {
        TreeSet<Path> reports = new TreeSet<>();
        TreeSet<Path> summaries = new TreeSet<>();
        for (Path location : InputFiles.resolve(baseDir, locations)) {
            collect(location, reports, summaries);
        }
        XMLInputFactory factory = newFactory(parser.get());
        Map<Long, List<Path>> byChecksum = new HashMap<>();
        List<Path> reportFiles = new ArrayList<>();
        List<Path> duplicates = new ArrayList<>();
        List<TestCaseResult> cases = new ArrayList<>();
        List<MalformedReport> malformed = new ArrayList<>();
        List<Path> ordered = List.copyOf(reports);
        List<Parsed> all = parseAll(factory, ordered);
        for (int i = 0; i < ordered.size(); i++) {
            Path report = ordered.get(i);
            Parsed parsed = all.get(i);
            if (seenBefore(byChecksum.computeIfAbsent(parsed.checksum, k -> new ArrayList<>()), report)) {
                duplicates.add(report);
                continue;
            }
            reportFiles.add(report);
            if (parsed.malformed != null) {
                malformed.add(parsed.malformed);
            } else {
                cases.addAll(parsed.cases);
            }
        }
        List<FailsafeSummary> failsafeSummaries = new ArrayList<>();
        for (Path summary : summaries) {
            Parsed parsed = parse(factory, summary, true);
            if (parsed.malformed != null) {
                malformed.add(parsed.malformed);
            } else if (parsed.summary != null) {
                failsafeSummaries.add(parsed.summary);
            }
        }
        return new TestEvidence(reportFiles, duplicates, cases, malformed, failsafeSummaries);
    }

    /**
     * Parses the reports in their order; with more than one thread, one file per task on a pool of {@code min(threads,
     * files)}. The first failure in file order is thrown, whatever thread met it.
     */
    private List<Parsed> parseAll(XMLInputFactory factory, List<Path> files) throws EvidenceException {
        int poolSize = Math.min(threads, files.size());
        List<Parsed> out = new ArrayList<>(files.size());
        if (poolSize <= 1) {
            for (Path file : files) {
                out.add(parse(factory, file, false));
            }
            return out;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
            Thread t = new Thread(r, "readiness-reports-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // a factory per thread: the JDK's is not safe for concurrent use
        ThreadLocal<XMLInputFactory> factories = ThreadLocal.withInitial(() -> newFactory(parser.get()));
        try {
            List<Future<Parsed>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> parse(factories.get(), file, false)));
            }
            for (Future<Parsed> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof EvidenceException ee) {
                        throw ee;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException("reading a test report failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new EvidenceException(null, "Interrupted while reading the test reports.", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** True for the file names Surefire and Failsafe give their XML reports. */
    static boolean isReportFileName(String fileName) {
        return fileName.startsWith("TEST-") && fileName.endsWith(".xml");
    }

    private static void collect(Path location, TreeSet<Path> reports, TreeSet<Path> summaries)
            throws EvidenceException {
        if (Files.isRegularFile(location)) {
            classify(location, reports, summaries);
            return;
        }
        if (!Files.isDirectory(location)) {
            return;
        }
        try {
            for (Path file : InputFiles.walk(location).stream()
                    .filter(Files::isRegularFile)
                    .toList()) {
                classify(file.toAbsolutePath().normalize(), reports, summaries);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new EvidenceException(
                    location,
                    "Cannot list the test report directory " + location + ": " + e.getMessage()
                            + ". Check its permissions, or point readiness.surefireReports / readiness.failsafeReports"
                            + " at a readable directory.",
                    e);
        }
    }

    private static void classify(Path file, TreeSet<Path> reports, TreeSet<Path> summaries) {
        Path name = file.getFileName();
        if (name == null) {
            return;
        }
        String fileName = name.toString();
        if (isReportFileName(fileName)) {
            reports.add(file);
        } else if (fileName.equals(SUMMARY_FILE)) {
            summaries.add(file);
        }
    }

    private static XMLInputFactory newFactory(XMLInputFactory factory) {
        // Aalto by default, named explicitly (not looked up): 1.8x the JDK's parser on 100,000 cases
        // (performance.md). It reports a DOCTYPE as a DTD event before anything in it is used (refused below), never
        // reads a DTD or an external entity, and parses text lazily: system-out, system-err and stack traces that are
        // never asked for are skipped without being decoded into characters or kept.
        return SafeXml.inputFactory(factory);
    }

    /** Moves {@code r} from a start tag to its matching end tag, never asking for the text in between. */
    private static void skipElement(XMLStreamReader r) throws XMLStreamException {
        int open = 1;
        while (open > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                open++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
    }

    private static Parsed parse(XMLInputFactory factory, Path file, boolean summary) throws EvidenceException {
        CRC32C checksum = new CRC32C();
        try (InputStream raw = Files.newInputStream(file);
                CheckedInputStream in = new CheckedInputStream(new BufferedInputStream(raw, 1 << 16), checksum)) {
            Parsed parsed;
            try {
                // the parser must not close the input: the checksum still needs the rest of the file
                InputStream unclosable = new FilterInputStream(in) {
                    @Override
                    public void close() {
                        // left open for draining
                    }
                };
                parsed = summary ? readSummary(factory, unclosable, file) : readReport(factory, unclosable, file);
            } catch (XMLStreamException e) {
                if (SafeXml.rootCause(e) instanceof IOException io && !(io instanceof CharConversionException)) {
                    throw io;
                }
                parsed = Parsed.malformed(malformed(file, e));
            } catch (RuntimeException e) {
                // A parser defect on odd input must not escape as an unchecked exception.
                parsed = Parsed.malformed(
                        new MalformedReport(file, -1, -1, file + " could not be parsed (" + e + "). " + REGENERATE));
            }
            // small: the parser has usually read to the end already, and this is allocated once per file
            byte[] buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                // drain: the checksum covers the whole file even when parsing stopped early
            }
            return parsed.withChecksum(checksum.getValue());
        } catch (IOException e) {
            throw new EvidenceException(
                    file,
                    "Cannot read the test report " + file + ": " + e.getMessage()
                            + ". Check the file's permissions, or re-run the tests to regenerate it.",
                    e);
        }
    }

    private static MalformedReport malformed(Path file, XMLStreamException e) {
        Location location = e.getLocation();
        long line = location == null ? -1 : location.getLineNumber();
        long column = location == null ? -1 : location.getColumnNumber();
        String detail = e.getMessage() == null ? e.toString() : e.getMessage();
        int messageStart = detail.indexOf("Message: ");
        if (messageStart >= 0) {
            detail = detail.substring(messageStart + "Message: ".length());
        }
        detail = firstLine(detail).strip();
        if (detail.endsWith(".")) {
            detail = detail.substring(0, detail.length() - 1); // the parser's own full stop; ours follows
        }
        String where = line > 0 ? " at line " + line + ", column " + column : "";
        String problem = "Malformed test report " + file + where + ": " + detail
                + ". The file is truncated or not well-formed (e.g. the forked test JVM was killed while writing it). "
                + REGENERATE;
        return new MalformedReport(file, line, column, problem);
    }

    /**
     * True when a report read earlier with the same checksum has the same bytes (the same report reached twice);
     * otherwise remembers this one. The CRC-32C only preselects: a duplicate is decided by comparing the files, so two
     * different reports are never merged, and no cryptographic digest (and its provider lookup) is needed.
     */
    static boolean seenBefore(List<Path> sameChecksum, Path report) throws EvidenceException {
        for (Path earlier : sameChecksum) {
            try {
                if (Files.mismatch(earlier, report) == -1L) {
                    return true;
                }
            } catch (IOException e) {
                throw new EvidenceException(
                        report,
                        "Cannot read the test report " + report + ": " + e.getMessage()
                                + ". Check the file's permissions, or re-run the tests to regenerate it.",
                        e);
            }
        }
        sameChecksum.add(report);
        return false;
    }

    private static EvidenceException hostile(Path file) {
        return new EvidenceException(
                file,
                "Refused test report " + file + ": it contains a DOCTYPE declaration. Surefire and Failsafe never"
                        + " write one, and DTDs and external entities are not resolved (XXE and entity-expansion"
                        + " protection). Delete the file, or regenerate it with mvn verify.");
    }

    private static Parsed readReport(XMLInputFactory factory, InputStream in, Path file)
            throws XMLStreamException, EvidenceException {
        XMLStreamReader r = factory.createXMLStreamReader(in);
        try {
            List<TestCaseResult> cases = new ArrayList<>();
            Deque<String> suites = new ArrayDeque<>();
            CaseBuilder current = null;
            int depth = 0;
            int caseDepth = -1;
            boolean root = true;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw hostile(file);
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String element = r.getLocalName();
                    if (root) {
                        root = false;
                        if (!element.equals("testsuite") && !element.equals("testsuites")) {
                            return Parsed.malformed(new MalformedReport(
                                    file,
                                    r.getLocation().getLineNumber(),
                                    r.getLocation().getColumnNumber(),
                                    file + " is not a Surefire/Failsafe report: its root element is <" + element
                                            + ">, expected <testsuite>. Only TEST-*.xml files written by Surefire"
                                            + " or Failsafe belong in the report directories; move this one out."));
                        }
                    }
                    if (element.equals("system-out") || element.equals("system-err")) {
                        // the captured output: skipped up to its end tag without asking for its text (a lazy parser
                        // such as Aalto then never decodes it)
                        skipElement(r);
                        depth--;
                        continue;
                    }
                    if (current == null) {
                        if (element.equals("testsuite")) {
                            String name = r.getAttributeValue(null, "name");
                            suites.push(name == null ? "" : name);
                        } else if (element.equals("testcase")) {
                            current = new CaseBuilder(r, suites.isEmpty() ? "" : suites.peek());
                            caseDepth = depth;
                        }
                    } else if (depth == caseDepth + 1) {
                        current.child(element, r);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = r.getLocalName();
                    if (current != null && depth == caseDepth) {
                        cases.add(current.build(file));
                        current = null;
                        caseDepth = -1;
                    } else if (current == null && element.equals("testsuite") && !suites.isEmpty()) {
                        suites.pop();
                    }
                    depth--;
                }
                // CHARACTERS / CDATA (system-out, stack traces) are never read: the parser streams past them.
            }
            return Parsed.cases(cases);
        } finally {
            r.close();
        }
    }

    private static Parsed readSummary(XMLInputFactory factory, InputStream in, Path file)
            throws XMLStreamException, EvidenceException {
        XMLStreamReader r = factory.createXMLStreamReader(in);
        try {
            int result = -1;
            boolean timeout = false;
            Map<String, String> values = new HashMap<>();
            boolean root = true;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    throw hostile(file);
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = r.getLocalName();
                if (root) {
                    root = false;
                    if (!element.equals("failsafe-summary")) {
                        return Parsed.malformed(new MalformedReport(
                                file,
                                r.getLocation().getLineNumber(),
                                r.getLocation().getColumnNumber(),
                                file + " is not a Failsafe summary: its root element is <" + element + ">. "
                                        + REGENERATE));
                    }
                    result = (int) parseCount(r.getAttributeValue(null, "result"), -1);
                    timeout = Boolean.parseBoolean(r.getAttributeValue(null, "timeout"));
                } else {
                    values.put(element, r.getElementText());
                }
            }
            String failureMessage = values.get("failureMessage");
            return Parsed.summary(new FailsafeSummary(
                    file,
                    result,
                    timeout,
                    parseCount(values.get("completed"), 0),
                    parseCount(values.get("errors"), 0),
                    parseCount(values.get("failures"), 0),
                    parseCount(values.get("skipped"), 0),
                    parseCount(values.get("flakes"), 0),
                    failureMessage == null || failureMessage.isBlank() ? null : firstLine(failureMessage)));
        } finally {
            r.close();
        }
    }

    private static long parseCount(String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * Parses a Surefire {@code time} attribute into microseconds: {@code 0.004}, {@code 12}, the legacy grouped
     * English format {@code 1,234.5} of old Surefire 2.x versions, and a decimal comma ({@code 0,004}) as written
     * under some default locales. An absent, blank, negative or unreadable value is {@link
     * TestCaseResult#TIME_NOT_MEASURED}: a case without a time is not measured, never 0 s.
     */
    static long parseTimeMicros(String value) {
        if (value == null) {
            return TestCaseResult.TIME_NOT_MEASURED;
        }
        String time = value.strip();
        if (time.isEmpty()) {
            return TestCaseResult.TIME_NOT_MEASURED;
        }
        long plain = plainTimeMicros(time);
        if (plain >= 0) {
            return plain;
        }
        if (ENGLISH_GROUPED.matcher(time).matches()) {
            time = time.replace(",", "");
        } else if (time.indexOf(',') >= 0 && time.indexOf('.') >= 0) {
            // 1.234,5: dots group, the comma is the decimal separator
            time = time.lastIndexOf(',') > time.lastIndexOf('.')
                    ? time.replace(".", "").replace(',', '.')
                    : time.replace(",", "");
        } else if (time.indexOf(',') >= 0) {
            time = time.replace(',', '.');
        }
        try {
            BigDecimal seconds = new BigDecimal(time);
            if (seconds.signum() < 0) {
                return TestCaseResult.TIME_NOT_MEASURED;
            }
            BigDecimal micros = seconds.multiply(MICROS_PER_SECOND).setScale(0, RoundingMode.HALF_UP);
            return micros.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : micros.longValue();
        } catch (NumberFormatException | ArithmeticException e) {
            return TestCaseResult.TIME_NOT_MEASURED;
        }
    }

    /** The longest integer part {@link #plainTimeMicros} takes: 12 digits of seconds cannot overflow a long. */
    private static final int PLAIN_INTEGER_DIGITS = 12;

    /**
     * The fast path of {@link #parseTimeMicros} for what Surefire writes (nearly every case): digits, optionally a dot
     * and more digits ({@code 0.004}, {@code 12}). The microseconds are the same as through {@link BigDecimal}
     * (rounded half up at the seventh decimal), without a regular expression or a decimal per case; {@code -1} for
     * anything else, which takes the general path.
     */
    private static long plainTimeMicros(String time) {
        int length = time.length();
        int i = 0;
        long seconds = 0;
        while (i < length && isDigit(time.charAt(i))) {
            seconds = seconds * 10 + (time.charAt(i) - '0');
            i++;
        }
        if (i == 0 || i > PLAIN_INTEGER_DIGITS) {
            return -1;
        }
        long micros = 0;
        boolean roundUp = false;
        if (i < length) {
            if (time.charAt(i) != '.') {
                return -1;
            }
            int digits = 0;
            for (i++; i < length; i++) {
                char c = time.charAt(i);
                if (!isDigit(c)) {
                    return -1;
                }
                if (digits < 6) {
                    micros = micros * 10 + (c - '0');
                } else if (digits == 6) {
                    roundUp = c >= '5'; // half up: the first dropped digit decides
                }
                digits++;
            }
            for (; digits < 6; digits++) {
                micros *= 10;
            }
        }
        return seconds * 1_000_000L + micros + (roundUp ? 1 : 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** First non-blank line, stripped and cut to {@link #MAX_MESSAGE_CHARS}; {@code null} for null or blank. */
    static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        // the lines of String.lines() (ended by \n, \r or \r\n): splitting at every \r and \n gives the same
        // non-blank lines, only more empty ones, which are skipped anyway
        String line = null;
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String stripped = text.substring(start, end).strip();
            if (!stripped.isEmpty()) {
                line = stripped;
                break;
            }
            start = end + 1;
        }
        if (line == null) {
            return null;
        }
        if (line.length() <= MAX_MESSAGE_CHARS) {
            return line;
        }
        int end = MAX_MESSAGE_CHARS;
        if (Character.isHighSurrogate(line.charAt(end - 1)) && Character.isLowSurrogate(line.charAt(end))) {
            end--; // never cut a character outside the BMP (an emoji) in half
        }
        return line.substring(0, end) + "...";
    }

    /** Accumulates one {@code <testcase>}: attributes and the outcome children, never their text. */
    private static final class CaseBuilder {
        private final String className;
        private final String name;
        private final long timeMicros;
        private String failure;
        private String error;
        private String skipped;
        private String flaky;
        private boolean hasFailure;
        private boolean hasError;
        private boolean hasSkipped;
        private int flakyRuns;
        private int reruns;

        CaseBuilder(XMLStreamReader r, String suiteName) {
            String classAttribute = r.getAttributeValue(null, "classname");
            this.className = classAttribute == null || classAttribute.isBlank() ? suiteName : classAttribute;
            String nameAttribute = r.getAttributeValue(null, "name");
            this.name = nameAttribute == null ? "" : nameAttribute;
            this.timeMicros = parseTimeMicros(r.getAttributeValue(null, "time"));
        }

        void child(String element, XMLStreamReader r) {
            switch (element) {
                case "failure" -> {
                    if (!hasFailure) {
                        failure = message(r);
                    }
                    hasFailure = true;
                }
                case "error" -> {
                    if (!hasError) {
                        error = message(r);
                    }
                    hasError = true;
                }
                case "skipped" -> {
                    if (!hasSkipped) {
                        skipped = message(r);
                    }
                    hasSkipped = true;
                }
                case "flakyFailure", "flakyError" -> {
                    if (flakyRuns == 0) {
                        flaky = message(r);
                    }
                    flakyRuns++;
                    reruns++;
                }
                case "rerunFailure", "rerunError" -> reruns++;
                default -> {
                    // system-out, system-err, properties: streamed past
                }
            }
        }

        private static String message(XMLStreamReader r) {
            String message = firstLine(r.getAttributeValue(null, "message"));
            return message != null ? message : firstLine(r.getAttributeValue(null, "type"));
        }

        TestCaseResult build(Path file) {
            TestOutcome outcome;
            String message;
            if (hasError) {
                outcome = TestOutcome.ERROR;
                message = error;
            } else if (hasFailure) {
                outcome = TestOutcome.FAILED;
                message = failure;
            } else if (hasSkipped) {
                outcome = TestOutcome.SKIPPED;
                message = skipped;
            } else if (flakyRuns > 0) {
                outcome = TestOutcome.FLAKY;
                message = flaky;
            } else {
                outcome = TestOutcome.PASSED;
                message = null;
            }
            return new TestCaseResult(className, name, outcome, reruns, timeMicros, message, file);
        }
    }

    /** Result of parsing one file. */
    private record Parsed(
            List<TestCaseResult> cases, MalformedReport malformed, FailsafeSummary summary, long checksum) {
        static Parsed cases(List<TestCaseResult> cases) {
            return new Parsed(cases, null, null, 0);
        }

        static Parsed malformed(MalformedReport malformed) {
            return new Parsed(List.of(), malformed, null, 0);
        }

        static Parsed summary(FailsafeSummary summary) {
            return new Parsed(List.of(), null, summary, 0);
        }

        Parsed withChecksum(long value) {
            return new Parsed(cases, malformed, summary, value);
        }
    }
}
