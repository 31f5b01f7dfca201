package dev.readiness.assess;

import dev.readiness.evidence.tests.MalformedReport;
import dev.readiness.evidence.tests.Quarantine;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.evidence.tests.TestEvidence;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.policy.Policy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every gate reads: the policy, the evidence, and the test cases of Surefire and Failsafe with a malformed report
 * counted as one erroring case when the policy says so, and the history (earlier builds and this build's input
 * fingerprint) when history is on.
 */
record GateContext(
        Policy policy,
        Evidence evidence,
        List<TestCaseResult> surefire,
        List<TestCaseResult> failsafe,
        HistoryContext history,
        List<Quarantine.Entry> quarantined) {

    GateContext {
        quarantined = quarantined == null ? List.of() : List.copyOf(quarantined);
    }

    static GateContext of(Policy policy, Evidence evidence) {
        return of(policy, evidence, null);
    }

    /** The context with history and the quarantine entries in force today (they do not count for pass rates). */
    static GateContext of(
            Policy policy, Evidence evidence, HistoryContext history, List<Quarantine.Entry> quarantined) {
        return new GateContext(
                policy,
                evidence,
                withMalformed(evidence.surefire(), policy),
                withMalformed(evidence.failsafe(), policy),
                history,
                quarantined);
    }

    /** The context with the earlier builds of the history file ({@code null} when history is off). */
    static GateContext of(Policy policy, Evidence evidence, HistoryContext history) {
        return new GateContext(
                policy,
                evidence,
                withMalformed(evidence.surefire(), policy),
                withMalformed(evidence.failsafe(), policy),
                history,
                List.of());
    }

    /** A malformed report counts as one erroring case when the policy says so (never silently ignored). */
    private static List<TestCaseResult> withMalformed(TestEvidence evidence, Policy policy) {
        if (evidence.malformedReports().isEmpty() || !policy.malformedReportIsError()) {
            return evidence.cases();
        }
        List<TestCaseResult> cases = new ArrayList<>(evidence.cases());
        for (MalformedReport m : evidence.malformedReports()) {
            Path name = m.file().getFileName();
            if (name == null || name.toString().equals("failsafe-summary.xml")) {
                continue; // a broken failsafe-summary.xml is a warning, not a test case (an open-test-report.xml is)
            }
            cases.add(new TestCaseResult(
                    String.valueOf(name),
                    "(malformed report)",
                    TestOutcome.ERROR,
                    0,
                    TestCaseResult.TIME_NOT_MEASURED,
                    "unreadable report at line " + m.line() + ": " + m.problem(),
                    m.file()));
        }
        return List.copyOf(cases);
    }

    /** The test counts of the verdict: all, Surefire, Failsafe, each test group the policy names. */
    static TestSummary summary(GateContext ctx) {
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
                        .toList(),
                all.stream().filter(c -> c.outcome() == TestOutcome.FLAKY).toList());
    }
}
