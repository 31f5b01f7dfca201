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
 * The {@link Engine} Maven injects: {@link ReadinessEngine}, which holds no state, so one instance serves every goal
 * and thread. Sisu finds it through the index {@code META-INF/sisu/javax.inject.Named} that the compiler writes
 * (Sisu's annotation processor, see the plugin's POM).
 */
@Named
@Singleton
public final class DefaultEngine implements Engine {
    private final ReadinessEngine engine = new ReadinessEngine();

    @Override
    public Assessment assess(AssessmentRequest request) throws EvidenceException {
        return engine.assess(request);
    }

    @Override
    public Assessment assessReactor(ReactorRequest reactor) throws EvidenceException {
        return engine.assessReactor(reactor);
    }

    @Override
    public void record(Assessment assessment, AssessmentRequest request) throws IOException {
        engine.record(assessment, request);
    }
}
