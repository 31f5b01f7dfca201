package dev.readiness.assess;

import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;

/**
 * The evaluation of one {@link Metric}: reads the gate's evidence from the {@link GateContext} and returns its
 * {@link GateResult} through the result's named factories. Implementations are stateless and registered once, in
 * {@link Gates#REGISTERED}; the evaluator has already handled disabled gates and the skipped-tests rule (through
 * {@link #skippedBy}) when {@link #evaluate} is called. A gate never parses files: its evidence is read before.
 */
interface MetricGate {
    /** How many offenders, failing tests or files a gate's details list before "…and N more". */
    int LISTED = 5;

    /** The metric this gate evaluates; exactly one registered gate per metric. */
    Metric metric();

    /** Evaluates an enabled gate of {@link #metric()} that this build did not skip. */
    GateResult evaluate(GateDefinition gate, GateContext ctx);

    /**
     * Why this build did not measure the gate at all (it skipped the tests the evidence comes from), or {@code null}
     * to evaluate it. The default: the metric does not depend on this build's tests.
     */
    default Skip skippedBy(GateDefinition gate, EvidenceScope scope) {
        return null;
    }

    /**
     * The reason a gate is {@code SKIPPED}.
     *
     * @param by the property that skipped the tests, e.g. {@code skipTests}
     * @param what what it means for the gate, e.g. {@code this build skipped the Surefire tests}
     */
    record Skip(String by, String what) {}
}
