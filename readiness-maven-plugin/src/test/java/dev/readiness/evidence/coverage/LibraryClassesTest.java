package dev.readiness.evidence.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.coverage.Fixtures.CsvRow;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.TagDefinition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.IPackageCoverage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classes of a real library (org.jacoco.core itself: hundreds of classes, nested and anonymous classes, lambdas,
 * enums) with agent-shaped synthetic execution data: equal to jacoco:report row by row, and independent of the
 * thread count.
 */
class LibraryClassesTest {
    @TempDir
    static Path dir;

    private static Path classes;
    private static final CoverageAnalyzer ANALYZER = new CoverageAnalyzer();

    @BeforeAll
    static void extractLibraryAndRecordData() throws Exception {
        Path jar = Path.of(Analyzer.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        classes = dir.resolve("classes");
        assertThat(SyntheticExec.extract(jar, classes)).isGreaterThan(150);
        SyntheticExec.write(classes, dir.resolve("jacoco.exec"), 7L);
    }

    private static CoverageRequest request(List<TagDefinition> tags, int threads) {
        return new CoverageRequest(dir, List.of("jacoco.exec"), List.of(classes), tags, threads);
    }

    @Test
    void everyClassRowEqualsJacocoReportCsv() throws Exception {
        Map<String, CsvRow> oracle = Fixtures.oracleCsv(List.of(dir.resolve("jacoco.exec")), classes);
        List<TagDefinition> tags = new ArrayList<>();
        for (String className : oracle.keySet()) {
            tags.add(new TagDefinition(
                    className,
                    List.of(),
                    List.of(className),
                    List.of(),
                    List.of(),
                    List.of(className + "$**"),
                    List.of()));
        }

        CoverageEvidence evidence = ANALYZER.analyze(request(tags, 2));

        assertThat(evidence.noMatchClasses()).isEmpty();
        assertThat(evidence.overall().get(CounterKind.LINE).covered()).isPositive();
        assertThat(evidence.overall().get(CounterKind.LINE).missed()).isPositive();
        for (CsvRow row : oracle.values()) {
            assertThat(evidence.tags().get(row.className()).coverage().counters())
                    .as(row.className())
                    .isEqualTo(row.counters());
        }
        for (CounterKind kind : List.of(
                CounterKind.INSTRUCTION,
                CounterKind.BRANCH,
                CounterKind.COMPLEXITY,
                CounterKind.METHOD,
                CounterKind.CLASS)) {
            assertThat(evidence.overall().get(kind))
                    .isEqualTo(Fixtures.sum(oracle.values()).get(kind));
        }
    }

    @Test
    void packageTagsEqualJacocoPackageTotalsWhereLinesSharedByClassesCountOnce() throws Exception {
        Fixtures.Oracle oracle = Fixtures.oracle(List.of(dir.resolve("jacoco.exec")), classes);
        List<TagDefinition> tags = new ArrayList<>();
        for (IPackageCoverage p : oracle.bundle().getPackages()) {
            tags.add(TagDefinition.of(p.getName(), List.of(p.getName().replace('/', '.')), List.of(), List.of()));
        }

        CoverageEvidence evidence = ANALYZER.analyze(request(tags, 2));

        assertThat(oracle.bundle().getPackages()).hasSizeGreaterThan(5);
        for (IPackageCoverage p : oracle.bundle().getPackages()) {
            assertThat(evidence.tags().get(p.getName()).coverage())
                    .as(p.getName())
                    .isEqualTo(CoverageAnalyzer.coverageOf(p));
        }
        assertThat(evidence.overall()).isEqualTo(CoverageAnalyzer.coverageOf(oracle.bundle()));
        // This library has lines shared between a class and its anonymous classes: a plain sum of the class rows
        // would count them twice.
        assertThat(Fixtures.sum(oracle.rows().values()).get(CounterKind.LINE))
                .isNotEqualTo(evidence.overall().get(CounterKind.LINE));
    }

    @Test
    void parallelAnalysisEqualsSequentialOnHundredsOfClasses() throws Exception {
        List<TagDefinition> tags = List.of(
                TagDefinition.of("analysis", List.of("org.jacoco.core.analysis.*"), List.of(), List.of()),
                TagDefinition.of("internal", List.of("org.jacoco.core.internal.**"), List.of(), List.of()),
                TagDefinition.of("visitors", List.of(), List.of("**Visitor"), List.of()),
                TagDefinition.of("everything", List.of("**"), List.of(), List.of()));

        CoverageEvidence sequential = ANALYZER.analyze(request(tags, 1));

        assertThat(ANALYZER.analyze(request(tags, 2))).isEqualTo(sequential);
        assertThat(ANALYZER.analyze(request(tags, 8))).isEqualTo(sequential);
        assertThat(sequential.tags().get("everything").coverage()).isEqualTo(sequential.overall());
        assertThat(sequential.offenders()).hasSize(CoverageAnalyzer.MAX_OFFENDERS);
        assertThat(sequential.offenders())
                .isSortedAccordingTo((a, b) -> Long.compare(b.missedLines(), a.missedLines()));
    }
}
