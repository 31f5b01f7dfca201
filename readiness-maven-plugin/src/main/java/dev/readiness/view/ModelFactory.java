package dev.readiness.view;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateResult;
import dev.readiness.assess.GateStatus;
import dev.readiness.assess.ModuleSummary;
import dev.readiness.assess.Percent;
import dev.readiness.assess.ReactorSummary;
import dev.readiness.assess.TestSummary;
import dev.readiness.evidence.coverage.Counter;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.history.Trend;
import dev.readiness.history.TrendDirection;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.GateDefinition;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link ReportModel} of an {@link Assessment}: the one place that turns results into texts (with
 * {@link Texts} and {@link TestNames}) and evidence into plain values ({@link EvidenceModels}).
 */
final class ModelFactory {
    private final EvidenceModels evidence;
    private final SourceLocator locator;

    ModelFactory(Path projectRoot, SourceLocator locator) {
        this.evidence = new EvidenceModels(projectRoot);
        this.locator = locator;
    }

    ReportModel model(Assessment a) {
        Map<String, ReportModel.TrendRow> gateTrends = new LinkedHashMap<>();
        a.gateTrends().forEach((id, t) -> gateTrends.put(id, trend(t)));
        return new ReportModel(
                verdict(a),
                a.gates().stream().map(ModelFactory::gate).toList(),
                tests(a.tests()),
                evidence.coverage(a.coverage()),
                a.benchmarks() == null ? null : evidence.benchmarks(a.benchmarks()),
                a.documentation() == null ? null : evidence.documentation(a.documentation()),
                a.blockingIssues(),
                a.recommendations(),
                a.warnings(),
                a.trend() == null ? null : trend(a.trend()),
                gateTrends,
                a.scoreHistory(),
                a.reactor() == null ? null : reactor(a.reactor()),
                a.scope() == null ? null : evidence.scope(a.scope(), a.coverage()),
                a.mutation() == null ? null : evidence.mutation(a.mutation()),
                Findings.of(a, locator),
                ChangedLinesModels.of(a.coverage().changed()));
    }

    private static ReportModel.Verdict verdict(Assessment a) {
        long measured = a.gates().stream().filter(r -> r.status().measured()).count();
        long enabled = a.gates().stream()
                .filter(r -> r.status() != GateStatus.DISABLED)
                .count();
        String score = Texts.score(a);
        String consoleLine = "Score " + (a.score() == null ? "n/a (no gate measured)" : score) + " — " + a.level()
                + " (deployment " + Texts.approval(a) + ", confidence " + Texts.confidence(a) + "; " + measured
                + " of " + enabled + " gates measured, "
                + Percent.display(a.measuredWeight().multiply(BigDecimal.valueOf(100))) + " % of the weight)";
        return new ReportModel.Verdict(
                a.project().groupId(),
                a.project().artifactId(),
                a.project().version(),
                a.project().groupId() + ":" + a.project().artifactId() + ":"
                        + a.project().version(),
                a.timestamp(),
                a.score(),
                score,
                a.level(),
                a.deploymentApproved(),
                Texts.approval(a),
                a.confidence().jsonName(),
                Texts.confidence(a),
                a.measuredWeight(),
                Texts.measured(a),
                Texts.measuredCount(a),
                measured + " of " + enabled,
                a.commit(),
                a.branch(),
                consoleLine,
                TestNames.nonBlockingFailures(a),
                Texts.noEvidence(a));
    }

    private static ReportModel.GateRow gate(GateResult r) {
        GateDefinition d = r.gate();
        return new ReportModel.GateRow(
                d.id(),
                d.metric().configName(),
                d.metric() == dev.readiness.policy.Metric.PASS_RATE,
                d.scope(),
                d.tag(),
                d.counter() == null ? null : d.counter().name(),
                d.source() == null ? null : d.source().name().toLowerCase(Locale.ROOT),
                d.group(),
                d.threshold(),
                d.weight(),
                d.critical(),
                d.onMissing().name().toLowerCase(Locale.ROOT),
                r.status(),
                r.value(),
                r.value() == null ? null : r.value().setScale(2, RoundingMode.DOWN),
                r.numerator(),
                r.denominator(),
                r.gateScore() == null ? null : r.gateScore().setScale(2, RoundingMode.DOWN),
                r.blocking(),
                d.noRegression(),
                d.noRegression() ? d.tolerance() : null,
                r.ratchet() == null
                        ? null
                        : new ReportModel.Ratchet(
                                r.ratchet().status().name(),
                                r.ratchet().previous(),
                                r.ratchet().message()),
                r.message(),
                r.details(),
                Texts.value(r),
                Texts.required(r),
                Percent.plain(d.weight()));
    }

    private static ReportModel.Tests tests(TestSummary t) {
        Map<String, ReportModel.Counts> groups = new TreeMap<>();
        t.groups().forEach((name, c) -> groups.put(name, counts(c)));
        return new ReportModel.Tests(
                counts(t.all()),
                counts(t.surefire()),
                counts(t.failsafe()),
                groups,
                t.duplicateReports(),
                t.malformedReports(),
                t.notPassed().stream().map(ModelFactory::testCase).toList(),
                t.flaky().stream().map(ModelFactory::testCase).toList(),
                TestNames.totals(t),
                TestNames.notPassed(t),
                TestNames.flaky(t));
    }

    private static ReportModel.TestCase testCase(TestCaseResult c) {
        return new ReportModel.TestCase(
                c.className(), c.name(), c.outcome().name(), c.reruns(), c.message(), c.junitDisplayName());
    }

    static ReportModel.Counts counts(TestCounts c) {
        return new ReportModel.Counts(c.total(), c.passed(), c.failed(), c.errors(), c.skipped(), c.flaky());
    }

    /** Every counter kind, in the order of {@link CounterKind}, with its percentage ({@code -} when empty). */
    static Map<CounterKind, ReportModel.Cell> counters(Coverage coverage) {
        Map<CounterKind, ReportModel.Cell> cells = new EnumMap<>(CounterKind.class);
        for (CounterKind kind : CounterKind.values()) {
            Counter c = coverage.get(kind);
            cells.put(
                    kind,
                    new ReportModel.Cell(
                            c.covered(),
                            c.missed(),
                            c.total() == 0 ? "-" : Percent.display(Percent.of(c.covered(), c.total())) + " %"));
        }
        return cells;
    }

    static ReportModel.TrendRow trend(Trend t) {
        return new ReportModel.TrendRow(t, Texts.trend(t), trendLine(t));
    }

    /** The score's trend on the console: direction, change since the previous build, range. */
    private static String trendLine(Trend t) {
        if (t.direction() == TrendDirection.INSUFFICIENT_DATA) {
            return "Trend: insufficient data (" + t.count() + " previous scored build" + (t.count() == 1 ? "" : "s")
                    + " in the history; 2 are needed)";
        }
        String delta = t.delta() == null
                ? ""
                : ", " + (t.delta().signum() >= 0 ? "+" : "") + Percent.display(t.delta())
                        + " since the previous build (" + Percent.display(t.previous()) + ")";
        return "Trend: " + t.direction().jsonName() + " vs the mean of the last " + t.count() + " builds" + delta
                + "; range " + Percent.display(t.low()) + "–" + Percent.display(t.high());
    }

    private static ReportModel.Reactor reactor(ReactorSummary r) {
        return new ReportModel.Reactor(
                r.modules().stream().map(ModelFactory::module).toList(), r.notInBuild(), r.partial());
    }

    private static ReportModel.Module module(ModuleSummary m) {
        return new ReportModel.Module(
                m.name(),
                m.path(),
                m.packaging(),
                m.verdict() == null ? null : m.verdict().level(),
                m.verdict() == null ? null : m.verdict().score(),
                counts(m.unitTests()),
                counts(m.integrationTests()),
                m.coverage() == null ? null : counters(m.coverage()),
                m.ownExecutionData(),
                m.notes(),
                Texts.moduleVerdict(m),
                Texts.moduleTests(m.unitTests()),
                Texts.moduleTests(m.integrationTests()),
                Texts.moduleCoverage(m, CounterKind.LINE),
                Texts.moduleCoverage(m, CounterKind.BRANCH),
                Texts.moduleNotes(m));
    }
}
