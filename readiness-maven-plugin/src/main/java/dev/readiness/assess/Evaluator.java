package dev.readiness.assess;

import dev.readiness.evidence.bench.BenchmarkComparison;
import dev.readiness.evidence.bench.BenchmarkEvidence;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.CounterKind;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.Offender;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.evidence.docs.DocumentationEvidence;
import dev.readiness.evidence.docs.UnparsableFile;
import dev.readiness.evidence.tests.MalformedReport;
import dev.readiness.evidence.tests.PassRate;
import dev.readiness.evidence.tests.PassRatePolicy;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.history.HistoryQueries;
import dev.readiness.history.RatchetResult;
import dev.readiness.history.Trend;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;
import dev.readiness.policy.OnMissing;
import dev.readiness.policy.Policy;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.policy.TagDefinition;
import dev.readiness.policy.TestGroupDefinition;
import dev.readiness.policy.TestSource;
import dev.readiness.text.SafeText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Applies a {@link Policy} to {@link Evidence}: gate statuses, score, level, confidence, blocking issues and
 * recommendations, exactly as DESIGN.md §5 defines them. Pure and thread-safe: no state, no I/O.
 */
public final class Evaluator {
    /** How many offenders or failing tests a message lists before "…and N more". */
    static final int LISTED = 5;

    private static final BigDecimal PRODUCTION = BigDecimal.valueOf(95);
    private static final BigDecimal CONDITIONAL = BigDecimal.valueOf(85);
    private static final BigDecimal IMPROVEMENT = BigDecimal.valueOf(70);
    /** Below this measured share (0–1) confidence is at most {@code high}. */
    private static final BigDecimal SHARE_VERY_HIGH = new BigDecimal("0.90");
    /** Below this measured share (0–1) confidence is at most {@code medium}. */
    private static final BigDecimal SHARE_HIGH = new BigDecimal("0.70");

    /** Evaluates without history: no trend, ratchets are {@code MISSING}. */
    public Assessment evaluate(Policy policy, Evidence evidence, ProjectInfo project, Instant timestamp) {
        return evaluate(policy, evidence, project, timestamp, null);
    }

    /**
     * Evaluates the policy.
     *
     * @param history earlier assessments for the trend and the ratchets, or {@code null} when history is off
     */
    public Assessment evaluate(
            Policy policy, Evidence evidence, ProjectInfo project, Instant timestamp, HistoryContext history) {
        List<TestCaseResult> surefire = withMalformed(evidence.surefire(), policy);
        List<TestCaseResult> failsafe = withMalformed(evidence.failsafe(), policy);
        Context ctx = new Context(policy, evidence, surefire, failsafe);

        List<GateResult> results = new ArrayList<>();
        for (GateDefinition gate : policy.gates()) {
            results.add(ratchet(evaluate(gate, ctx), history));
        }

        BigDecimal enabledWeight = BigDecimal.ZERO;
        BigDecimal measuredWeight = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (GateResult r : results) {
            if (r.gate().enabled()) {
                enabledWeight = enabledWeight.add(r.gate().weight());
            }
            if (r.status().measured()) {
                measuredWeight = measuredWeight.add(r.gate().weight());
                weighted = weighted.add(r.gate().weight().multiply(r.gateScore()));
            }
        }
        BigDecimal score = measuredWeight.signum() == 0 ? null : weighted.divide(measuredWeight, 2, RoundingMode.DOWN);
        BigDecimal measuredShare = enabledWeight.signum() == 0
                ? BigDecimal.ZERO
                : measuredWeight.divide(enabledWeight, 4, RoundingMode.DOWN);

        List<GateResult> blocking =
                results.stream().filter(GateResult::blocking).toList();
        ReadinessLevel level = level(score, !blocking.isEmpty());
        boolean underMeasured = underMeasured(measuredShare, policy.minimumMeasuredWeight());
        Confidence confidence =
                confidence(score, !blocking.isEmpty(), measuredShare, underMeasured, failuresInside(results, ctx));
        boolean criticalSkipped = results.stream()
                .anyMatch(r -> r.status() == GateStatus.SKIPPED && r.gate().critical());
        if (criticalSkipped && level != ReadinessLevel.BLOCKED) {
            // a critical gate this build did not measure: no approval on what was left (nor on old evidence)
            level = ReadinessLevel.NOT_READY;
            confidence = Confidence.LOW;
        }
        String thinEvidence = null;
        if (underMeasured && level.isAtLeast(ReadinessLevel.NEEDS_IMPROVEMENT)) {
            // too little of the policy was measured to claim readiness, whatever the score of that little
            level = ReadinessLevel.NOT_READY;
            thinEvidence = thinEvidence(results, measuredShare, policy.minimumMeasuredWeight());
        }

        List<String> blockingIssues = blocking.stream().map(GateResult::message).toList();
        List<String> recommendations = new ArrayList<>();
        if (thinEvidence != null) {
            recommendations.add(thinEvidence);
        }
        recommendations.addAll(recommendations(results, evidence.coverage()));
        List<String> warnings = new ArrayList<>(ScopeWarnings.of(evidence.scope(), evidence.coverage(), results));
        warnings.addAll(warnings(evidence, results));

        Trend trend = null;
        Map<String, Trend> gateTrends = Map.of();
        List<ScorePoint> scoreHistory = new ArrayList<>();
        if (history != null) {
            history.previous().stream()
                    .filter(r -> r.score() != null)
                    .forEach(r -> scoreHistory.add(new ScorePoint(r.timestamp(), r.score(), r.level())));
            if (score != null) {
                scoreHistory.add(new ScorePoint(timestamp, score, level.name()));
            }
            if (scoreHistory.size() > Assessment.CHART_POINTS) {
                scoreHistory
                        .subList(0, scoreHistory.size() - Assessment.CHART_POINTS)
                        .clear();
            }
            trend = HistoryQueries.scoreTrend(history.previous(), score);
            Map<String, BigDecimal> values = new TreeMap<>();
            results.stream()
                    .filter(r -> r.status().measured())
                    .forEach(r -> values.put(r.gate().id(), recorded(r.value())));
            gateTrends = HistoryQueries.gateTrends(history.previous(), values);
        }

        return new Assessment(
                project,
                timestamp,
                score,
                level,
                level.isAtLeast(ReadinessLevel.CONDITIONAL_READY),
                confidence,
                measuredShare,
                results,
                summary(ctx),
                evidence.coverage(),
                blockingIssues,
                recommendations,
                warnings,
                trend,
                gateTrends,
                history == null ? null : history.commit(),
                history == null ? null : history.branch(),
                scoreHistory,
                evidence.benchmarks(),
                evidence.documentation(),
                null,
                evidence.scope());
    }

    /** Gate values are recorded (and compared by the ratchet) with two decimals, rounded down. */
    static BigDecimal recorded(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.DOWN);
    }

    /**
     * Applies the gate's no-regression ratchet: a drop beyond the tolerance below the best recorded value (the bar,
     * {@link HistoryQueries#ratchetBar}) fails the gate.
     */
    private static GateResult ratchet(GateResult r, HistoryContext history) {
        GateDefinition gate = r.gate();
        if (!gate.noRegression() || !r.status().measured()) {
            return r;
        }
        RatchetResult ratchet;
        if (history == null) {
            ratchet = new RatchetResult(
                    RatchetResult.MISSING,
                    null,
                    "history is off (readiness.skipHistory), so a regression cannot be judged");
        } else {
            ratchet = RatchetResult.check(
                    recorded(r.value()),
                    gate.tolerance(),
                    HistoryQueries.ratchetBar(history.previous(), gate.id(), history.branch()));
        }
        if (!RatchetResult.FAILED.equals(ratchet.status())) {
            return new GateResult(
                    gate,
                    r.status(),
                    r.value(),
                    r.numerator(),
                    r.denominator(),
                    r.gateScore(),
                    r.message(),
                    r.details(),
                    r.blocking(),
                    ratchet);
        }
        List<String> details = new ArrayList<>();
        details.add("restore the value to at least "
                + Percent.plain(ratchet.previous().subtract(gate.tolerance()))
                + " % (the best value recorded on this branch, " + Percent.plain(ratchet.previous())
                + " %, less the tolerance of "
                + Percent.plain(gate.tolerance()) + ")");
        details.addAll(r.details());
        return new GateResult(
                gate,
                GateStatus.FAILED,
                r.value(),
                r.numerator(),
                r.denominator(),
                r.gateScore(),
                gate.id() + ": regressed — " + ratchet.message() + " (no-regression ratchet)",
                details,
                gate.critical(),
                ratchet);
    }

    /**
     * The level the score gives (DESIGN.md §5), before the caps for skipped critical gates and thin evidence: public
     * so that the check goal can tell a verdict below its minimum by the numbers from one capped by those rules.
     */
    public static ReadinessLevel levelOf(BigDecimal score, boolean blocked) {
        return level(score, blocked);
    }

    static ReadinessLevel level(BigDecimal score, boolean blocked) {
        if (blocked) {
            return ReadinessLevel.BLOCKED;
        }
        if (score == null) {
            return ReadinessLevel.NOT_READY;
        }
        if (score.compareTo(PRODUCTION) >= 0) {
            return ReadinessLevel.PRODUCTION_READY;
        }
        if (score.compareTo(CONDITIONAL) >= 0) {
            return ReadinessLevel.CONDITIONAL_READY;
        }
        if (score.compareTo(IMPROVEMENT) >= 0) {
            return ReadinessLevel.NEEDS_IMPROVEMENT;
        }
        return ReadinessLevel.NOT_READY;
    }

    static Confidence confidence(BigDecimal score, boolean criticalFailure) {
        return confidence(score, criticalFailure, BigDecimal.ONE, false, false);
    }

    /**
     * How far the verdict can be trusted (policy page, "Confidence"): by the score as before, then at most
     * {@code high} when less than 90 % of the weight was measured or something failed inside the verdict (a failed
     * non-critical gate, a failing test the pass-rate gate tolerated), at most {@code medium} below 70 % measured, and
     * {@code low} below the policy's minimum measured weight.
     */
    static Confidence confidence(
            BigDecimal score,
            boolean criticalFailure,
            BigDecimal measuredShare,
            boolean underMeasured,
            boolean failuresInside) {
        if (score == null || underMeasured) {
            return Confidence.LOW;
        }
        Confidence byScore;
        if (!criticalFailure && score.compareTo(PRODUCTION) >= 0) {
            byScore = Confidence.VERY_HIGH;
        } else if (!criticalFailure && score.compareTo(CONDITIONAL) >= 0) {
            byScore = Confidence.HIGH;
        } else if (score.compareTo(IMPROVEMENT) >= 0) {
            byScore = Confidence.MEDIUM;
        } else {
            byScore = Confidence.LOW;
        }
        Confidence cap = Confidence.VERY_HIGH;
        if (measuredShare.compareTo(SHARE_VERY_HIGH) < 0 || failuresInside) {
            cap = Confidence.HIGH;
        }
        if (measuredShare.compareTo(SHARE_HIGH) < 0) {
            cap = Confidence.MEDIUM;
        }
        return byScore.compareTo(cap) >= 0 ? byScore : cap; // the less confident of the two (LOW is last)
    }

    /** The measured share (0–1) is below the policy's minimum (a percentage). */
    static boolean underMeasured(BigDecimal measuredShare, BigDecimal minimumPercent) {
        return measuredShare.multiply(BigDecimal.valueOf(100)).compareTo(minimumPercent) < 0;
    }

    /** A gate failed without blocking, or a test failed or erred inside a pass rate that passed. */
    private static boolean failuresInside(List<GateResult> results, Context ctx) {
        boolean failedGate = results.stream().anyMatch(r -> r.status() == GateStatus.FAILED);
        boolean failedTest = Stream.concat(ctx.surefire().stream(), ctx.failsafe().stream())
                .anyMatch(c -> c.outcome() == TestOutcome.FAILED || c.outcome() == TestOutcome.ERROR);
        return failedGate || failedTest;
    }

    /** Why the level is NOT_READY when too little was measured, and what to measure. */
    private static String thinEvidence(List<GateResult> results, BigDecimal measuredShare, BigDecimal minimum) {
        long enabled = results.stream().filter(r -> r.gate().enabled()).count();
        long measured = results.stream().filter(r -> r.status().measured()).count();
        List<String> unmeasured = results.stream()
                .filter(r -> r.gate().enabled() && !r.status().measured())
                .map(r -> r.gate().id() + " (" + r.status() + ")")
                .toList();
        return "not enough evidence for a verdict: " + measured + " of " + enabled + " gates measured, "
                + Percent.display(measuredShare.multiply(BigDecimal.valueOf(100))) + " % of the weight < required "
                + Percent.plain(minimum) + " % (readiness.minimumMeasuredWeight); produce the evidence of "
                + String.join(", ", unmeasured)
                + ", or disable the gates this project does not use (<gate><id>…</id><enabled>false</enabled></gate>)";
    }

    private record Context(
            Policy policy, Evidence evidence, List<TestCaseResult> surefire, List<TestCaseResult> failsafe) {}

    private static GateResult evaluate(GateDefinition gate, Context ctx) {
        if (!gate.enabled()) {
            return new GateResult(
                    gate,
                    GateStatus.DISABLED,
                    null,
                    0,
                    0,
                    null,
                    gate.id() + ": disabled in the POM",
                    List.of(),
                    false,
                    null);
        }
        GateResult skipped = skipped(gate, ctx.evidence().scope());
        if (skipped != null) {
            return skipped;
        }
        return switch (gate.metric()) {
            case COVERAGE -> coverage(gate, ctx);
            case PASS_RATE -> passRate(gate, ctx);
            case BENCHMARKS -> benchmarks(gate, ctx.evidence().benchmarks());
            case DOCUMENTATION -> documentation(gate, ctx.evidence().documentation());
        };
    }

    /** {@code SKIPPED} when this build skipped the tests the gate's evidence comes from, else {@code null}. */
    private static GateResult skipped(GateDefinition gate, EvidenceScope scope) {
        if (scope == null || !scope.testsSkipped()) {
            return null;
        }
        String by = null;
        String what = null;
        if (gate.metric() == Metric.COVERAGE && scope.surefireSkippedBy() != null) {
            by = scope.surefireSkippedBy();
            what = "coverage comes from the tests, which this build skipped";
        } else if (gate.metric() == Metric.PASS_RATE) {
            boolean unit = scope.surefireSkippedBy() != null;
            boolean it = scope.failsafeSkippedBy() != null;
            if (gate.source() == TestSource.SUREFIRE && unit) {
                by = scope.surefireSkippedBy();
                what = "this build skipped the Surefire tests";
            } else if (gate.source() == TestSource.FAILSAFE && it) {
                by = scope.failsafeSkippedBy();
                what = "this build skipped the Failsafe tests";
            } else if (gate.source() == TestSource.ALL && unit && it) {
                by = scope.surefireSkippedBy();
                what = "this build skipped the tests";
            }
        }
        if (by == null) {
            return null;
        }
        return new GateResult(
                gate,
                GateStatus.SKIPPED,
                null,
                0,
                0,
                null,
                gate.id() + ": SKIPPED — not measured in this build: " + what + " (" + by
                        + "); evidence of earlier builds is not used. Run mvn verify without " + by
                        + " for a verdict",
                List.of(),
                false,
                null);
    }

    private static GateResult coverage(GateDefinition gate, Context ctx) {
        CoverageEvidence coverage = ctx.evidence().coverage();
        Counter counter;
        List<Offender> offenders;
        String where;
        if (gate.tag() != null) {
            TagDefinition tag = ctx.policy().tag(gate.tag()).orElseThrow();
            if (!tag.configured()) {
                return notConfigured(
                        gate,
                        "tag '" + tag.name()
                                + "' has no selectors; tag the code it should measure, e.g. <tags><tag><name>"
                                + tag.name() + "</name><packages>com.example.core.**</packages></tag></tags>,"
                                + " or disable the gate");
            }
            if (!coverage.available()) {
                return missing(gate, firstSentence(coverage.missingReason()), List.of());
            }
            TagCoverage tagCoverage = coverage.tags().get(tag.name());
            if ((tagCoverage == null || tagCoverage.matchedNothing())
                    && ctx.policy().moduleOfReactor()) {
                return notConfigured(
                        gate,
                        "tag '" + tag.name() + "' matches no class of this module (" + selectors(tag)
                                + "); the reactor verdict judges the classes it selects in the other modules");
            }
            if (tagCoverage == null || tagCoverage.matchedNothing()) {
                return missing(
                        gate,
                        "tag '" + tag.name() + "' matches no analysed class (" + selectors(tag)
                                + "); check the selectors against the class names in "
                                + paths(coverage.classDirectories()),
                        List.of());
            }
            counter = tagCoverage.coverage().get(kind(gate));
            offenders = tagCoverage.offenders();
            where = "tag '" + tag.name() + "'";
        } else {
            if (!coverage.available()) {
                return missing(gate, firstSentence(coverage.missingReason()), List.of());
            }
            counter = coverage.overall().get(kind(gate));
            offenders = coverage.offenders();
            where = "all classes";
        }
        String unit = unit(gate);
        if (counter.total() == 0) {
            return missing(gate, "no " + unit + " to measure in " + where, List.of());
        }
        BigDecimal value = Percent.of(counter.covered(), counter.total());
        boolean passed = Percent.meets(counter.covered(), counter.total(), gate.threshold());
        String actual = Percent.display(value) + " % of " + unit;
        if (passed) {
            return measured(
                    gate,
                    GateStatus.PASSED,
                    value,
                    counter.covered(),
                    counter.total(),
                    gate.id() + ": " + actual + " >= required " + Percent.plain(gate.threshold()) + " % in " + where,
                    List.of());
        }
        long needed = Percent.partNeeded(counter.total(), gate.threshold()) - counter.covered();
        List<String> details = new ArrayList<>();
        details.add("cover " + count(needed, unit).replaceFirst(" ", " more ") + " in " + where + " ("
                + counter.missed() + " of " + counter.total() + " missed)");
        offenders.stream().filter(o -> o.missedLines() > 0).limit(LISTED).forEach(o -> details.add(offender(o)));
        long more = offenders.stream().filter(o -> o.missedLines() > 0).count() - LISTED;
        if (more > 0) {
            details.add("…and " + more + " more");
        }
        String worst = offenders.stream()
                .filter(o -> o.missedLines() > 0)
                .findFirst()
                .map(o -> ", most in " + o.className())
                .orElse("");
        return measured(
                gate,
                GateStatus.FAILED,
                value,
                counter.covered(),
                counter.total(),
                gate.id() + ": " + actual + " < required " + Percent.plain(gate.threshold()) + " % in " + where + " ("
                        + count(counter.missed(), unit) + " missed" + worst + ")",
                details);
    }

    /** How many searched locations a message names before "…and N more". */
    static final int LISTED_LOCATIONS = 4;

    /**
     * Where evidence was looked for, for a message: {@code in a, b}, at most {@value #LISTED_LOCATIONS} named; never
     * an empty list.
     */
    static String searchedIn(List<String> locations, String what) {
        List<String> named = locations.stream().filter(l -> !l.isBlank()).toList();
        if (named.isEmpty()) {
            return "(no " + what + " location configured)";
        }
        String shown = String.join(", ", named.subList(0, Math.min(LISTED_LOCATIONS, named.size())));
        return "in " + shown
                + (named.size() > LISTED_LOCATIONS ? " …and " + (named.size() - LISTED_LOCATIONS) + " more" : "");
    }

    private static GateResult passRate(GateDefinition gate, Context ctx) {
        Evidence evidence = ctx.evidence();
        List<TestCaseResult> cases = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        if (gate.source() != TestSource.FAILSAFE) {
            if (evidence.surefire().hasReports()) {
                cases.addAll(ctx.surefire());
            } else {
                absent.add("no Surefire reports (TEST-*.xml) "
                        + searchedIn(evidence.surefireLocations(), "surefire-reports")
                        + "; run the tests with maven-surefire-plugin (mvn verify) or point readiness.surefireReports"
                        + " at the reports");
            }
        }
        if (gate.source() != TestSource.SUREFIRE) {
            if (evidence.failsafe().hasReports()) {
                cases.addAll(ctx.failsafe());
            } else {
                absent.add("no Failsafe reports (TEST-*.xml) "
                        + searchedIn(evidence.failsafeLocations(), "failsafe-reports")
                        + "; bind maven-failsafe-plugin's integration-test and verify goals or point"
                        + " readiness.failsafeReports at the reports");
            }
        }
        boolean all = gate.source() == TestSource.ALL;
        if (!absent.isEmpty() && (!all || cases.isEmpty())) {
            return missing(gate, String.join("; ", absent), List.of());
        }
        String where = switch (gate.source()) {
            case SUREFIRE -> "Surefire tests";
            case FAILSAFE -> "Failsafe tests";
            case ALL -> "all tests";
        };
        if (gate.group() != null) {
            TestGroupDefinition group = ctx.policy().testGroup(gate.group());
            boolean userGroup = ctx.policy().userGroups().contains(group.name());
            if (evidence.testClasses().isEmpty() && !group.tags().isEmpty()) {
                String msg = "test group '" + group.name() + "' is read from the compiled test classes and none were"
                        + " found " + searchedIn(evidence.testClassesLocations(), "test-classes")
                        + "; run mvn verify so test classes are compiled, or set readiness.testClassesDirectories";
                return userGroup ? missing(gate, msg, List.of()) : notConfigured(gate, msg);
            }
            List<TestCaseResult> members = evidence.testClasses().members(group, cases);
            if (members.isEmpty()) {
                String msg = "test group '" + group.name() + "' matches no test case of the " + where + " ("
                        + groupSelectors(group) + ")";
                return userGroup
                        ? missing(gate, msg + "; tag the tests or fix the group's selectors", List.of())
                        : notConfigured(
                                gate,
                                msg + "; tag the tests with @Tag(\"" + group.name()
                                        + "\") or define <testGroups>, or disable the gate");
            }
            cases = members;
            where = where + " in group '" + group.name() + "'";
        }
        PassRatePolicy passRatePolicy = new PassRatePolicy(
                ctx.policy().skippedCountAsNotPassed(), ctx.policy().flakyCountsAsPassed());
        PassRate rate = PassRate.of(cases, passRatePolicy);
        if (!rate.measurable()) {
            return missing(
                    gate,
                    "no executed test among the " + where + " (" + rate.counts().skipped() + " skipped)",
                    List.of());
        }
        BigDecimal value = Percent.of(rate.passed(), rate.executed());
        boolean passed = Percent.meets(rate.passed(), rate.executed(), gate.threshold());
        String actual = Percent.display(value) + " % passed (" + rate.passed() + " of " + rate.executed() + ")";
        List<String> details = new ArrayList<>();
        rate.notPassed().stream().limit(LISTED).forEach(c -> details.add(describe(c)));
        if (rate.notPassed().size() > LISTED) {
            details.add("…and " + (rate.notPassed().size() - LISTED) + " more");
        }
        if (passed) {
            return measured(
                    gate,
                    GateStatus.PASSED,
                    value,
                    rate.passed(),
                    rate.executed(),
                    gate.id() + ": " + actual + " >= required " + Percent.plain(gate.threshold()) + " % of " + where,
                    details);
        }
        long needed = Percent.partNeeded(rate.executed(), gate.threshold()) - rate.passed();
        details.add(
                0,
                "make " + needed + " more of the " + where + " pass ("
                        + rate.notPassed().size() + " not passed)");
        return measured(
                gate,
                GateStatus.FAILED,
                value,
                rate.passed(),
                rate.executed(),
                gate.id() + ": " + actual + " < required " + Percent.plain(gate.threshold()) + " % of " + where,
                details);
    }

    private static GateResult benchmarks(GateDefinition gate, BenchmarkEvidence ev) {
        if (ev == null) {
            return notConfigured(
                    gate,
                    "the project has neither JMH results nor a baseline to compare them with; set"
                            + " readiness.benchmarkResults and readiness.benchmarkBaseline, or disable the gate");
        }
        if (!ev.available()) {
            return missing(gate, ev.missingReason(), List.of());
        }
        if (ev.compared() == 0) {
            return missing(
                    gate,
                    "no benchmark is both in " + ev.results() + " and in the baseline " + ev.baseline()
                            + "; run the same benchmarks, or write a new baseline with readiness:baseline",
                    List.of());
        }
        long ok = ev.notRegressed();
        long total = ev.compared();
        List<String> regressed = ev.regressions().stream()
                .map(c -> c.key().label() + (BenchmarkComparison.PRIMARY.equals(c.metric()) ? "" : " " + c.metric()))
                .distinct()
                .toList();
        List<String> differences = ev.environmentDifferences();
        if (!differences.isEmpty()) {
            List<String> details = new ArrayList<>();
            details.add("environment differs from the baseline's: " + String.join("; ", differences));
            ev.comparisons().stream()
                    .filter(c -> c.regressed())
                    .forEach(c -> details.add("not judged: " + c.verdict()));
            details.add("record a baseline in this environment: mvn verify readiness:baseline, then commit "
                    + ev.baseline().getFileName());
            return new GateResult(
                    gate,
                    GateStatus.INCONCLUSIVE,
                    null,
                    0,
                    0,
                    null,
                    gate.id() + ": INCONCLUSIVE — the baseline " + ev.baseline().getFileName() + " was measured in"
                            + " another environment (" + String.join("; ", differences) + "), so " + ok + " of "
                            + total + " benchmarks not regressed is not a measurement of this code"
                            + (regressed.isEmpty() ? "" : "; would-be regressions: " + String.join(", ", regressed))
                            + ". Record a baseline here with mvn verify readiness:baseline",
                    details,
                    false,
                    null);
        }
        BigDecimal value = Percent.of(ok, total);
        boolean passed = Percent.meets(ok, total, gate.threshold());
        List<String> details = new ArrayList<>();
        ev.comparisons().stream().filter(c -> c.regressed()).forEach(c -> details.add(c.verdict()));
        ev.added().forEach(k -> details.add("new, not in the baseline (not scored): " + k.label()));
        ev.removed().forEach(k -> details.add("in the baseline, not run now (not scored): " + k.label()));
        details.addAll(ev.notes());
        String actual = Percent.display(value) + " % of benchmarks not regressed (" + ok + " of " + total + ")";
        return measured(
                gate,
                passed ? GateStatus.PASSED : GateStatus.FAILED,
                value,
                ok,
                total,
                gate.id() + ": " + actual + (passed ? " >= required " : " < required ")
                        + Percent.plain(gate.threshold()) + " %"
                        + (regressed.isEmpty() ? "" : " (regressed: " + String.join(", ", regressed) + ")"),
                details);
    }

    private static GateResult documentation(GateDefinition gate, DocumentationEvidence ev) {
        if (ev == null) {
            return notConfigured(gate, "no main source root is configured (readiness.sourceRoots)");
        }
        if (!ev.available()) {
            return missing(gate, ev.missingReason(), List.of());
        }
        if (!ev.unparsable().isEmpty()) {
            // An unparsable file's elements are counted neither documented nor undocumented: any value computed
            // without them could be higher than the truth, so the gate is not measured rather than passed.
            return missing(gate, unparsableReason(ev), unparsableDetails(ev));
        }
        if (ev.total() == 0) {
            return missing(gate, "the main sources declare no public or protected API element", List.of());
        }
        BigDecimal value = Percent.of(ev.documented(), ev.total());
        boolean ratioMet = Percent.meets(ev.documented(), ev.total(), gate.threshold());
        boolean passed = ratioMet && ev.missingRequiredFiles().isEmpty();
        List<String> details = new ArrayList<>();
        ev.missingRequiredFiles().forEach(f -> details.add("required file missing: " + f));
        if (!ratioMet) {
            long needed = Percent.partNeeded(ev.total(), gate.threshold()) - ev.documented();
            details.add("document " + needed + " more public API element" + (needed == 1 ? "" : "s") + " ("
                    + (ev.total() - ev.documented()) + " of " + ev.total() + " undocumented)");
        }
        ev.classes().stream()
                .filter(c -> !c.undocumented().isEmpty())
                .limit(LISTED)
                .forEach(c ->
                        details.add(c.className() + ": " + c.undocumented().size() + " undocumented ("
                                + c.undocumented().stream()
                                        .limit(4)
                                        .map(u -> u.kind() + " " + u.signature() + " line " + u.line())
                                        .collect(Collectors.joining("; "))
                                + (c.undocumented().size() > 4 ? "; …" : "") + ")"));
        String actual = Percent.display(value) + " % of public API elements documented (" + ev.documented() + " of "
                + ev.total() + ")";
        String message = gate.id() + ": " + actual + (ratioMet ? " >= required " : " < required ")
                + Percent.plain(gate.threshold()) + " %"
                + (ev.missingRequiredFiles().isEmpty()
                        ? ""
                        : "; required file" + (ev.missingRequiredFiles().size() == 1 ? " " : "s ")
                                + String.join(", ", ev.missingRequiredFiles()) + " missing");
        return measured(
                gate,
                passed ? GateStatus.PASSED : GateStatus.FAILED,
                value,
                ev.documented(),
                ev.total(),
                message,
                details);
    }

    /** Why the documentation gates are not measured when source files cannot be parsed; one sentence. */
    static String unparsableReason(DocumentationEvidence ev) {
        UnparsableFile first = ev.unparsable().get(0);
        return ev.unparsable().size() + " of " + ev.files() + " source files could not be parsed (first: "
                + first.file() + (first.line() > 0 ? " line " + first.line() : "") + ": " + first.problem()
                + "), so their public API is not counted and the share of documented elements is not measured;"
                + " set readiness.sourceEncoding (project.build.sourceEncoding) to the sources' encoding, or fix"
                + " the files";
    }

    private static List<String> unparsableDetails(DocumentationEvidence ev) {
        List<String> details = new ArrayList<>();
        ev.missingRequiredFiles().forEach(f -> details.add("required file missing: " + f));
        ev.unparsable().stream()
                .limit(LISTED)
                .forEach(u -> details.add(
                        "not parsed: " + u.file() + (u.line() > 0 ? " line " + u.line() : "") + ": " + u.problem()));
        if (ev.unparsable().size() > LISTED) {
            details.add("…and " + (ev.unparsable().size() - LISTED) + " more, see readiness.json");
        }
        return details;
    }

    /** The first sentence of a remedy text, for the gate's one-line message; the full text is given once. */
    static String firstSentence(String text) {
        int end = text.length();
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            end = newline;
        }
        int stop = text.indexOf(". ");
        if (stop >= 0 && stop < end) {
            end = stop;
        }
        String sentence = text.substring(0, end).strip();
        return sentence.endsWith(".") || sentence.endsWith(":")
                ? sentence.substring(0, sentence.length() - 1)
                : sentence;
    }

    private static String describe(TestCaseResult c) {
        String outcome = c.outcome().name().toLowerCase(Locale.ROOT);
        String message = c.message() == null || c.message().isBlank() ? "" : " — " + truncate(c.message(), 160);
        String reruns = c.reruns() > 0 ? " after " + c.reruns() + " rerun" + (c.reruns() == 1 ? "" : "s") : "";
        return c.className() + "." + c.name() + " " + outcome + reruns + message;
    }

    private static String truncate(String s, int max) {
        return SafeText.truncate(s, max); // by code point: an emoji is never cut in half
    }

    private static GateResult measured(
            GateDefinition gate,
            GateStatus status,
            BigDecimal value,
            long numerator,
            long denominator,
            String message,
            List<String> details) {
        BigDecimal gateScore;
        if (gate.threshold().signum() == 0) {
            gateScore = Percent.HUNDRED;
        } else {
            // value / threshold * 100 from the exact counts, capped at 100
            BigDecimal exact = BigDecimal.valueOf(numerator)
                    .multiply(Percent.HUNDRED)
                    .multiply(Percent.HUNDRED)
                    .divide(gate.threshold().multiply(BigDecimal.valueOf(denominator)), 6, RoundingMode.DOWN);
            gateScore = exact.min(Percent.HUNDRED);
        }
        return new GateResult(
                gate,
                status,
                value,
                numerator,
                denominator,
                gateScore,
                message,
                details,
                status == GateStatus.FAILED && gate.critical(),
                null);
    }

    private static GateResult missing(GateDefinition gate, String reason, List<String> details) {
        return new GateResult(
                gate,
                GateStatus.MISSING,
                null,
                0,
                0,
                null,
                gate.id() + ": MISSING — " + reason,
                details,
                gate.onMissing() == OnMissing.FAIL,
                null);
    }

    private static GateResult notConfigured(GateDefinition gate, String reason) {
        return new GateResult(
                gate,
                GateStatus.NOT_CONFIGURED,
                null,
                0,
                0,
                null,
                gate.id() + ": NOT_CONFIGURED — " + reason,
                List.of(),
                false,
                null);
    }

    private static CounterKind kind(GateDefinition gate) {
        return CounterKind.valueOf(gate.counter().name());
    }

    private static String unit(GateDefinition gate) {
        return switch (gate.counter()) {
            case INSTRUCTION -> "instructions";
            case BRANCH -> "branches";
            case LINE -> "lines";
            case COMPLEXITY -> "complexity";
            case METHOD -> "methods";
            case CLASS -> "classes";
        };
    }

    /** {@code com.acme.Saturation#clamp(double): 2 lines missed (Saturation.java lines 31, 40-41)}. */
    static String offender(Offender o) {
        String where = o.className() + (o.methodName() == null ? "" : "#" + o.methodName());
        String lines = count(o.missedLines(), "lines") + " missed";
        if (o.missedLineNumbers().isEmpty()) {
            return where + ": " + lines;
        }
        String file = o.sourceFile() == null
                ? ""
                : o.sourceFile().substring(o.sourceFile().lastIndexOf('/') + 1) + " ";
        String label = o.missedLineNumbers().size() == 1 ? "line " : "lines ";
        return where + ": " + lines + " (" + file + label + o.missedLineRanges(8) + ")";
    }

    /** {@code 1 line}, {@code 3 lines}, {@code 1 branch}. */
    static String count(long n, String pluralUnit) {
        if (n != 1) {
            return n + " " + pluralUnit;
        }
        String singular = pluralUnit.endsWith("ches") || pluralUnit.endsWith("sses")
                ? pluralUnit.substring(0, pluralUnit.length() - 2)
                : pluralUnit.endsWith("s") ? pluralUnit.substring(0, pluralUnit.length() - 1) : pluralUnit;
        return n + " " + singular;
    }

    private static String selectors(TagDefinition tag) {
        List<String> parts = new ArrayList<>();
        if (!tag.packages().isEmpty()) {
            parts.add("packages " + String.join(", ", tag.packages()));
        }
        if (!tag.classes().isEmpty()) {
            parts.add("classes " + String.join(", ", tag.classes()));
        }
        if (!tag.annotations().isEmpty()) {
            parts.add("annotations " + String.join(", ", tag.annotations()));
        }
        return String.join("; ", parts);
    }

    private static String groupSelectors(TestGroupDefinition group) {
        List<String> parts = new ArrayList<>();
        if (!group.tags().isEmpty()) {
            parts.add("tags " + String.join(", ", group.tags()));
        }
        if (!group.classes().isEmpty()) {
            parts.add("classes " + String.join(", ", group.classes()));
        }
        return String.join("; ", parts);
    }

    private static String paths(List<Path> paths) {
        return paths.isEmpty()
                ? "the class directories"
                : paths.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    /** A malformed report counts as one erroring case when the policy says so (never silently ignored). */
    private static List<TestCaseResult> withMalformed(TestEvidence evidence, Policy policy) {
        if (evidence.malformedReports().isEmpty() || !policy.malformedReportIsError()) {
            return evidence.cases();
        }
        List<TestCaseResult> cases = new ArrayList<>(evidence.cases());
        for (MalformedReport m : evidence.malformedReports()) {
            Path name = m.file().getFileName();
            if (name == null || !name.toString().startsWith("TEST-")) {
                continue; // a broken failsafe-summary.xml is a warning, not a test case
            }
            cases.add(new TestCaseResult(
                    String.valueOf(name),
                    "(malformed report)",
                    TestOutcome.ERROR,
                    0,
                    0,
                    "unreadable report at line " + m.line() + ": " + m.problem(),
                    m.file()));
        }
        return List.copyOf(cases);
    }

    private static List<String> recommendations(List<GateResult> results, CoverageEvidence coverage) {
        List<String> out = new ArrayList<>();
        boolean coverageRemedyGiven = false;
        List<GateResult> sorted = results.stream()
                .filter(r -> r.status() == GateStatus.FAILED
                        || (r.status() == GateStatus.MISSING && r.gate().onMissing() != OnMissing.IGNORE))
                .sorted(Comparator.comparing(GateResult::blocking)
                        .reversed()
                        .thenComparing(r -> r.gate().weight(), Comparator.reverseOrder()))
                .toList();
        for (GateResult r : sorted) {
            if (r.status() == GateStatus.FAILED) {
                out.add(r.gate().id() + ": " + String.join("; ", r.details()));
            } else if (r.gate().metric() == Metric.COVERAGE && !coverage.available()) {
                if (!coverageRemedyGiven) {
                    coverageRemedyGiven = true;
                    out.add(coverageGateIds(results) + ": " + coverage.missingReason());
                }
            } else {
                out.add(r.message());
            }
        }
        return out;
    }

    private static String coverageGateIds(List<GateResult> results) {
        return results.stream()
                .filter(r -> r.gate().metric() == Metric.COVERAGE && r.status() == GateStatus.MISSING)
                .map(r -> r.gate().id())
                .collect(Collectors.joining(", "));
    }

    private static List<String> warnings(Evidence evidence, List<GateResult> results) {
        List<String> warnings = new ArrayList<>();
        CoverageEvidence coverage = evidence.coverage();
        if (coverage.available() && !coverage.noMatchClasses().isEmpty()) {
            List<String> names = coverage.noMatchClasses();
            warnings.add(count(names.size(), "classes") + (names.size() == 1 ? " does" : " do")
                    + " not match the execution data (stale exec file or classes"
                    + " rebuilt after the tests ran): "
                    + String.join(", ", names.subList(0, Math.min(LISTED, names.size())))
                    + (names.size() > LISTED ? " …and " + (names.size() - LISTED) + " more" : "")
                    + "; run mvn clean verify so the classes and the execution data come from the same build");
        }
        Stream.of(evidence.surefire(), evidence.failsafe()).forEach(t -> {
            for (MalformedReport m : t.malformedReports()) {
                warnings.add("malformed test report " + m.file() + " at line " + m.line() + ": " + m.problem()
                        + " (a forked JVM killed while writing?); rerun the tests");
            }
            for (Path dup : t.duplicateReportFiles()) {
                warnings.add("identical test report read twice, counted once: " + dup);
            }
        });
        boolean documentationGate = results.stream()
                .anyMatch(r -> r.gate().metric() == Metric.DOCUMENTATION
                        && r.gate().enabled()
                        && r.gate().onMissing() != OnMissing.WARN); // WARN gates give their own warning below
        DocumentationEvidence docs = evidence.documentation();
        if (documentationGate
                && docs != null
                && docs.available()
                && !docs.unparsable().isEmpty()) {
            // said in every view whatever the gates' onMissing: a silent MISSING here once read as 100 % documented
            warnings.add("documentation: " + unparsableReason(docs));
        }
        for (GateResult r : results) {
            if (r.status() == GateStatus.MISSING && r.gate().onMissing() == OnMissing.WARN) {
                warnings.add(r.message());
            }
        }
        boolean coverageMissing = results.stream()
                .anyMatch(r -> r.gate().metric() == Metric.COVERAGE
                        && r.status() == GateStatus.MISSING
                        && r.gate().onMissing() != OnMissing.IGNORE);
        if (coverageMissing && !coverage.available()) {
            warnings.add(coverage.missingReason());
        }
        return warnings;
    }

    private static TestSummary summary(Context ctx) {
        List<TestCaseResult> all = new ArrayList<>(ctx.surefire());
        all.addAll(ctx.failsafe());
        Map<String, TestCounts> groups = new TreeMap<>();
        List<String> names = new ArrayList<>();
        ctx.policy().testGroups().forEach(g -> names.add(g.name()));
        ctx.policy().gates().stream()
                .filter(g -> g.enabled() && g.group() != null)
                .forEach(g -> names.add(g.group()));
        if (!ctx.evidence().testClasses().isEmpty()) {
            for (String name : names) {
                groups.put(
                        name,
                        TestCounts.of(ctx.evidence()
                                .testClasses()
                                .members(ctx.policy().testGroup(name), all)));
            }
        }
        return new TestSummary(
                TestCounts.of(all),
                TestCounts.of(ctx.surefire()),
                TestCounts.of(ctx.failsafe()),
                groups,
                ctx.evidence().surefire().duplicateReportFiles().size()
                        + ctx.evidence().failsafe().duplicateReportFiles().size(),
                ctx.evidence().surefire().malformedReports().size()
                        + ctx.evidence().failsafe().malformedReports().size(),
                all.stream()
                        .filter(c -> c.outcome() == TestOutcome.FAILED || c.outcome() == TestOutcome.ERROR)
                        .toList());
    }
}
