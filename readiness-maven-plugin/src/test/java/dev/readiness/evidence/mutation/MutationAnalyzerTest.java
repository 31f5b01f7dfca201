package dev.readiness.evidence.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.StaleEvidence;
import dev.readiness.policy.TagDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the report, this build's rule, de-duplication and tags, on PIT 1.30.2's reports of the IT sample. */
class MutationAnalyzerTest {
    private static final Path PIT = Path.of("src/test/resources/pit").toAbsolutePath();
    private static final Path CLASSES = PIT.resolve("sample/classes");
    private static final TagDefinition SAFETY =
            TagDefinition.of("safety-critical", List.of(), List.of(), List.of("com.acme.SafetyCritical"));
    private static final TagDefinition CRITICAL =
            TagDefinition.of("critical", List.of("com.acme.control.**"), List.of(), List.of());
    private static final EvidenceWindow NEWEST_RUN = EvidenceWindow.newestRun(StaleEvidence.EXCLUDE);

    private final MutationAnalyzer analyzer = new MutationAnalyzer();

    @TempDir
    Path tmp;

    private MutationEvidence analyze(List<String> locations, EvidenceWindow window) throws EvidenceException {
        return analyzer.analyze(
                new MutationRequest(PIT, locations, List.of(CLASSES), List.of(SAFETY, CRITICAL), window));
    }

    @Test
    void readsTheReportOfAPitReportsDirectory() throws Exception {
        MutationEvidence ev = analyze(List.of("sample"), NEWEST_RUN);

        assertThat(ev.available()).isTrue();
        assertThat(ev.reports()).containsExactly(PIT.resolve("sample/mutations.xml"));
        assertThat(ev.mutants()).hasSize(117);
        assertThat(MutationEvidence.count(ev.mutants()).detected()).isEqualTo(97);
    }

    @Test
    void aMethodAnnotationSelectsOnlyThatMethodsMutants() throws Exception {
        MutationEvidence ev = analyze(List.of("sample"), NEWEST_RUN);

        List<Mutant> safety = ev.tags().get("safety-critical");
        assertThat(safety).hasSize(7).allMatch(m -> m.mutatedMethod().equals("clamp"));
        assertThat(MutationEvidence.survivors(safety))
                .extracting(Mutant::display)
                .containsExactly("Saturation.java:27 — ConditionalsBoundary: changed conditional boundary (survived)");
    }

    @Test
    void aPackageGlobSelectsTheMutantsOfItsClasses() throws Exception {
        MutationEvidence ev = analyze(List.of("sample"), NEWEST_RUN);

        MutationEvidence.Counts critical = MutationEvidence.count(ev.tags().get("critical"));
        assertThat(critical.total()).isEqualTo(46);
        assertThat(critical.detected()).isEqualTo(44);
    }

    @Test
    void survivorsAreListedWorstClassFirst() throws Exception {
        MutationEvidence ev = analyze(List.of("sample"), NEWEST_RUN);

        assertThat(MutationEvidence.survivors(ev.mutants()))
                .hasSize(15)
                .first()
                .extracting(Mutant::mutatedClass)
                .isEqualTo("com.acme.util.Saturation");
        assertThat(MutationEvidence.uncovered(ev.mutants()))
                .hasSize(5)
                .first()
                .extracting(Mutant::mutatedClass)
                .isEqualTo("com.acme.filter.RateLimiter");
    }

    @Test
    void takesTheNewestTimestampedFolderAndSaysWhichOne() throws Exception {
        Path reports = tmp.resolve("pit-reports");
        Path older = copy(PIT.resolve("sample/mutations.xml"), reports.resolve("202611290000/mutations.xml"));
        Path plain = copy(PIT.resolve("sample/mutations.xml"), reports.resolve("mutations.xml"));
        Path newest = copy(
                PIT.resolve("matrix/pit-reports/202611300629/mutations.xml"),
                reports.resolve("202611300629/mutations.xml"));
        Files.setLastModifiedTime(older, FileTime.from(Instant.parse("2026-11-29T00:00:00Z")));
        Files.setLastModifiedTime(plain, FileTime.from(Instant.parse("2026-11-28T00:00:00Z")));
        Files.setLastModifiedTime(newest, FileTime.from(Instant.parse("2026-11-30T06:29:00Z")));

        MutationEvidence ev = analyze(List.of(reports.toString()), NEWEST_RUN);

        assertThat(ev.reports()).containsExactly(newest);
        assertThat(ev.mutants()).hasSize(20);
        assertThat(ev.notes())
                .anySatisfy(n -> assertThat(n).contains("PIT report " + newest + " used, the newest of 3"));
    }

    @Test
    void countsAMutantReportedByTwoModulesOnce() throws Exception {
        Path a = copy(PIT.resolve("sample/mutations.xml"), tmp.resolve("a/target/pit-reports/mutations.xml"));
        Path b = copy(PIT.resolve("statuses/mutations.xml"), tmp.resolve("b/target/pit-reports/mutations.xml"));
        Path again = copy(PIT.resolve("sample/mutations.xml"), tmp.resolve("c/target/pit-reports/mutations.xml"));

        MutationEvidence ev = analyze(List.of(a.toString(), b.toString(), again.toString()), NEWEST_RUN);

        // 117 + 27 reported; the statuses run mutated Saturation again (same identities: 13 of its 27) and c is a copy
        List<Mutant> first = new MutationReportReader().read(a);
        long sharedWithStatuses = new MutationReportReader()
                .read(b).stream()
                        .filter(m -> first.stream().anyMatch(x -> x.identity().equals(m.identity())))
                        .count();
        assertThat(ev.duplicates()).isEqualTo(117 + sharedWithStatuses);
        assertThat(ev.mutants()).hasSize((int) (117 + 27 - sharedWithStatuses));
    }

    @Test
    void noReportIsMissingNamingWhereItWasLookedFor() throws Exception {
        MutationEvidence ev = analyze(List.of(tmp.resolve("target/pit-reports").toString()), NEWEST_RUN);

        assertThat(ev.available()).isFalse();
        assertThat(ev.missingReason())
                .contains("no PIT report (mutations.xml) in " + tmp.resolve("target/pit-reports"));
    }

    @Test
    void aReportFromBeforeThisBuildIsNotCountedByDefault() throws Exception {
        Path r = copy(PIT.resolve("sample/mutations.xml"), tmp.resolve("pit-reports/mutations.xml"));
        Files.setLastModifiedTime(r, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));
        EvidenceWindow build = EvidenceWindow.sameBuild(Instant.parse("2026-11-30T00:00:00Z"), StaleEvidence.EXCLUDE);

        MutationEvidence ev = analyze(List.of(r.getParent().toString()), build);

        assertThat(ev.available()).isFalse();
        assertThat(ev.missingReason())
                .contains("was last written 2026-11-01T00:00:00Z, before this build started (2026-11-30T00:00:00Z)")
                .contains("readiness.staleEvidence=exclude");
    }

    @Test
    void aStaleReportFailsTheBuildWhenThePolicySaysSo() throws Exception {
        Path r = copy(PIT.resolve("sample/mutations.xml"), tmp.resolve("pit-reports/mutations.xml"));
        Files.setLastModifiedTime(r, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));
        EvidenceWindow build = EvidenceWindow.sameBuild(Instant.parse("2026-11-30T00:00:00Z"), StaleEvidence.FAIL);

        assertThatThrownBy(() -> analyze(List.of(r.toString()), build))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("readiness.staleEvidence=fail")
                .hasMessageContaining(r.toString());
    }

    @Test
    void aStaleReportIsCountedWithAWarningUnderWarn() throws Exception {
        Path r = copy(PIT.resolve("sample/mutations.xml"), tmp.resolve("pit-reports/mutations.xml"));
        Files.setLastModifiedTime(r, FileTime.from(Instant.parse("2026-11-01T00:00:00Z")));
        EvidenceWindow build = EvidenceWindow.sameBuild(Instant.parse("2026-11-30T00:00:00Z"), StaleEvidence.WARN);

        MutationEvidence ev = analyze(List.of(r.toString()), build);

        assertThat(ev.mutants()).hasSize(117);
        assertThat(ev.notes()).anySatisfy(n -> assertThat(n).contains("COUNTED anyway"));
    }

    @Test
    void aReportOlderThanItsClassFilesIsNamedWithBothTimestamps() throws Exception {
        Path r = copy(PIT.resolve("sample/mutations.xml"), tmp.resolve("pit-reports/mutations.xml"));
        Path classes = tmp.resolve("classes/com/acme/util");
        Files.createDirectories(classes);
        Path saturation =
                Files.copy(CLASSES.resolve("com/acme/util/Saturation.class"), classes.resolve("Saturation.class"));
        Files.setLastModifiedTime(r, FileTime.from(Instant.parse("2026-11-29T10:00:00Z")));
        Files.setLastModifiedTime(saturation, FileTime.from(Instant.parse("2026-11-29T11:00:00Z")));

        MutationEvidence ev = analyzer.analyze(new MutationRequest(
                PIT, List.of(r.toString()), List.of(tmp.resolve("classes")), List.of(), NEWEST_RUN));

        assertThat(ev.mutants()).hasSize(117);
        assertThat(ev.notes())
                .anySatisfy(n -> assertThat(n)
                        .contains("(written 2026-11-29T10:00:00Z) is older than the class file " + saturation)
                        .contains("(compiled 2026-11-29T11:00:00Z)"));
    }

    @Test
    void missingClassFilesAreNamedWhenAnAnnotationSelectorNeedsThem() throws Exception {
        MutationEvidence ev = analyzer.analyze(new MutationRequest(
                PIT, List.of("sample"), List.of(tmp.resolve("nowhere")), List.of(SAFETY), NEWEST_RUN));

        assertThat(ev.tags().get("safety-critical")).isEmpty();
        assertThat(ev.notes()).anySatisfy(n -> assertThat(n).contains("annotation selectors cannot select"));
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to.getParent());
        return Files.copy(from, to);
    }
}
