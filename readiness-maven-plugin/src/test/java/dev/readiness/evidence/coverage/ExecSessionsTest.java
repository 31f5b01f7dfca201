package dev.readiness.evidence.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.StaleEvidence;
import dev.readiness.policy.CounterKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made session layouts around the real data of {@code jacoco/basic/jacoco.exec}: which sessions a rule keeps.
 * Each file holds the real probes of every class, split by class name between the sessions.
 */
class ExecSessionsTest {
    private static List<ExecutionData> data;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(Fixtures.BASIC_EXEC.toFile());
        data = List.copyOf(loader.getExecutionDataStore().getContents());
    }

    /** A session header, then the data of the classes whose name contains {@code part}. */
    private record Session(String id, long start, long dump, String part) {}

    private Path write(boolean headersFirst, Session... sessions) throws IOException {
        Path file = dir.resolve("jacoco.exec");
        try (OutputStream out = Files.newOutputStream(file)) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            if (headersFirst) { // the layout jacoco:merge writes: every header, then all data
                for (Session s : sessions) {
                    writer.visitSessionInfo(new SessionInfo(s.id(), s.start(), s.dump()));
                }
                data.forEach(writer::visitClassExecution);
            } else { // the layout the agent appends: header, its data; header, its data
                for (Session s : sessions) {
                    writer.visitSessionInfo(new SessionInfo(s.id(), s.start(), s.dump()));
                    data.stream().filter(d -> d.getName().contains(s.part())).forEach(writer::visitClassExecution);
                }
            }
        }
        return file;
    }

    private CoverageEvidence analyze(EvidenceWindow window) throws Exception {
        return new CoverageAnalyzer()
                .analyze(new CoverageRequest(
                        dir, List.of("jacoco.exec"), List.of(Fixtures.BASIC_CLASSES), List.of(), 1, window));
    }

    private static long coveredLines(CoverageEvidence e) {
        return e.overall().get(CounterKind.LINE).covered();
    }

    @Test
    void sameBuildKeepsTheSessionsDumpedAfterTheBuildStarted() throws Exception {
        write(false, new Session("a", 1_000, 2_000, "control"), new Session("b", 5_000, 6_000, "util"));

        CoverageEvidence e = analyze(EvidenceWindow.sameBuild(Instant.ofEpochMilli(3_000), StaleEvidence.EXCLUDE));

        assertThat(e.countedSessions()).extracting(ExecSession::id).containsExactly("b");
        assertThat(e.staleSessions()).extracting(ExecSession::id).containsExactly("a");
        assertThat(e.staleSessions().get(0).dump()).isEqualTo(Instant.ofEpochMilli(2_000));
        assertThat(coveredLines(e)).isPositive();
        assertThat(e.tags()).isEmpty();
        // nothing of com/acme/control is covered: its data was in the stale session
        assertThat(e.offenders()).anySatisfy(o -> assertThat(o.className()).startsWith("com.acme.control"));
    }

    @Test
    void newestRunKeepsTheNewestSessionAndTheOnesOverlappingIt() throws Exception {
        // c ran alone long before; a and b overlap (two forks of one run)
        write(
                false,
                new Session("c", 100, 200, "alarm"),
                new Session("a", 1_000, 5_500, "control"),
                new Session("b", 5_000, 6_000, "util"));

        CoverageEvidence e = analyze(EvidenceWindow.newestRun(StaleEvidence.EXCLUDE));

        assertThat(e.countedSessions()).extracting(ExecSession::id).containsExactly("a", "b");
        assertThat(e.staleSessions()).extracting(ExecSession::id).containsExactly("c");
    }

    @Test
    void sessionsSharingTheirDataAreKeptOnlyTogether() throws Exception {
        write(true, new Session("a", 1_000, 2_000, ""), new Session("b", 5_000, 6_000, ""));

        CoverageEvidence e = analyze(EvidenceWindow.sameBuild(Instant.ofEpochMilli(3_000), StaleEvidence.EXCLUDE));

        // the data after both headers cannot be split: it is not provably this build's, so it does not count
        assertThat(e.available()).isFalse();
        assertThat(e.staleSessions()).extracting(ExecSession::id).containsExactly("a", "b");
        assertThat(e.missingReason()).startsWith("No JaCoCo execution data of this build: the 2 sessions in");
    }

    @Test
    void warnCountsStaleSessionsButMarksThem() throws Exception {
        write(false, new Session("a", 1_000, 2_000, "control"), new Session("b", 5_000, 6_000, "util"));

        CoverageEvidence warn = analyze(EvidenceWindow.sameBuild(Instant.ofEpochMilli(3_000), StaleEvidence.WARN));
        CoverageEvidence exclude =
                analyze(EvidenceWindow.sameBuild(Instant.ofEpochMilli(3_000), StaleEvidence.EXCLUDE));

        assertThat(warn.countedSessions()).hasSize(2);
        assertThat(warn.staleSessions()).extracting(ExecSession::id).containsExactly("a");
        assertThat(coveredLines(warn)).isGreaterThan(coveredLines(exclude));
    }
}
