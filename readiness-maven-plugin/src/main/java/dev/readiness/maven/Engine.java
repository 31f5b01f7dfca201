package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ReactorRequest;
import dev.readiness.evidence.EvidenceException;
import java.io.IOException;

/**
 * The engine as the goals see it: the three calls a Mojo makes into {@code dev.readiness.assess}. Maven injects the
 * implementation ({@link DefaultEngine}) through the goal's {@code @Inject} constructor; a unit test constructs the
 * goal with a stub instead, so the mapping of verdicts and errors to Maven's exceptions is tested without a build.
 * Implementations are stateless and thread-safe: one instance serves every goal of a parallel ({@code -T}) build.
 */
public interface Engine {

    /**
     * Reads the module's evidence and evaluates its policy.
     *
     * @param request the module's policy and where its evidence is
     * @return the verdict
     * @throws EvidenceException when evidence exists but cannot be read
     */
    Assessment assess(AssessmentRequest request) throws EvidenceException;

    /**
     * Evaluates one verdict over the evidence of every module of the reactor, by the root's policy.
     *
     * @param reactor the root's request and the modules
     * @return the reactor verdict
     * @throws EvidenceException when evidence exists but cannot be read
     */
    Assessment assessReactor(ReactorRequest reactor) throws EvidenceException;

    /**
     * Appends the verdict to the request's history file (nothing when the history is off or the verdict is not
     * recorded).
     *
     * @param assessment the verdict
     * @param request its request, which names the history file
     * @throws IOException when the history file cannot be written
     */
    void record(Assessment assessment, AssessmentRequest request) throws IOException;
}
