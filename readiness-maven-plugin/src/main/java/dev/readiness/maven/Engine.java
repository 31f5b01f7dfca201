package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ReactorRequest;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.evidence.EvidenceException;
import java.io.IOException;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * The engine as the goals see it: the three calls a Mojo makes into {@code dev.readiness.assess}, delegated to
 * {@link ReadinessEngine}. Maven injects it through the goal's {@code @Inject} constructor; a unit test constructs the
 * goal with a stub (a subclass) instead, so the mapping of verdicts and errors to Maven's exceptions is tested without
 * a build. It holds no state and is thread-safe: one instance serves every goal of a parallel ({@code -T}) build.
 *
 * <p>A class, not an interface: Maven 3.9 and 4 find it through Sisu's index ({@code META-INF/sisu/javax.inject.Named},
 * written by the compiler, see the plugin's POM); Maven 3.6.3's Sisu cannot read Java 17 class files from the index
 * and falls back to a just-in-time binding, which Guice makes for a concrete class only.
 */
@Named
@Singleton
public class Engine {
    private final ReadinessEngine engine = new ReadinessEngine();

    /**
     * Reads the module's evidence and evaluates its policy.
     *
     * @param request the module's policy and where its evidence is
     * @return the verdict
     * @throws EvidenceException when evidence exists but cannot be read
     */
    public Assessment assess(AssessmentRequest request) throws EvidenceException {
        return engine.assess(request);
    }

    /**
     * Evaluates one verdict over the evidence of every module of the reactor, by the root's policy.
     *
     * @param reactor the root's request and the modules
     * @return the reactor verdict
     * @throws EvidenceException when evidence exists but cannot be read
     */
    public Assessment assessReactor(ReactorRequest reactor) throws EvidenceException {
        return engine.assessReactor(reactor);
    }

    /**
     * Appends the verdict to the request's history file (nothing when the history is off or the verdict is not
     * recorded).
     *
     * @param assessment the verdict
     * @param request its request, which names the history file
     * @throws IOException when the history file cannot be written
     */
    public void record(Assessment assessment, AssessmentRequest request) throws IOException {
        engine.record(assessment, request);
    }
}
