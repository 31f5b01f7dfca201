package dev.readiness.evidence.coverage;

import static dev.readiness.evidence.coverage.Fixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.TagDefinition;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageAnalyzerTest {
    private final CoverageAnalyzer analyzer = new CoverageAnalyzer();

    private static final TagDefinition CRITICAL = tag("critical", List.of("com.acme.control.**"), List.of(), List.of());
    private static final TagDefinition SAFETY =
            tag("safety-critical", List.of(), List.of(), List.of("com.acme.SafetyCritical"));

    @Test
    void overallCountsEveryAnalysedClassAndListsTheWorstClassesFirst() throws EvidenceException {
        CoverageEvidence evidence = analyzer.analyze(Fixtures.basic(List.of()));

        assertThat(evidence.available()).isTrue();
        assertThat(evidence.missingReason()).isNull();
        assertThat(evidence.execFiles()).containsExactly(Fixtures.BASIC_EXEC);
        assertThat(evidence.classDirectories()).containsExactly(Fixtures.BASIC_CLASSES);
        assertThat(evidence.overall().get(CounterKind.LINE)).isEqualTo(new Counter(27, 15));
        assertThat(evidence.noMatchClasses()).isEmpty();
        assertThat(evidence.offenders())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("missedLineNumbers")
                .containsExactly(
                        new Offender("com.acme.control.Controller", null, "com/acme/control/Controller.java", 6, 9),
                        new Offender("com.acme.alarm.Alarm", null, "com/acme/alarm/Alarm.java", 4, 4),
                        new Offender("com.acme.control.pid.PidLoop", null, "com/acme/control/pid/PidLoop.java", 2, 8),
                        new Offender("com.acme.util.Untested", null, "com/acme/util/Untested.java", 2, 0),
                        new Offender("com.acme.util.Saturation", null, "com/acme/util/Saturation.java", 1, 5));
    }

    @Test
    void offendersNameTheMissedSourceLines() throws EvidenceException {
        CoverageEvidence evidence = analyzer.analyze(Fixtures.basic(List.of()));
        Offender saturation = evidence.offenders().stream()
                .filter(o -> o.className().equals("com.acme.util.Saturation"))
                .findFirst()
                .orElseThrow();
        // line 21 is describe(), which no test calls (see the fixture project's Saturation.java)
        assertThat(saturation.missedLineNumbers()).containsExactly(21);
        Offender controller = evidence.offenders().get(0);
        assertThat(controller.missedLineNumbers()).hasSize((int) controller.missedLines());
        assertThat(controller.missedLineRanges(8)).isEqualTo("12, 21, 29-32");
        assertThat(controller.missedLineRanges(2)).isEqualTo("12, 21, …");
    }

    @Test
    void methodLevelAnnotationCountsOnlyThatMethod() throws EvidenceException {
        TagCoverage safety =
                analyzer.analyze(Fixtures.basic(List.of(SAFETY))).tags().get("safety-critical");

        // Saturation.clamp only: 5 lines, 4 branches, all covered; describe (missed) does not count.
        assertThat(safety.matchedClasses()).isEqualTo(1);
        assertThat(safety.matchedMethods()).isEqualTo(1);
        assertThat(safety.coverage().get(CounterKind.LINE)).isEqualTo(new Counter(5, 0));
        assertThat(safety.coverage().get(CounterKind.BRANCH)).isEqualTo(new Counter(4, 0));
        assertThat(safety.coverage().get(CounterKind.METHOD)).isEqualTo(new Counter(1, 0));
        assertThat(safety.coverage().get(CounterKind.CLASS)).isEqualTo(new Counter(1, 0));
        assertThat(safety.offenders()).isEmpty();
        assertThat(safety.matchedNothing()).isFalse();
    }

    @Test
    void classGlobTakesTheWholeClassEvenWhenAMethodIsAnnotated() throws EvidenceException {
        TagCoverage tag = analyzer.analyze(Fixtures.basic(List.of(
                        tag("t", List.of(), List.of("com.acme.util.Saturation"), List.of("com.acme.SafetyCritical")))))
                .tags()
                .get("t");

        assertThat(tag.matchedClasses()).isEqualTo(1);
        assertThat(tag.matchedMethods()).isZero();
        assertThat(tag.coverage().get(CounterKind.LINE)).isEqualTo(new Counter(5, 1));
        assertThat(tag.offenders())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("missedLineNumbers")
                .containsExactly(new Offender("com.acme.util.Saturation", null, "com/acme/util/Saturation.java", 1, 5));
    }

    @Test
    void classSelectorIncludesNestedClassesAndListsThemUnlessWrittenWithEquals() throws EvidenceException {
        CoverageEvidence evidence = analyzer.analyze(Fixtures.basic(List.of(
                tag("with-nested", List.of(), List.of("com.acme.control.Controller"), List.of()),
                tag("exact", List.of(), List.of("=com.acme.control.Controller"), List.of()))));

        // Controller's row in jacoco.csv is LINE 9/15, its nested enum Controller$Mode's row 1/1.
        TagCoverage withNested = evidence.tags().get("with-nested");
        assertThat(withNested.classes())
                .containsExactly("com.acme.control.Controller", "com.acme.control.Controller$Mode");
        assertThat(withNested.matchedClasses()).isEqualTo(2);
        assertThat(withNested.coverage().get(CounterKind.LINE)).isEqualTo(new Counter(10, 6));
        TagCoverage exact = evidence.tags().get("exact");
        assertThat(exact.classes()).containsExactly("com.acme.control.Controller");
        assertThat(exact.coverage().get(CounterKind.LINE)).isEqualTo(new Counter(9, 6));
        assertThat(exact.coverage().get(CounterKind.CLASS)).isEqualTo(new Counter(1, 0));
    }

    @Test
    void analysedClassesAreTheClassesWithCodeLikeTheRowsOfJacocoReport() throws EvidenceException {
        CoverageEvidence evidence = analyzer.analyze(Fixtures.basic(List.of(
                tag("annotations", List.of("com.acme"), List.of(), List.of()),
                tag("util", List.of("com.acme.util"), List.of(), List.of()))));

        // 9 class files; the interface Limits and the annotation types SafetyCritical and Reviewed have no code.
        assertThat(evidence.analyzedClasses()).isEqualTo(6);
        assertThat(evidence.overall().get(CounterKind.CLASS).total()).isEqualTo(6);
        assertThat(evidence.tags().get("annotations").matchedNothing()).isTrue();
        assertThat(evidence.tags().get("util").classes())
                .containsExactly("com.acme.util.Saturation", "com.acme.util.Untested");
    }

    @Test
    void excludedMethodAnnotationLeavesTheOtherMethodsWithMethodOffenders() throws EvidenceException {
        TagCoverage tag = analyzer.analyze(Fixtures.basic(List.of(new TagDefinition(
                        "t",
                        List.of(),
                        List.of("com.acme.util.*"),
                        List.of(),
                        List.of(),
                        List.of("com.acme.util.Untested"),
                        List.of("com.acme.SafetyCritical")))))
                .tags()
                .get("t");

        // Saturation without clamp = describe; Limits (no code) selected but not counted; Untested excluded.
        assertThat(tag.classes()).containsExactly("com.acme.util.Saturation");
        assertThat(tag.matchedMethods()).isEqualTo(1);
        assertThat(tag.coverage().get(CounterKind.LINE)).isEqualTo(new Counter(0, 1));
        assertThat(tag.coverage().get(CounterKind.METHOD)).isEqualTo(new Counter(0, 1));
        assertThat(tag.coverage().get(CounterKind.CLASS)).isEqualTo(new Counter(0, 1));
        assertThat(tag.offenders())
                .usingRecursiveFieldByFieldElementComparatorIgnoringFields("missedLineNumbers")
                .containsExactly(new Offender(
                        "com.acme.util.Saturation", "describe(double, double)", "com/acme/util/Saturation.java", 1, 0));
    }

    @Test
    void packageInfoAnnotationSelectsEveryClassOfThePackage() throws EvidenceException {
        TagCoverage reviewed = analyzer.analyze(
                        Fixtures.basic(List.of(tag("reviewed", List.of(), List.of(), List.of("com.acme.Reviewed")))))
                .tags()
                .get("reviewed");

        assertThat(reviewed.matchedClasses()).isEqualTo(1);
        assertThat(reviewed.coverage().get(CounterKind.LINE)).isEqualTo(new Counter(4, 4));
        assertThat(reviewed.offenders()).extracting(Offender::className).containsExactly("com.acme.alarm.Alarm");
    }

    @Test
    void singlePackageGlobDoesNotTakeSubPackages() throws EvidenceException {
        CoverageEvidence evidence = analyzer.analyze(Fixtures.basic(
                List.of(CRITICAL, tag("control-only", List.of("com.acme.control.*"), List.of(), List.of()))));

        assertThat(evidence.tags().get("critical").matchedClasses()).isEqualTo(3);
        assertThat(evidence.tags().get("control-only").matchedClasses()).isEqualTo(2);
        assertThat(evidence.tags().get("control-only").coverage().get(CounterKind.LINE))
                .isEqualTo(new Counter(10, 6));
    }

    @Test
    void tagMatchingNothingIsReportedAsSuchAndUnconfiguredTagsAreLeftOut() throws EvidenceException {
        CoverageEvidence evidence = analyzer.analyze(Fixtures.basic(List.of(
                tag("ghost", List.of("com.nowhere.**"), List.of(), List.of("com.acme.Missing")),
                tag("unconfigured", List.of(), List.of(), List.of()))));

        assertThat(evidence.tags()).containsOnlyKeys("ghost");
        TagCoverage ghost = evidence.tags().get("ghost");
        assertThat(ghost.matchedNothing()).isTrue();
        assertThat(ghost.coverage()).isEqualTo(Coverage.empty());
        assertThat(ghost.offenders()).isEmpty();
    }

    @Test
    void tagsAreSortedByName() throws EvidenceException {
        CoverageEvidence evidence = analyzer.analyze(Fixtures.basic(List.of(SAFETY, CRITICAL)));

        assertThat(evidence.tags().keySet()).containsExactly("critical", "safety-critical");
    }

    @Test
    void staleClassIsReportedAsNoMatchAndCountedAsMissed() throws EvidenceException {
        CoverageEvidence evidence = analyzer.analyze(Fixtures.request(
                Fixtures.ROOT,
                List.of("basic/jacoco.exec"),
                List.of(Path.of("stale/classes")),
                List.of(tag("alarm", List.of("com.acme.alarm.*"), List.of(), List.of()))));

        assertThat(evidence.noMatchClasses()).containsExactly("com.acme.alarm.Alarm");
        Counter alarmLines = evidence.tags().get("alarm").coverage().get(CounterKind.LINE);
        assertThat(alarmLines.covered()).isZero();
        assertThat(alarmLines.missed()).isGreaterThan(4);
        assertThat(evidence.analyzedClasses()).isEqualTo(6);
    }

    @Test
    void globMatchingTwoExecFilesMergesThem() throws EvidenceException {
        CoverageEvidence merged = analyzer.analyze(Fixtures.request(
                Fixtures.ROOT,
                List.of("split/jacoco*.exec"),
                List.of(Path.of("basic/classes")),
                List.of(CRITICAL, SAFETY)));
        CoverageEvidence single = analyzer.analyze(Fixtures.basic(List.of(CRITICAL, SAFETY)));

        assertThat(merged.execFiles())
                .containsExactly(Fixtures.SPLIT.resolve("jacoco-it.exec"), Fixtures.SPLIT.resolve("jacoco-unit.exec"));
        assertThat(merged.overall()).isEqualTo(single.overall());
        assertThat(merged.tags()).isEqualTo(single.tags());
        assertThat(merged.offenders()).isEqualTo(single.offenders());
    }

    @Test
    void oneExecFileOfTheSplitCoversLess() throws EvidenceException {
        CoverageEvidence unitOnly = analyzer.analyze(Fixtures.request(
                Fixtures.ROOT, List.of("split/jacoco-unit.exec"), List.of(Path.of("basic/classes")), List.of(SAFETY)));

        // ControllerTest alone never calls Saturation.clamp.
        assertThat(unitOnly.tags().get("safety-critical").coverage().get(CounterKind.LINE))
                .isEqualTo(new Counter(0, 5));
        assertThat(unitOnly.tags().get("safety-critical").offenders())
                .containsExactly(new Offender(
                        "com.acme.util.Saturation",
                        "clamp(double, double, double)",
                        "com/acme/util/Saturation.java",
                        5,
                        0,
                        List.of(11, 12, 14, 15, 17))); // every line of clamp's body
    }

    @Test
    void parallelAnalysisGivesTheSameRecordAsSequential() throws EvidenceException {
        List<TagDefinition> tags = List.of(
                CRITICAL,
                SAFETY,
                tag("reviewed", List.of(), List.of(), List.of("com.acme.Reviewed")),
                tag("all", List.of("**"), List.of(), List.of()));
        CoverageRequest sequential =
                new CoverageRequest(Fixtures.BASIC, List.of("jacoco.exec"), List.of(Path.of("classes")), tags, 1);
        CoverageRequest parallel =
                new CoverageRequest(Fixtures.BASIC, List.of("jacoco.exec"), List.of(Path.of("classes")), tags, 4);

        CoverageEvidence expected = analyzer.analyze(sequential);
        for (int run = 0; run < 5; run++) {
            assertThat(analyzer.analyze(parallel)).isEqualTo(expected);
        }
        assertThat(expected.tags().get("all").coverage()).isEqualTo(expected.overall());
    }

    @Test
    void classDirectoryListedTwiceCountsEachClassOnce() throws EvidenceException {
        CoverageEvidence twice = analyzer.analyze(Fixtures.request(
                Fixtures.BASIC,
                List.of("jacoco.exec"),
                List.of(Path.of("classes"), Fixtures.BASIC_CLASSES, Path.of("classes/com/acme/util/Saturation.class")),
                List.of()));

        assertThat(twice.analyzedClasses()).isEqualTo(6);
        assertThat(twice.overall())
                .isEqualTo(analyzer.analyze(Fixtures.basic(List.of())).overall());
    }
}
