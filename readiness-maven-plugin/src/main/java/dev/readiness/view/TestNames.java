package dev.readiness.view;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateResult;
import dev.readiness.assess.GateStatus;
import dev.readiness.assess.Percent;
import dev.readiness.assess.TestSummary;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.text.SafeText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What happened to the tests, in plain text shared by the console and {@code readiness.md}: the totals (skipped and
 * disabled stated), the failing and erroring tests and the flaky ones by name with their first message line, and the
 * sentence that says why failed non-critical gates do not block. Texts are raw: each view escapes them.
 */
public final class TestNames {
    /** How many failing or erroring tests, and how many flaky ones, a view names; the rest are counted. */
    public static final int LISTED = 10;

    /** Longest test name shown, in characters. */
    public static final int MAX_NAME = 200;

    /** Longest message shown, in characters. */
    public static final int MAX_MESSAGE = 160;

    private TestNames() {}

    /**
     * The totals, e.g. {@code 17 (Surefire 16, Failsafe 1): 13 passed, 1 failed, 1 error, 2 skipped or disabled, 1
     * flaky (passed on a rerun)}.
     */
    public static String totals(TestSummary t) {
        TestCounts all = t.all();
        return all.total() + " (Surefire " + t.surefire().total() + ", Failsafe "
                + t.failsafe().total() + "): "
                + all.passed() + " passed, " + all.failed() + " failed, " + all.errors()
                + (all.errors() == 1 ? " error, " : " errors, ") + all.skipped()
                + " skipped or disabled" + (all.flaky() == 0 ? "" : ", " + all.flaky() + " flaky (passed on a rerun)");
    }

    /**
     * The first {@link #LISTED} failing and erroring tests, e.g. {@code FAILED com.acme.GaugeTest.rounds — expected
     * <3.0> but was <3>}, then {@code …and N more} when there are more.
     */
    public static List<String> notPassed(TestSummary t) {
        List<String> lines = new ArrayList<>();
        List<TestCaseResult> cases = t.notPassed();
        cases.stream().limit(LISTED).forEach(c -> lines.add(c.outcome().name() + " " + name(c) + message(c, "")));
        if (cases.size() > LISTED) {
            lines.add("…and " + (cases.size() - LISTED)
                    + " more failing or erroring tests, see readiness.json tests.failingTests");
        }
        return lines;
    }

    /**
     * The first {@link #LISTED} flaky tests, e.g. {@code FLAKY com.acme.SensorTest.reads (failed 1 time, then
     * passed) — first failure: timeout}, then {@code …and N more} when there are more.
     */
    public static List<String> flaky(TestSummary t) {
        List<String> lines = new ArrayList<>();
        List<TestCaseResult> cases = t.flaky();
        cases.stream()
                .limit(LISTED)
                .forEach(c -> lines.add("FLAKY " + name(c) + " (failed " + c.reruns() + " time"
                        + (c.reruns() == 1 ? "" : "s") + ", then passed)" + message(c, "first failure: ")));
        if (cases.size() > LISTED) {
            lines.add("…and " + (cases.size() - LISTED) + " more flaky tests, see readiness.json tests.flakyTests");
        }
        return lines;
    }

    /**
     * Why failed gates did not block a verdict that is not {@code BLOCKED}, or {@code null} when no gate failed or the
     * verdict is blocked: e.g. {@code 2 non-critical gates failed (system-compatibility, documentation-completeness):
     * they lower the score but do not block; a failed critical gate blocks, and the closest to its threshold is
     * test-pass-rate (92.8 %, required >= 90 %).}
     */
    public static String nonBlockingFailures(Assessment a) {
        if (a.level() == ReadinessLevel.BLOCKED) {
            return null;
        }
        List<String> failed = a.gates().stream()
                .filter(r -> r.status() == GateStatus.FAILED && !r.blocking())
                .map(r -> r.gate().id())
                .toList();
        if (failed.isEmpty()) {
            return null;
        }
        String gates = failed.size() == 1 ? "1 non-critical gate failed" : failed.size() + " non-critical gates failed";
        String verb = failed.size() == 1
                ? "it lowers the score but does not block"
                : "they lower the score but do not" + " block";
        GateResult closest = a.gates().stream()
                .filter(r -> r.gate().critical() && r.status() == GateStatus.PASSED && r.value() != null)
                .min(Comparator.comparing(r -> r.value().subtract(r.gate().threshold())))
                .orElse(null);
        String critical = closest == null
                ? "a failed critical gate blocks, and no critical gate was measured"
                : "a failed critical gate blocks, and the closest to its threshold is "
                        + closest.gate().id() + " (" + Percent.display(closest.value()) + " %, required "
                        + Texts.required(closest) + ")";
        return gates + " (" + String.join(", ", failed) + "): " + verb + "; " + critical + ".";
    }

    private static String name(TestCaseResult c) {
        return oneLine(c.shownName(), MAX_NAME);
    }

    private static String message(TestCaseResult c, String prefix) {
        return c.message() == null || c.message().isBlank() ? "" : " — " + prefix + oneLine(c.message(), MAX_MESSAGE);
    }

    /** One line, whitespace runs folded, cut by code point with an ellipsis. */
    private static String oneLine(String s, int max) {
        return SafeText.truncate(s.strip().replaceAll("\\s+", " "), max);
    }
}
