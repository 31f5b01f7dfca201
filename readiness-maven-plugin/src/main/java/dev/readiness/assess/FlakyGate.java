package dev.readiness.assess;

import static dev.readiness.assess.GateResult.missing;

import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.history.HistoryRecord;
import dev.readiness.history.TestRuns;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;
import dev.readiness.policy.TestSource;
import dev.readiness.text.SafeText;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code flaky}: the tests of this build's scope (source, optional group) that were flaky in the window of the last
 * {@code builds} builds — this build and the ones before it in the history file. A test is flaky when a Surefire rerun
 * made it pass in a build of the window, or when two builds of the window with the same input fingerprint disagree
 * (one failed or errored, the other named every failure and not this test). The gate fails when more than
 * {@code maxFlaky} tests are flaky; its value is the share of the scope's tests that are not.
 */
final class FlakyGate implements MetricGate {

    @Override
    public Metric metric() {
        return Metric.FLAKY;
    }

    @Override
    public Skip skippedBy(GateDefinition gate, EvidenceScope scope) {
        return new PassRateGate().skippedBy(gate, scope);
    }

    @Override
    public GateResult evaluate(GateDefinition gate, GateContext ctx) {
        if (ctx.history() == null) {
            return missing(
                    gate,
                    "the flaky metric compares this build with the builds recorded in the history file, and history"
                            + " is off; remove readiness.skipHistory or set readiness.historyFile",
                    List.of());
        }
        TestSource source = gate.source() == null ? TestSource.ALL : gate.source();
        List<TestCaseResult> cases = new ArrayList<>();
        if (source != TestSource.FAILSAFE && ctx.evidence().surefire().hasReports()) {
            cases.addAll(ctx.surefire());
        }
        if (source != TestSource.SUREFIRE && ctx.evidence().failsafe().hasReports()) {
            cases.addAll(ctx.failsafe());
        }
        String where = switch (source) {
            case SUREFIRE -> "Surefire tests";
            case FAILSAFE -> "Failsafe tests";
            case ALL -> "tests";
        };
        if (gate.group() != null) {
            cases = ctx.evidence().testClasses().members(ctx.policy().testGroup(gate.group()), cases);
            where = where + " in group '" + gate.group() + "'";
        }
        if (cases.isEmpty()) {
            return missing(
                    gate,
                    "no test case of the " + where + " in this build's reports; run the tests (mvn verify), or fix"
                            + " the gate's <source>/<group>",
                    List.of());
        }
        Window window = Window.of(cases, ctx.history(), gate.builds());
        Map<String, List<String>> flaky = window.flaky();
        long total = window.scope().size();
        long stable = total - flaky.size();
        BigDecimal value = Percent.of(stable, total);
        boolean passed = flaky.size() <= gate.maxFlaky();
        String message = gate.id() + ": " + flaky.size() + " flaky of " + total + " " + where + " in the last "
                + window.builds().size() + " build" + (window.builds().size() == 1 ? "" : "s") + " (window "
                + gate.builds() + ") " + (passed ? "<=" : ">") + " allowed " + gate.maxFlaky();
        List<String> details = new ArrayList<>();
        flaky.entrySet().stream()
                .limit(LISTED)
                .forEach(e -> details.add(e.getKey() + " — " + String.join("; ", e.getValue())));
        if (flaky.size() > LISTED) {
            details.add("…and " + (flaky.size() - LISTED) + " more");
        }
        if (!passed) {
            details.add(
                    0,
                    "fix or quarantine " + (flaky.size() - gate.maxFlaky()) + " of the " + flaky.size()
                            + " flaky tests (" + gate.maxFlaky() + " allowed)");
        }
        details.addAll(window.notes());
        return GateResult.measured(gate, passed, value, stable, total, message, details);
    }

    /** One build of the window: its label, input fingerprint, whether it named every failure, and its failures. */
    record Build(String label, String fingerprint, boolean complete, Map<String, Failure> failures) {}

    /** A failed, erroring or rerun-passed outcome of one test in one build, with its first failure line. */
    record Failure(TestOutcome outcome, String line) {}

    /** The builds of the window, oldest first (this build last), and the test ids in scope. */
    record Window(List<Build> builds, Set<String> scope, List<String> notes) {

        static Window of(List<TestCaseResult> cases, HistoryContext history, int size) {
            Set<String> scope = new TreeSet<>();
            Map<String, Failure> now = new TreeMap<>();
            for (TestCaseResult c : cases) {
                String id = TestRuns.id(c.className(), c.name());
                scope.add(id);
                if (c.outcome() == TestOutcome.FAILED
                        || c.outcome() == TestOutcome.ERROR
                        || c.outcome() == TestOutcome.FLAKY) {
                    now.putIfAbsent(
                            id,
                            new Failure(
                                    c.outcome(),
                                    c.message() == null ? "" : SafeText.excerpt(c.message(), TestRuns.MESSAGE)));
                }
            }
            List<HistoryRecord> previous = history.previous();
            List<HistoryRecord> earlier = previous.subList(Math.max(0, previous.size() - (size - 1)), previous.size());
            List<Build> builds = new ArrayList<>();
            int incomplete = 0;
            int unknown = 0;
            for (HistoryRecord r : earlier) {
                Map<String, Failure> failures = new TreeMap<>();
                r.testRuns().failed().forEach((id, line) -> failures.put(id, new Failure(TestOutcome.FAILED, line)));
                r.testRuns().errors().forEach((id, line) -> failures.put(id, new Failure(TestOutcome.ERROR, line)));
                r.testRuns().flaky().forEach((id, line) -> failures.put(id, new Failure(TestOutcome.FLAKY, line)));
                boolean complete = r.testRunsComplete();
                incomplete += complete ? 0 : 1;
                unknown += r.testRuns().fingerprint() == null ? 1 : 0;
                builds.add(new Build(
                        DateTimeFormatter.ISO_INSTANT.format(r.timestamp().truncatedTo(ChronoUnit.SECONDS)),
                        r.testRuns().fingerprint(),
                        complete,
                        failures));
            }
            builds.add(new Build("this build", history.fingerprint(), true, now));
            List<String> notes = new ArrayList<>();
            if (history.fingerprint() == null) {
                notes.add("this build has no input fingerprint (no compiled classes found): its outcomes are compared"
                        + " with no earlier build; only reruns count");
            }
            if (unknown > 0) {
                notes.add(unknown + " earlier build(s) of the window have no input fingerprint (recorded before"
                        + " fingerprints were): only their reruns count");
            }
            if (incomplete > 0) {
                notes.add(incomplete + " earlier build(s) of the window named only their first " + TestRuns.LIMIT
                        + " failures per outcome: a test they do not name is not taken as passed there");
            }
            return new Window(List.copyOf(builds), scope, notes);
        }

        /** The flaky tests of the scope, by id, each with its evidence: how, and the outcome in each build. */
        Map<String, List<String>> flaky() {
            Map<String, List<String>> flaky = new LinkedHashMap<>();
            Set<String> candidates = new TreeSet<>();
            builds.forEach(b -> candidates.addAll(b.failures().keySet()));
            candidates.retainAll(scope);
            for (String id : candidates) {
                List<String> evidence = new ArrayList<>();
                for (Build b : builds) {
                    Failure f = b.failures().get(id);
                    if (f != null && f.outcome() == TestOutcome.FLAKY) {
                        evidence.add("passed on a rerun in " + b.label() + firstLine(f));
                    }
                }
                for (int i = 0; i < builds.size(); i++) {
                    Build failedIn = builds.get(i);
                    Failure f = failedIn.failures().get(id);
                    if (f == null || f.outcome() == TestOutcome.FLAKY || failedIn.fingerprint() == null) {
                        continue;
                    }
                    for (Build b : builds) {
                        if (b != failedIn
                                && b.complete()
                                && failedIn.fingerprint().equals(b.fingerprint())
                                && !b.failures().containsKey(id)) {
                            evidence.add(f.outcome().name().toLowerCase(java.util.Locale.ROOT) + " in "
                                    + failedIn.label() + firstLine(f) + ", passed in " + b.label() + " (same input "
                                    + failedIn.fingerprint().substring(7, 19) + ")");
                            break;
                        }
                    }
                }
                if (!evidence.isEmpty()) {
                    flaky.put(id, evidence);
                }
            }
            return flaky;
        }

        private static String firstLine(Failure f) {
            return f.line().isEmpty() ? "" : " (\"" + f.line() + "\")";
        }
    }
}
