package dev.readiness.assess;

import static dev.readiness.assess.GateResult.missing;
import static dev.readiness.assess.GateResult.notConfigured;

import dev.readiness.evidence.tests.PassRate;
import dev.readiness.evidence.tests.PassRatePolicy;
import dev.readiness.evidence.tests.Quarantine;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestClassIndex;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;
import dev.readiness.policy.TestGroupDefinition;
import dev.readiness.policy.TestSource;
import dev.readiness.text.SafeText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code pass-rate}: passed / executed test cases of Surefire, Failsafe or both, optionally of one test group; a
 * failure names the tests that did not pass with their first message line.
 */
final class PassRateGate implements MetricGate {

    @Override
    public Metric metric() {
        return Metric.PASS_RATE;
    }

    @Override
    public Skip skippedBy(GateDefinition gate, EvidenceScope scope) {
        boolean unit = scope.surefireSkippedBy() != null;
        boolean it = scope.failsafeSkippedBy() != null;
        if (gate.source() == TestSource.SUREFIRE && unit) {
            return new Skip(scope.surefireSkippedBy(), "this build skipped the Surefire tests");
        } else if (gate.source() == TestSource.FAILSAFE && it) {
            return new Skip(scope.failsafeSkippedBy(), "this build skipped the Failsafe tests");
        } else if (gate.source() == TestSource.ALL && unit && it) {
            return new Skip(scope.surefireSkippedBy(), "this build skipped the tests");
        }
        return null;
    }

    @Override
    public GateResult evaluate(GateDefinition gate, GateContext ctx) {
        Evidence evidence = ctx.evidence();
        GateResult undefined = undefinedDefaultGroup(gate, ctx);
        if (undefined != null) {
            return undefined;
        }
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
                // only a group the POM names gets here (see undefinedDefaultGroup)
                return missing(
                        gate,
                        "test group '" + group.name() + "' is read from the compiled test classes and none were"
                                + " found " + searchedIn(evidence.testClassesLocations(), "test-classes")
                                + "; run mvn verify so test classes are compiled, or set"
                                + " readiness.testClassesDirectories",
                        List.of());
            }
            List<TestCaseResult> members = evidence.testClasses().members(group, cases);
            if (members.isEmpty()) {
                String msg = "test group '" + group.name() + "' matches no test case of the " + where + " ("
                        + groupSelectors(group) + ")";
                return userGroup
                        ? missing(gate, msg + "; tag the tests or fix the group's selectors", List.of())
                        : missing(
                                gate,
                                msg + ", although test classes carry the tag: their tests did not run or their reports"
                                        + " are missing (excluded by Surefire's <groups>/<excludedGroups>?); run them,"
                                        + " or disable the gate",
                                List.of());
            }
            cases = members;
            where = where + " in group '" + group.name() + "'";
        }
        List<String> quarantineNotes = new ArrayList<>();
        if (!ctx.quarantined().isEmpty()) {
            List<TestCaseResult> counted = new ArrayList<>();
            for (TestCaseResult c : cases) {
                Quarantine.Entry entry = ctx.quarantined().stream()
                        .filter(e -> e.covers(c))
                        .findFirst()
                        .orElse(null);
                if (entry == null) {
                    counted.add(c);
                } else {
                    quarantineNotes.add("quarantined until " + entry.expires() + ", not counted: " + c.className()
                            + "." + c.name() + " " + c.outcome().name().toLowerCase(Locale.ROOT) + " (owner "
                            + truncate(entry.owner(), 80)
                            + (entry.issue() == null ? "" : ", " + truncate(entry.issue(), 200))
                            + ")");
                }
            }
            cases = counted;
            if (cases.isEmpty()) {
                return missing(gate, "every test case of the " + where + " is quarantined", quarantineNotes);
            }
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
        if (gate.maxQuarantined() != null && quarantineNotes.size() > gate.maxQuarantined()) {
            details.add(
                    0,
                    "fix " + (quarantineNotes.size() - gate.maxQuarantined()) + " of the quarantined tests, or end"
                            + " their quarantine (" + gate.maxQuarantined() + " allowed)");
            quarantineNotes.stream().limit(LISTED).forEach(details::add);
            return GateResult.failed(
                    gate,
                    value,
                    rate.passed(),
                    rate.executed(),
                    gate.id() + ": " + quarantineNotes.size() + " quarantined " + where + " > allowed "
                            + gate.maxQuarantined() + " (" + actual + ")",
                    details);
        }
        quarantineNotes.stream().limit(LISTED).forEach(details::add);
        if (quarantineNotes.size() > LISTED) {
            details.add("…and " + (quarantineNotes.size() - LISTED) + " more quarantined");
        }
        if (passed) {
            return GateResult.passed(
                    gate,
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
        return GateResult.failed(
                gate,
                value,
                rate.passed(),
                rate.executed(),
                gate.id() + ": " + actual + " < required " + Percent.plain(gate.threshold()) + " % of " + where,
                details);
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

    /**
     * {@code NOT_CONFIGURED} when the gate measures a group the POM does not name (a default gate's implicit group,
     * the tag of the same name) and no compiled test class or method carries that tag: the group does not exist here,
     * whether or not the module has test reports. {@code null} otherwise: a group the POM names, or one whose tag the
     * test code carries, is measured, and its absent evidence is {@code MISSING} (fail closed).
     */
    private static GateResult undefinedDefaultGroup(GateDefinition gate, GateContext ctx) {
        if (gate.group() == null) {
            return null;
        }
        TestGroupDefinition group = ctx.policy().testGroup(gate.group());
        if (ctx.policy().userGroups().contains(group.name()) || !group.classes().isEmpty()) {
            return null;
        }
        TestClassIndex index = ctx.evidence().testClasses();
        String tags = group.tags().stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        String remedy = "; tag the tests it should measure with @Tag(\"" + group.name()
                + "\") or define <testGroups>, or disable the gate";
        if (index.isEmpty()) {
            return notConfigured(
                    gate,
                    "test group '" + group.name() + "' (tests tagged " + tags + ") does not exist here: there are no"
                            + " compiled test classes in "
                            + String.join(", ", ctx.evidence().testClassesLocations()) + remedy
                            + " (if the tests exist but were not compiled, run mvn verify or set"
                            + " readiness.testClassesDirectories)");
        }
        if (!index.declaresAny(group.tags())) {
            OpenTestUse openTest = ctx.evidence().openTest();
            String where = openTest != null && openTest.tagsOnly()
                    ? " test classes in JUnit's Open Test Reporting file "
                            + openTest.files().stream().map(Object::toString).collect(Collectors.joining(", "))
                    : " compiled test classes in "
                            + String.join(", ", ctx.evidence().testClassesLocations());
            return notConfigured(
                    gate,
                    "test group '" + group.name() + "' (tests tagged " + tags + ") does not exist here: no class or"
                            + " method of the " + index.scannedClasses() + where + " carries the tag" + remedy);
        }
        return null;
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
}
