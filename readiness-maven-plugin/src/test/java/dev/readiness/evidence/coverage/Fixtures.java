package dev.readiness.evidence.coverage;

import dev.readiness.policy.CounterKind;
import dev.readiness.policy.TagDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.JavaNames;
import org.jacoco.report.csv.CSVFormatter;

/** The fixtures of src/test/resources/jacoco (see the README there) and the jacoco:report oracle. */
final class Fixtures {
    static final Path ROOT = Path.of("src/test/resources/jacoco").toAbsolutePath();
    static final Path BASIC = ROOT.resolve("basic");
    static final Path BASIC_EXEC = BASIC.resolve("jacoco.exec");
    static final Path BASIC_CLASSES = BASIC.resolve("classes");
    static final Path SPLIT = ROOT.resolve("split");
    static final Path STALE_CLASSES = ROOT.resolve("stale/classes");

    private Fixtures() {}

    static CoverageRequest request(
            Path baseDir, List<String> execFiles, List<Path> classDirs, List<TagDefinition> tags) {
        return new CoverageRequest(baseDir, execFiles, classDirs, tags, 1);
    }

    static CoverageRequest basic(List<TagDefinition> tags) {
        return request(BASIC, List.of("jacoco.exec"), List.of(Path.of("classes")), tags);
    }

    static TagDefinition tag(String name, List<String> packages, List<String> classes, List<String> annotations) {
        return TagDefinition.of(name, packages, classes, annotations);
    }

    /** One CSV row of jacoco:report, keyed by binary class name. */
    record CsvRow(String className, Map<CounterKind, Counter> counters) {}

    /** The result of what jacoco:report runs on the inputs: its CSV rows and JaCoCo's own bundle. */
    record Oracle(Map<String, CsvRow> rows, IBundleCoverage bundle, List<String> csvLines) {}

    /**
     * Runs what jacoco:report runs (ExecFileLoader, Analyzer.analyzeAll over the directory, CoverageBuilder bundle,
     * CSVFormatter). The CSV names anonymous classes in Java syntax ({@code Outer.new Runnable() {...}}), so its rows
     * are matched to binary class names by position: CSVFormatter writes one row per class with code, in the order of
     * the bundle's packages and classes.
     */
    static Oracle oracle(List<Path> execFiles, Path classes) throws IOException {
        ExecFileLoader loader = new ExecFileLoader();
        for (Path exec : execFiles) {
            loader.load(exec.toFile());
        }
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(classes.toFile());
        IBundleCoverage bundle = builder.getBundle("fixture");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IReportVisitor visitor = new CSVFormatter().createVisitor(out);
        visitor.visitInfo(
                loader.getSessionInfoStore().getInfos(),
                loader.getExecutionDataStore().getContents());
        visitor.visitBundle(bundle, null);
        visitor.visitEnd();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();

        List<String> names = new ArrayList<>();
        JavaNames javaNames = new JavaNames();
        List<String> expectedColumns = new ArrayList<>();
        for (IPackageCoverage p : bundle.getPackages()) {
            for (IClassCoverage c : p.getClasses()) {
                if (c.containsCode()) {
                    names.add(c.getName().replace('/', '.'));
                    expectedColumns.add(javaNames.getPackageName(p.getName()) + ","
                            + javaNames.getClassName(
                                    c.getName(), c.getSignature(), c.getSuperName(), c.getInterfaceNames()));
                }
            }
        }
        if (names.size() != lines.size() - 1) {
            throw new IllegalStateException(names.size() + " classes with code but " + (lines.size() - 1) + " rows");
        }
        Map<String, CsvRow> rows = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            String line = lines.get(i + 1);
            String[] f = line.split(",");
            if (!(f[1] + "," + f[2]).equals(expectedColumns.get(i))) {
                throw new IllegalStateException("row " + line + " is not " + expectedColumns.get(i));
            }
            rows.put(names.get(i), new CsvRow(names.get(i), counters(f)));
        }
        return new Oracle(rows, bundle, lines);
    }

    static Map<String, CsvRow> oracleCsv(List<Path> execFiles, Path classes) throws IOException {
        return oracle(execFiles, classes).rows();
    }

    /** Parses a jacoco:report CSV without anonymous classes (names are mapped back by replacing . with $). */
    static Map<String, CsvRow> parseCsv(String csv) {
        Map<String, CsvRow> rows = new TreeMap<>();
        List<String> lines = new ArrayList<>(csv.lines().toList());
        String header = lines.remove(0);
        if (!header.startsWith("GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED")) {
            throw new IllegalStateException("unexpected CSV header " + header);
        }
        for (String line : lines) {
            String[] f = line.split(",");
            String className = f[1] + "." + f[2].replace('.', '$');
            rows.put(className, new CsvRow(className, counters(f)));
        }
        return rows;
    }

    /** The counters of one CSV row; the CLASS counter, which has no column, follows JaCoCo's rule (a method ran). */
    private static Map<CounterKind, Counter> counters(String[] f) {
        Map<CounterKind, Counter> counters = new EnumMap<>(CounterKind.class);
        counters.put(CounterKind.INSTRUCTION, counter(f[4], f[3]));
        counters.put(CounterKind.BRANCH, counter(f[6], f[5]));
        counters.put(CounterKind.LINE, counter(f[8], f[7]));
        counters.put(CounterKind.COMPLEXITY, counter(f[10], f[9]));
        counters.put(CounterKind.METHOD, counter(f[12], f[11]));
        Counter methods = counters.get(CounterKind.METHOD);
        counters.put(
                CounterKind.CLASS,
                methods.total() == 0 ? Counter.ZERO : methods.covered() > 0 ? new Counter(1, 0) : new Counter(0, 1));
        return counters;
    }

    private static Counter counter(String covered, String missed) {
        return new Counter(Long.parseLong(covered), Long.parseLong(missed));
    }

    static Coverage sum(Iterable<CsvRow> rows) {
        Coverage sum = Coverage.empty();
        for (CsvRow row : rows) {
            sum = sum.plus(new Coverage(row.counters()));
        }
        return sum;
    }
}
