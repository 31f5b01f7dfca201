package dev.readiness.evidence.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.coverage.Fixtures.CsvRow;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.TagDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The numbers are JaCoCo's own: every counter of every class row, and the totals, equal what jacoco:report's
 * CSVFormatter writes for the same exec files and classes.
 */
class CoverageOracleTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("basic", List.of(Fixtures.BASIC_EXEC), Fixtures.BASIC_CLASSES),
                Arguments.of(
                        "split",
                        List.of(Fixtures.SPLIT.resolve("jacoco-it.exec"), Fixtures.SPLIT.resolve("jacoco-unit.exec")),
                        Fixtures.BASIC_CLASSES),
                Arguments.of("stale", List.of(Fixtures.BASIC_EXEC), Fixtures.STALE_CLASSES));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyClassRowAndTheTotalsEqualJacocoReportCsv(String name, List<Path> execFiles, Path classes)
            throws Exception {
        Map<String, CsvRow> oracle = Fixtures.oracleCsv(execFiles, classes);
        assertThat(oracle).hasSizeGreaterThan(4);

        // One tag per CSV row selecting exactly that class ("=" leaves its nested classes out): its coverage is the
        // row.
        List<TagDefinition> tags = new ArrayList<>();
        for (String className : oracle.keySet()) {
            tags.add(Fixtures.tag(className, List.of(), List.of("=" + className), List.of()));
        }
        CoverageEvidence evidence = new CoverageAnalyzer()
                .analyze(new CoverageRequest(
                        Path.of("/"), execFiles.stream().map(Path::toString).toList(), List.of(classes), tags, 2));

        assertThat(evidence.available()).isTrue();
        for (CsvRow row : oracle.values()) {
            TagCoverage tag = evidence.tags().get(row.className());
            assertThat(tag.classes()).as(row.className()).containsExactly(row.className());
            assertThat(tag.coverage().counters()).as(row.className()).isEqualTo(row.counters());
        }
        assertThat(evidence.overall()).isEqualTo(Fixtures.sum(oracle.values()));
    }

    @Test
    void totalsAndClassCountEqualTheReportJacocoMavenPluginWrote() throws EvidenceException, IOException {
        Path report = Fixtures.BASIC.resolve("report");
        String xml = Files.readString(report.resolve("jacoco.xml"), StandardCharsets.UTF_8);
        // The report-level counters are the last six <counter> elements, before </report>.
        List<String[]> counters = new ArrayList<>();
        Matcher m = Pattern.compile("<counter type=\"(\\w+)\" missed=\"(\\d+)\" covered=\"(\\d+)\"/>")
                .matcher(xml);
        while (m.find()) {
            counters.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        Map<CounterKind, Counter> totals = new EnumMap<>(CounterKind.class);
        for (String[] c : counters.subList(counters.size() - 6, counters.size())) {
            totals.put(CounterKind.valueOf(c[0]), new Counter(Long.parseLong(c[2]), Long.parseLong(c[1])));
        }
        long xmlClasses = Pattern.compile("<class name=").matcher(xml).results().count();
        long csvRows = Files.readAllLines(report.resolve("jacoco.csv"), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .count()
                - 1;

        CoverageEvidence evidence = new CoverageAnalyzer().analyze(Fixtures.basic(List.of()));

        assertThat(evidence.overall().counters()).isEqualTo(totals);
        // analyzedClasses counts the class rows of jacoco:report (classes with code), as its CSV and HTML list them
        // and as the CLASS counter counts them; jacoco.xml also has a <class> element for each of the three classes
        // without code (the interface Limits, the annotation types SafetyCritical and Reviewed).
        assertThat(evidence.analyzedClasses())
                .isEqualTo(csvRows)
                .isEqualTo(totals.get(CounterKind.CLASS).total())
                .isEqualTo(6);
        assertThat(xmlClasses).isEqualTo(9);
        // The live CSVFormatter oracle is what jacoco:report wrote for the same inputs.
        assertThat(Fixtures.parseCsv(Files.readString(report.resolve("jacoco.csv"), StandardCharsets.UTF_8)))
                .isEqualTo(Fixtures.oracleCsv(List.of(Fixtures.BASIC_EXEC), Fixtures.BASIC_CLASSES));
    }

    @Test
    void packageTagIsTheSumOfItsClassRows() throws Exception {
        Map<String, CsvRow> oracle = Fixtures.oracleCsv(List.of(Fixtures.BASIC_EXEC), Fixtures.BASIC_CLASSES);
        CoverageEvidence evidence = new CoverageAnalyzer()
                .analyze(Fixtures.basic(List.of(
                        Fixtures.tag("critical", List.of("com.acme.control.**"), List.of(), List.of()),
                        Fixtures.tag("util", List.of("com.acme.util.*"), List.of(), List.of()))));

        assertThat(evidence.tags().get("critical").coverage())
                .isEqualTo(Fixtures.sum(List.of(
                        oracle.get("com.acme.control.Controller"),
                        oracle.get("com.acme.control.Controller$Mode"),
                        oracle.get("com.acme.control.pid.PidLoop"))));
        assertThat(evidence.tags().get("critical").matchedClasses()).isEqualTo(3);
        // Limits (an interface without code) is selected by the package but has no class row: not counted.
        assertThat(evidence.tags().get("util").classes())
                .containsExactly("com.acme.util.Saturation", "com.acme.util.Untested");
        assertThat(evidence.tags().get("util").coverage())
                .isEqualTo(Fixtures.sum(
                        List.of(oracle.get("com.acme.util.Saturation"), oracle.get("com.acme.util.Untested"))));
    }
}
