package dev.readiness.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.bench.BenchmarkAnalyzer;
import dev.readiness.evidence.bench.BenchmarkEvidence;
import dev.readiness.evidence.bench.BenchmarkRequest;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Feeds arbitrary bytes to the JMH comparison as the current results, against the real baseline
 * {@code jmh/real/baseline.json}.
 *
 * <p>Accepted outcomes: a comparison, or an {@link EvidenceException} naming the results file. Anything else escapes
 * and fails the run.
 */
class BenchmarkReaderFuzzTest {
    private final BenchmarkAnalyzer analyzer = new BenchmarkAnalyzer();

    @FuzzTest(maxDuration = "60s")
    void comparesAnyResultsBytesOrRefusesThemNamingTheFile(byte[] results) throws IOException {
        Path dir = FuzzFiles.newDirectory();
        try {
            Path resultsFile = Files.write(dir.resolve("jmh-result.json"), results);
            try (InputStream baseline = BenchmarkReaderFuzzTest.class.getResourceAsStream("/jmh/real/baseline.json")) {
                Files.copy(baseline, dir.resolve("baseline.json"));
            }
            BenchmarkRequest request = new BenchmarkRequest(
                    dir, "jmh-result.json", "baseline.json", BigDecimal.TEN, List.of("gc.alloc.rate.norm"));
            try {
                BenchmarkEvidence evidence = analyzer.analyze(request);
                assertThat(evidence.available()).isTrue();
                assertThat(evidence.notRegressed()).isBetween(0L, evidence.compared());
            } catch (EvidenceException e) {
                FuzzFiles.requireNamesFile(e, resultsFile);
            }
        } finally {
            FuzzFiles.delete(dir);
        }
    }
}
