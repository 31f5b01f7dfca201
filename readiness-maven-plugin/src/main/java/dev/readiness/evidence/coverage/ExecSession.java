package dev.readiness.evidence.coverage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * One JaCoCo session in an exec file: a test JVM's run from agent start to dump. The agent appends a session per JVM
 * to the same file, build after build, until {@code mvn clean}.
 *
 * @param file the exec file
 * @param id the session id the agent wrote (host name and a random part), {@code "(none)"} for data without a session
 *     header
 * @param start when the JVM's agent started, {@code null} when unknown
 * @param dump when the data was written, {@code null} when unknown
 * @param counted its data is in the numbers
 * @param stale it is from an earlier build or run (counted only with {@code readiness.staleEvidence=warn})
 */
public record ExecSession(Path file, String id, Instant start, Instant dump, boolean counted, boolean stale) {
    public ExecSession {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(id, "id");
    }
}
