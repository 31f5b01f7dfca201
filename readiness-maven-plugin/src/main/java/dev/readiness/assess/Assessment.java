package dev.readiness.assess;

import dev.readiness.evidence.bench.BenchmarkEvidence;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.docs.DocumentationEvidence;
import dev.readiness.evidence.mutation.MutationEvidence;
import dev.readiness.history.Trend;
import dev.readiness.policy.ReadinessLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one immutable verdict every view renders (DESIGN.md §2.4).
 *
 * @param project the assessed project
 * @param timestamp when it was evaluated
 * @param score weighted mean of measured gate scores, 0–100 (rounded down to 2 decimals), {@code null} when no gate
 *     was measured
 * @param level readiness level
 * @param deploymentApproved level is {@code PRODUCTION_READY} or {@code CONDITIONAL_READY}
 * @param confidence how much the verdict can be trusted
 * @param measuredWeight share (0–1) of the enabled gates' total weight that was measured
 * @param gates every gate, in policy order
 * @param tests test totals
 * @param coverage the coverage evidence (or its absence)
 * @param blockingIssues one line per gate that blocks the verdict
 * @param recommendations concrete fixes, most important first
 * @param warnings problems with the evidence that did not stop the evaluation
 * @param trend the score's trend over the previous assessments of this project in the history file, {@code null}
 *     when history is off
 * @param gateTrends each measured gate value's trend, by gate id (empty when history is off)
 * @param commit the git commit of the project checkout, {@code null} when unknown
 * @param branch the git branch, {@code null} when unknown or detached
 * @param benchmarks the JMH comparison behind the benchmark gates, {@code null} when not analysed
 * @param documentation the Javadoc analysis behind the documentation gates, {@code null} when not analysed
 * @param scoreHistory the scores of the last builds in the history file and of this one, oldest first (at most
 *     {@link #CHART_POINTS}; empty when history is off)
 * @param reactor the per-module breakdown of a reactor verdict, {@code null} for a single module's verdict
 * @param scope which evidence the verdict is about (the staleness rule, what was left out, skipped tests);
 *     {@code null} when unknown
 * @param mutation PIT's mutants behind the mutation gates, {@code null} when no mutation gate is enabled
 * @param fingerprint this build's input fingerprint ({@code dev.readiness.history.BuildFingerprint}), recorded in
 *     the history for the flaky rule; {@code null} when history is off or there was nothing to hash
 * @param durations this build's suite and slowest test class times per source, recorded in the history for the
 *     duration rule; {@link dev.readiness.history.Durations#NONE} when history is off or there were no test reports
 */
public record Assessment(
        ProjectInfo project,
        Instant timestamp,
        BigDecimal score,
        ReadinessLevel level,
        boolean deploymentApproved,
        Confidence confidence,
        BigDecimal measuredWeight,
        List<GateResult> gates,
        TestSummary tests,
        CoverageEvidence coverage,
        List<String> blockingIssues,
        List<String> recommendations,
        List<String> warnings,
        Trend trend,
        Map<String, Trend> gateTrends,
        String commit,
        String branch,
        List<ScorePoint> scoreHistory,
        BenchmarkEvidence benchmarks,
        DocumentationEvidence documentation,
        ReactorSummary reactor,
        EvidenceScope scope,
        MutationEvidence mutation,
        String fingerprint,
        dev.readiness.history.Durations durations) {

    /** How many scored builds {@link #scoreHistory()} holds at most. */
    public static final int CHART_POINTS = 20;

    public Assessment {
        durations = durations == null ? dev.readiness.history.Durations.NONE : durations;
        scoreHistory = List.copyOf(scoreHistory);
        gateTrends = Collections.unmodifiableSortedMap(new TreeMap<>(gateTrends));
        gates = List.copyOf(gates);
        blockingIssues = List.copyOf(blockingIssues);
        recommendations = List.copyOf(recommendations);
        warnings = List.copyOf(warnings);
    }

    /** The gates this build did not measure because it skipped their tests ({@code SKIPPED}). */
    public List<GateResult> skippedGates() {
        return gates.stream().filter(r -> r.status() == GateStatus.SKIPPED).toList();
    }

    /** The same verdict with more warnings appended. */
    public Assessment withMoreWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return toBuilder().warnings(all).build();
    }

    /** The same verdict with a per-module breakdown: a reactor verdict. */
    public Assessment withReactor(ReactorSummary newReactor) {
        return toBuilder().reactor(newReactor).build();
    }

    /** A builder that starts from this verdict: {@code a.toBuilder().recommendations(list).build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds an {@link Assessment} by component name instead of by position. */
    public static final class Builder {
        private ProjectInfo project;
        private Instant timestamp;
        private BigDecimal score;
        private ReadinessLevel level;
        private boolean deploymentApproved;
        private Confidence confidence;
        private BigDecimal measuredWeight;
        private List<GateResult> gates;
        private TestSummary tests;
        private CoverageEvidence coverage;
        private List<String> blockingIssues;
        private List<String> recommendations;
        private List<String> warnings;
        private Trend trend;
        private Map<String, Trend> gateTrends;
        private String commit;
        private String branch;
        private MutationEvidence mutation;
        private List<ScorePoint> scoreHistory;
        private BenchmarkEvidence benchmarks;
        private DocumentationEvidence documentation;
        private ReactorSummary reactor;
        private EvidenceScope scope;
        private String fingerprint;
        private dev.readiness.history.Durations durations;

        private Builder(Assessment a) {
            project = a.project;
            timestamp = a.timestamp;
            score = a.score;
            level = a.level;
            deploymentApproved = a.deploymentApproved;
            confidence = a.confidence;
            measuredWeight = a.measuredWeight;
            gates = a.gates;
            tests = a.tests;
            coverage = a.coverage;
            blockingIssues = a.blockingIssues;
            recommendations = a.recommendations;
            warnings = a.warnings;
            trend = a.trend;
            gateTrends = a.gateTrends;
            commit = a.commit;
            branch = a.branch;
            scoreHistory = a.scoreHistory;
            benchmarks = a.benchmarks;
            mutation = a.mutation;
            documentation = a.documentation;
            reactor = a.reactor;
            scope = a.scope;
            fingerprint = a.fingerprint;
            durations = a.durations;
        }

        /** Sets {@link Assessment#project()}. */
        public Builder project(ProjectInfo project) {
            this.project = project;
            return this;
        }

        /** Sets {@link Assessment#timestamp()}. */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /** Sets {@link Assessment#score()}. */
        public Builder score(BigDecimal score) {
            this.score = score;
            return this;
        }

        /** Sets {@link Assessment#level()}. */
        public Builder level(ReadinessLevel level) {
            this.level = level;
            return this;
        }

        /** Sets {@link Assessment#deploymentApproved()}. */
        public Builder deploymentApproved(boolean deploymentApproved) {
            this.deploymentApproved = deploymentApproved;
            return this;
        }

        /** Sets {@link Assessment#confidence()}. */
        public Builder confidence(Confidence confidence) {
            this.confidence = confidence;
            return this;
        }

        /** Sets {@link Assessment#measuredWeight()}. */
        public Builder measuredWeight(BigDecimal measuredWeight) {
            this.measuredWeight = measuredWeight;
            return this;
        }

        /** Sets {@link Assessment#gates()}. */
        public Builder gates(List<GateResult> gates) {
            this.gates = gates;
            return this;
        }

        /** Sets {@link Assessment#tests()}. */
        public Builder tests(TestSummary tests) {
            this.tests = tests;
            return this;
        }

        /** Sets {@link Assessment#coverage()}. */
        public Builder coverage(CoverageEvidence coverage) {
            this.coverage = coverage;
            return this;
        }

        /** Sets {@link Assessment#blockingIssues()}. */
        public Builder blockingIssues(List<String> blockingIssues) {
            this.blockingIssues = blockingIssues;
            return this;
        }

        /** Sets {@link Assessment#recommendations()}. */
        public Builder recommendations(List<String> recommendations) {
            this.recommendations = recommendations;
            return this;
        }

        /** Sets {@link Assessment#warnings()}. */
        public Builder warnings(List<String> warnings) {
            this.warnings = warnings;
            return this;
        }

        /** Sets {@link Assessment#trend()}. */
        public Builder trend(Trend trend) {
            this.trend = trend;
            return this;
        }

        /** Sets {@link Assessment#gateTrends()}. */
        public Builder gateTrends(Map<String, Trend> gateTrends) {
            this.gateTrends = gateTrends;
            return this;
        }

        /** Sets {@link Assessment#commit()}. */
        public Builder commit(String commit) {
            this.commit = commit;
            return this;
        }

        /** Sets {@link Assessment#branch()}. */
        public Builder branch(String branch) {
            this.branch = branch;
            return this;
        }

        /** Sets {@link Assessment#scoreHistory()}. */
        public Builder scoreHistory(List<ScorePoint> scoreHistory) {
            this.scoreHistory = scoreHistory;
            return this;
        }

        /** Sets {@link Assessment#benchmarks()}. */
        public Builder benchmarks(BenchmarkEvidence benchmarks) {
            this.benchmarks = benchmarks;
            return this;
        }

        /** Sets {@link Assessment#documentation()}. */
        public Builder documentation(DocumentationEvidence documentation) {
            this.documentation = documentation;
            return this;
        }

        /** Sets {@link Assessment#reactor()}. */
        public Builder reactor(ReactorSummary reactor) {
            this.reactor = reactor;
            return this;
        }

        /** Sets {@link Assessment#mutation()}. */
        public Builder mutation(MutationEvidence mutation) {
            this.mutation = mutation;
            return this;
        }

        /** Sets {@link Assessment#scope()}. */
        public Builder scope(EvidenceScope scope) {
            this.scope = scope;
            return this;
        }

        /** Sets {@link Assessment#fingerprint()}. */
        public Builder fingerprint(String fingerprint) {
            this.fingerprint = fingerprint;
            return this;
        }

        /** Sets {@link Assessment#durations()}. */
        public Builder durations(dev.readiness.history.Durations durations) {
            this.durations = durations;
            return this;
        }

        /** The verdict. */
        public Assessment build() {
            return new Assessment(
                    project,
                    timestamp,
                    score,
                    level,
                    deploymentApproved,
                    confidence,
                    measuredWeight,
                    gates,
                    tests,
                    coverage,
                    blockingIssues,
                    recommendations,
                    warnings,
                    trend,
                    gateTrends,
                    commit,
                    branch,
                    scoreHistory,
                    benchmarks,
                    documentation,
                    reactor,
                    scope,
                    mutation,
                    fingerprint,
                    durations);
        }
    }
}
