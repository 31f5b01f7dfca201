package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ReactorRequest;
import dev.readiness.evidence.EvidenceException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link Engine} that returns a prepared verdict, or throws a prepared exception, and keeps the requests it got:
 * the goals' unit tests construct a Mojo with it instead of the engine Maven injects.
 */
final class StubEngine extends Engine {
    private final Assessment verdict;
    private final Exception failure;
    private final IOException recordFailure;
    final List<AssessmentRequest> assessed = new ArrayList<>();
    final List<Assessment> recorded = new ArrayList<>();

    private StubEngine(Assessment verdict, Exception failure, IOException recordFailure) {
        this.verdict = verdict;
        this.failure = failure;
        this.recordFailure = recordFailure;
    }

    /** Returns this verdict for every request. */
    static StubEngine returning(Assessment verdict) {
        return new StubEngine(verdict, null, null);
    }

    /** Throws this exception, an {@link EvidenceException} or a {@link RuntimeException}, from every evaluation. */
    static StubEngine throwing(Exception failure) {
        return new StubEngine(null, failure, null);
    }

    /** Returns this verdict, and fails to write the history with this exception. */
    static StubEngine failingToRecord(Assessment verdict, IOException failure) {
        return new StubEngine(verdict, null, failure);
    }

    @Override
    public Assessment assess(AssessmentRequest request) throws EvidenceException {
        assessed.add(request);
        if (failure instanceof EvidenceException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        return verdict;
    }

    @Override
    public Assessment assessReactor(ReactorRequest reactor) {
        throw new UnsupportedOperationException("a single-module test has no reactor verdict");
    }

    @Override
    public void record(Assessment assessment, AssessmentRequest request) throws IOException {
        if (recordFailure != null) {
            throw recordFailure;
        }
        recorded.add(assessment);
    }
}
