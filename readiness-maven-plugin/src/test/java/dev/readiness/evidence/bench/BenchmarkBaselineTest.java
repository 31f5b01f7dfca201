package dev.readiness.evidence.bench;

import static dev.readiness.evidence.bench.Jmh.writeRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkBaselineTest {
    @TempDir
    Path dir;

    @Test
    void copiesTheResultsCreatingParentDirectories() throws Exception {
        Path baseline = dir.resolve("src/test/jmh/baseline.json");

        BenchmarkBaseline.write(Jmh.REAL.resolve("baseline.json"), baseline);

        assertThat(baseline).hasSameBinaryContentAs(Jmh.REAL.resolve("baseline.json"));
        assertThat(leftovers(baseline.getParent())).isEmpty();
    }

    @Test
    void replacesAnExistingBaselineSoTheNextComparisonIsClean() throws Exception {
        Path current = Jmh.REAL.resolve("current.json");
        Path baseline = dir.resolve("baseline.json");
        BenchmarkBaseline.write(Jmh.REAL.resolve("baseline.json"), baseline);

        BenchmarkBaseline.write(current, baseline);

        assertThat(baseline).hasSameBinaryContentAs(current);
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
        assertThat(baseline).hasSameBinaryContentAs(Jmh.REAL.resolve("baseline.json"));
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
