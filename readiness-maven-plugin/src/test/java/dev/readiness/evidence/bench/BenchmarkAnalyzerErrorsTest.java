package dev.readiness.evidence.bench;

import static dev.readiness.evidence.bench.Jmh.entry;
import static dev.readiness.evidence.bench.Jmh.write;
import static dev.readiness.evidence.bench.Jmh.writeRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missing, broken and hostile inputs. */
class BenchmarkAnalyzerErrorsTest {
    private static final String OK = entry("a.B.m", "avgt", "1", "\"NaN\"", "ns/op");

    @TempDir
    Path dir;

    private final BenchmarkAnalyzer analyzer = new BenchmarkAnalyzer();

    private BenchmarkEvidence analyze() throws EvidenceException {
        return analyzer.analyze(new BenchmarkRequest(dir, "current.json", "baseline.json", null, List.of()));
    }

    /** Writes a valid baseline and the given raw current results, and expects an error naming the results file. */
    private AbstractThrowableAssert<?, ? extends Throwable> brokenResults(String content) throws Exception {
        write(dir, "baseline.json", OK);
        Path current = writeRaw(dir, "current.json", content);
        return assertThatThrownBy(this::analyze)
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(current.toString())
                .satisfies(e -> assertThat(((EvidenceException) e).file()).contains(current));
    }

    @Test
    void missingResultsAreAMissingOutcomeThatSaysHowToProduceThem() throws Exception {
        write(dir, "baseline.json", OK);

        BenchmarkEvidence evidence = analyze();

        assertThat(evidence.available()).isFalse();
        assertThat(evidence.compared()).isZero();
        assertThat(evidence.percentNotRegressed()).isEmpty();
        assertThat(evidence.missingReason())
                .contains(dir.resolve("current.json").toString())
                .contains("java -jar target/benchmarks.jar -rf json -rff target/jmh-result.json")
                .contains("readiness.benchmarkResults");
    }

    @Test
    void missingBaselineIsAMissingOutcomeThatSaysHowToCreateIt() throws Exception {
        write(dir, "current.json", OK);

        BenchmarkEvidence evidence = analyze();

        assertThat(evidence.available()).isFalse();
        assertThat(evidence.baseline()).isEqualTo(dir.resolve("baseline.json"));
        assertThat(evidence.missingReason())
                .contains(dir.resolve("baseline.json").toString())
                .contains("mvn readiness:baseline")
                .contains("readiness.benchmarkBaseline");
    }

    @Test
    void defaultLocationsAreTheJmhOutputAndTheCommittedBaseline() throws Exception {
        BenchmarkEvidence evidence = analyzer.analyze(BenchmarkRequest.defaults(dir));

        assertThat(evidence.available()).isFalse();
        assertThat(evidence.results()).isEqualTo(dir.resolve("target/jmh-result.json"));
        assertThat(evidence.baseline()).isEqualTo(dir.resolve("src/test/jmh/baseline.json"));
    }

    @Test
    void truncatedResultsNameTheFileAndTheLine() throws Exception {
        String real = Files.readString(Jmh.REAL.resolve("current.json"), StandardCharsets.UTF_8);

        brokenResults(real.substring(0, real.length() / 2))
                .hasMessageContaining("Malformed JMH results file")
                .hasMessageContaining("line ")
                .hasMessageContaining("end-of-input")
                .hasMessageContaining("interrupted");
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() throws Exception {
        brokenResults("[\n  { \"benchmark\" : \"a.B.m\", \"mode\" : avgt }\n]").hasMessageContaining("line 2, column");
    }

    @Test
    void aBenchmarkTwiceInOneFileIsAnError() throws Exception {
        brokenResults("[\n" + OK + ",\n" + OK + "\n]")
                .hasMessageContaining("contains a.B.m (avgt) twice")
                .hasMessageContaining("line 11, column 1");
    }

    @Test
    void aDuplicateFieldIsAnError() throws Exception {
        brokenResults("[ { \"benchmark\" : \"a.B.m\", \"benchmark\" : \"a.B.n\" } ]")
                .hasMessageContaining("Duplicate");
    }

    @Test
    void anEmptyFileIsAnError() throws Exception {
        brokenResults("").hasMessageContaining("is empty");
    }

    @Test
    void anObjectInsteadOfAnArrayIsAnError() throws Exception {
        brokenResults("{ \"benchmark\" : \"a.B.m\" }").hasMessageContaining("does not start with '['");
    }

    @Test
    void contentAfterTheArrayIsAnError() throws Exception {
        brokenResults("[ " + OK + " ] [ ]").hasMessageContaining("content after the closing ']'");
    }

    @Test
    void anEntryWithoutItsPrimaryMetricIsAnError() throws Exception {
        brokenResults("[ { \"benchmark\" : \"a.B.m\", \"mode\" : \"avgt\" } ]")
                .hasMessageContaining("without 'benchmark', 'mode' or 'primaryMetric'");
    }

    @Test
    void aNanScoreIsAnError() throws Exception {
        brokenResults("[ " + entry("a.B.m", "avgt", "\"NaN\"", "\"NaN\"", "ns/op") + " ]")
                .hasMessageContaining("score is not a number");
    }

    @Test
    void aScoreThatIsNotANumberIsAnError() throws Exception {
        brokenResults("[ " + entry("a.B.m", "avgt", "\"fast\"", "\"NaN\"", "ns/op") + " ]")
                .hasMessageContaining("primaryMetric.score' = \"fast\"");
    }

    @Test
    void aHostileExponentIsRejectedBeforeAnyArithmetic() throws Exception {
        brokenResults("[ " + entry("a.B.m", "avgt", "1e999999999", "1e-999999999", "ns/op") + " ]")
                .hasMessageContaining("implausible");
    }

    @Test
    void deepNestingIsRejected() throws Exception {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        brokenResults("[ { \"benchmark\" : \"a.B.m\", \"jvmArgs\" : " + deep + " } ]")
                .hasMessageContaining("Malformed JMH results file")
                .hasMessageContaining("nesting");
    }

    @Test
    void aDirectoryInsteadOfAFileIsAnError() throws Exception {
        write(dir, "baseline.json", OK);
        Files.createDirectories(dir.resolve("current.json"));

        assertThatThrownBy(this::analyze)
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("is not a regular file");
    }

    @Test
    void aBrokenBaselineNamesTheBaseline() throws Exception {
        write(dir, "current.json", OK);
        Path baseline = writeRaw(dir, "baseline.json", "[ {");

        assertThatThrownBy(this::analyze)
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(baseline.toString());
    }

    @Test
    void aNegativeToleranceIsRejected() {
        assertThatThrownBy(() -> new BenchmarkRequest(dir, null, null, new java.math.BigDecimal("-1"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 % or more");
    }

    @Test
    void aLargeFileIsStreamed() throws Exception {
        // 20,000 benchmarks with 200 raw samples each (about 40 MB): only keys and scores are kept.
        StringBuilder json = new StringBuilder("[\n");
        String raw = "1.0, ".repeat(199) + "1.0";
        for (int i = 0; i < 20_000; i++) {
            if (i > 0) {
                json.append(",\n");
            }
            json.append("{ \"benchmark\" : \"a.B.m")
                    .append(i)
                    .append("\", \"mode\" : \"avgt\", \"primaryMetric\" :")
                    .append(
                            " { \"score\" : 1.0, \"scoreError\" : \"NaN\", \"scoreUnit\" : \"ns/op\", \"rawData\" : [ [ ")
                    .append(raw)
                    .append(" ] ] } }");
        }
        json.append("\n]\n");
        writeRaw(dir, "baseline.json", json.toString());
        writeRaw(dir, "current.json", json.toString());

        BenchmarkEvidence evidence = analyze();

        assertThat(evidence.compared()).isEqualTo(20_000);
        assertThat(evidence.notRegressed()).isEqualTo(20_000);
    }
}
