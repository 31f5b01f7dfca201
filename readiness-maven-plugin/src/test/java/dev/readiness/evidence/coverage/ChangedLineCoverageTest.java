package dev.readiness.evidence.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.StaleEvidence;
import dev.readiness.evidence.change.ChangedLines;
import dev.readiness.evidence.coverage.ChangedCoverage.ChangedFile;
import dev.readiness.policy.TagDefinition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Changed lines mapped through JaCoCo's line table, on the real fixtures of {@code src/test/resources/jacoco} (see its
 * README: {@code basic/} is the agent's exec file and classes of {@code fixture-project/}, {@code basic/report/} is
 * what {@code jacoco:report} wrote for them). The oracle for every line is {@code jacoco.xml}'s
 * {@code <line nr mi ci mb cb>}: the same table diff-cover reads.
 */
class ChangedLineCoverageTest {
    private static final Path PROJECT = Fixtures.ROOT.resolve("fixture-project");
    private static final Path SOURCES = PROJECT.resolve("src/main/java");
    private static final TagDefinition SAFETY =
            TagDefinition.of("safety-critical", List.of(), List.of(), List.of("com.acme.SafetyCritical"));

    private static ChangedCoverage analyze(ChangedLines changes, List<TagDefinition> tags) throws Exception {
        CoverageEvidence evidence = new CoverageAnalyzer()
                .analyze(new CoverageRequest(
                        Fixtures.BASIC,
                        List.of("jacoco.exec"),
                        List.of(Path.of("classes")),
                        tags,
                        1,
                        EvidenceWindow.newestRun(StaleEvidence.EXCLUDE),
                        changes,
                        List.of(SOURCES)));
        return evidence.changed();
    }

    private static ChangedLines change(Map<String, SortedSet<Integer>> files) {
        return new ChangedLines("test", PROJECT, files, List.of(), null);
    }

    private static SortedSet<Integer> lines(int from, int to) {
        return new TreeSet<>(IntStream.rangeClosed(from, to).boxed().toList());
    }

    /** Every line of every main source file changed: the counts are jacoco.xml's, line by line. */
    @Test
    void everyChangedLineHasTheStatusOfJacocoXml() throws Exception {
        Map<String, SortedSet<Integer>> all = new TreeMap<>();
        try (var files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                all.put(
                        PROJECT.relativize(f).toString().replace('\\', '/'),
                        lines(1, Files.readAllLines(f).size()));
            }
        }
        ChangedCoverage changed = analyze(change(all), List.of());

        Map<String, long[]> xml = jacocoXmlLines(); // file name -> {covered lines, missed lines, cb, mb}
        long covered = xml.values().stream().mapToLong(v -> v[0]).sum();
        long missed = xml.values().stream().mapToLong(v -> v[1]).sum();
        assertThat(changed.all().lines()).isEqualTo(new Counter(covered, missed));
        assertThat(changed.all().branches())
                .isEqualTo(new Counter(
                        xml.values().stream().mapToLong(v -> v[2]).sum(),
                        xml.values().stream().mapToLong(v -> v[3]).sum()));
        for (ChangedFile f : changed.all().files()) {
            long[] expected = xml.get(f.fileName());
            if (expected == null) {
                assertThat(f.covered()).as(f.path()).isEmpty(); // no line with code (annotation types, package-info)
                assertThat(f.missed()).as(f.path()).isEmpty();
                continue;
            }
            assertThat(new long[] {f.covered().size(), f.missed().size(), f.coveredBranches(), f.missedBranches()})
                    .as(f.path())
                    .containsExactly(expected);
        }
        assertThat(changed.outsideSourceRoots()).isEmpty();
    }

    @Test
    void linesWithoutCodeAreListedApartAndTheTagCountsOnlyItsMethod() throws Exception {
        // Saturation.java: 10 is clamp's signature, 11-17 its body (13 and 16 are closing braces), 21 describe's body
        ChangedCoverage changed =
                analyze(change(Map.of("src/main/java/com/acme/util/Saturation.java", lines(10, 21))), List.of(SAFETY));

        ChangedFile all = changed.all().files().get(0);
        assertThat(all.covered()).containsExactly(11, 12, 14, 15, 17);
        assertThat(all.missed()).containsExactly(21);
        assertThat(all.noCode()).containsExactly(10, 13, 16, 18, 19, 20);
        assertThat(all.missedRanges()).isEqualTo("21");

        ChangedCoverage.ChangedScope tag = changed.scope("safety-critical");
        assertThat(tag.lines()).isEqualTo(new Counter(5, 0));
        assertThat(tag.branches()).isEqualTo(new Counter(4, 0));
        assertThat(tag.files().get(0).noCode()).containsExactly(13, 16); // inside clamp, without code
    }

    @Test
    void filesOutsideTheSourceRootsAndWithoutClassesAreNamed() throws Exception {
        ChangedCoverage changed = analyze(
                change(Map.of(
                        "pom.xml", lines(1, 3),
                        "src/test/java/com/acme/util/SaturationTest.java", lines(1, 9),
                        "src/main/java/com/acme/util/Gone.java", lines(1, 2),
                        "src/main/java/com/acme/control/Controller.java", new TreeSet<>(List.of(12, 29, 30, 31)))),
                List.of());

        assertThat(changed.outsideSourceRoots())
                .containsExactly("pom.xml", "src/test/java/com/acme/util/SaturationTest.java");
        assertThat(changed.withoutClasses()).containsExactly("src/main/java/com/acme/util/Gone.java");
        assertThat(changed.changedFiles()).isEqualTo(4);
        assertThat(changed.all().files())
                .singleElement()
                .satisfies(f -> assertThat(f.missedRanges()).isEqualTo("12, 29-31"));
    }

    @Test
    void theWorstFileComesFirst() throws Exception {
        ChangedCoverage changed = analyze(
                change(Map.of(
                        "src/main/java/com/acme/util/Saturation.java", lines(21, 21),
                        "src/main/java/com/acme/control/Controller.java", lines(29, 32))),
                List.of());
        assertThat(changed.all().files())
                .extracting(ChangedFile::fileName)
                .containsExactly("Controller.java", "Saturation.java");
    }

    @Test
    void anUnreadableChangeIsMissingWithItsReason() throws Exception {
        ChangedCoverage changed = analyze(ChangedLines.missing("base ref origin/main", PROJECT, "fetch it"), List.of());
        assertThat(changed.available()).isFalse();
        assertThat(changed.missingReason()).isEqualTo("fetch it");
    }

    @Test
    void rangesJoinConsecutiveLines() {
        assertThat(ChangedCoverage.ranges(List.of(12, 13, 14, 20))).isEqualTo("12-14, 20");
        assertThat(ChangedCoverage.ranges(List.of())).isEmpty();
        assertThat(ChangedCoverage.ranges(List.of(1, 3, 4))).isEqualTo("1, 3-4");
    }

    /** Per source file of {@code basic/report/jacoco.xml}: covered lines, missed lines, covered and missed branches. */
    private static Map<String, long[]> jacocoXmlLines() throws Exception {
        String xml = Files.readString(Fixtures.BASIC.resolve("report/jacoco.xml"));
        Map<String, long[]> out = new TreeMap<>();
        Matcher file = Pattern.compile("<sourcefile name=\"([^\"]+)\">(.*?)</sourcefile>", Pattern.DOTALL)
                .matcher(xml);
        Pattern line = Pattern.compile("<line nr=\"\\d+\" mi=\"(\\d+)\" ci=\"(\\d+)\" mb=\"(\\d+)\" cb=\"(\\d+)\"/>");
        while (file.find()) {
            long[] sum = new long[4];
            Matcher l = line.matcher(file.group(2));
            while (l.find()) {
                sum[Long.parseLong(l.group(2)) > 0 ? 0 : 1]++;
                sum[2] += Long.parseLong(l.group(4));
                sum[3] += Long.parseLong(l.group(3));
            }
            out.put(file.group(1), sum);
        }
        return out;
    }
}
