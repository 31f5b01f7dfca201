package dev.readiness.evidence.bench;

import static dev.readiness.evidence.bench.Jmh.writeRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkBaselineTest {
    @TempDir
    Path dir;

    @Test
    void copiesTheResultsCreatingParentDirectories() throws Exception {
        Path baseline = dir.resolve("src/test/jmh/baseline.json");

        BenchmarkBaseline.write(
                Jmh.REAL.resolve("baseline.json"),
                baseline,
                Map.of("cpu", "Test CPU @ 1 GHz", "cores", "3", "os", "X"));

        assertThat(sameBenchmarks(baseline, Jmh.REAL.resolve("baseline.json"))).isTrue();
        // the machine is recorded in every benchmark, beside what JMH wrote
        assertThat(BenchmarkEnvironment.read(baseline, null).properties())
                .containsEntry("cpu", "Test CPU @ 1 GHz")
                .containsEntry("cores", "3")
                .containsEntry("os", "X")
                .containsEntry("jmhVersion", "1.37");
        assertThat(Files.readString(baseline).split("\"machine\"", -1))
                .hasSize(new JmhResultReader(baseline, List.of()).read().size() + 1);
        assertThat(leftovers(baseline.getParent())).isEmpty();
    }

    @Test
    void aBaselineRecordedOnAnotherMachineIsNotComparable() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        BenchmarkBaseline.write(
                Jmh.REAL.resolve("baseline.json"), baseline, Map.of("cpu", "Big Iron", "cores", "64", "os", "X"));

        BenchmarkEvidence here = new BenchmarkAnalyzer()
                .analyze(new BenchmarkRequest(
                        dir,
                        Jmh.REAL.resolve("baseline.json").toString(),
                        "baseline.json",
                        null,
                        List.of(),
                        Map.of("cpu", "Laptop", "cores", "4", "os", "X")));
        BenchmarkEvidence there = new BenchmarkAnalyzer()
                .analyze(new BenchmarkRequest(
                        dir,
                        Jmh.REAL.resolve("baseline.json").toString(),
                        "baseline.json",
                        null,
                        List.of(),
                        Map.of("cpu", "Big Iron", "cores", "64", "os", "X")));

        assertThat(here.environmentDifferences())
                .containsExactly("cores: baseline '64', now '4'", "cpu: baseline 'Big Iron', now 'Laptop'");
        assertThat(there.environmentDifferences()).isEmpty();
    }

    @Test
    void aBaselineWithoutARecordedMachineIsNotComparable() throws Exception {
        BenchmarkEvidence e = new BenchmarkAnalyzer()
                .analyze(new BenchmarkRequest(
                        Jmh.REAL,
                        "baseline.json",
                        "baseline.json",
                        null,
                        List.of(),
                        Map.of("cpu", "Laptop", "cores", "4", "os", "X")));

        assertThat(e.environmentDifferences())
                .containsExactly("the baseline does not record the machine it was measured on (CPU, cores, OS)");
    }

    private static boolean sameBenchmarks(Path a, Path b) throws Exception {
        return new JmhResultReader(a, List.of()).read().equals(new JmhResultReader(b, List.of()).read());
    }

    @Test
    void replacesAnExistingBaselineSoTheNextComparisonIsClean() throws Exception {
        Path current = Jmh.REAL.resolve("current.json");
        Path baseline = dir.resolve("baseline.json");
        BenchmarkBaseline.write(Jmh.REAL.resolve("baseline.json"), baseline);

        BenchmarkBaseline.write(current, baseline);

        assertThat(sameBenchmarks(baseline, current)).isTrue();
        BenchmarkEvidence evidence = new BenchmarkAnalyzer()
                .analyze(new BenchmarkRequest(dir, current.toString(), "baseline.json", null, List.of()));
        assertThat(evidence.notRegressed()).isEqualTo(evidence.compared()).isEqualTo(6);
    }

    @Test
    void malformedResultsAreRejectedAndTheOldBaselineIsKept() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        BenchmarkBaseline.write(Jmh.REAL.resolve("baseline.json"), baseline);
        Path broken = writeRaw(dir, "broken.json", "[ { \"benchmark\" : ");

        assertThatThrownBy(() -> BenchmarkBaseline.write(broken, baseline))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining("Malformed");
        assertThat(sameBenchmarks(baseline, Jmh.REAL.resolve("baseline.json"))).isTrue();
        assertThat(BenchmarkEnvironment.read(baseline, null).properties()).containsKey("cores");
        assertThat(leftovers(dir)).isEmpty();
    }

    @Test
    void resultsWithoutBenchmarksAreRejected() throws Exception {
        Path empty = writeRaw(dir, "empty.json", "[\n]\n");
        Path baseline = dir.resolve("out/baseline.json");

        assertThatThrownBy(() -> BenchmarkBaseline.write(empty, baseline))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("contains no benchmark");
        assertThat(baseline).doesNotExist();
    }

    @Test
    void missingResultsSayHowToProduceThem() {
        Path results = dir.resolve("target/jmh-result.json");

        assertThatThrownBy(() -> BenchmarkBaseline.write(results, dir.resolve("baseline.json")))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(results.toString())
                .hasMessageContaining("-rf json -rff target/jmh-result.json");
    }

    @Test
    void aDirectoryAsTheBaselineIsRejected() {
        assertThatThrownBy(() -> BenchmarkBaseline.write(Jmh.REAL.resolve("baseline.json"), dir))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("must name a file");
    }

    private static List<Path> leftovers(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp"))
                    .toList();
        }
    }
}
