package dev.readiness.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The validated readiness policy: tags, test groups, gates and the verdict rules. Built by {@link PolicyFactory}.
 *
 * @param tags every defined tag, including the default {@code critical} and {@code safety-critical} tags (which
 *     are not configured until they get a selector)
 * @param testGroups explicitly defined test groups
 * @param gates every gate, in evaluation order (defaults first, then added gates)
 * @param minimumLevel the lowest level {@code check} accepts
 * @param skippedCountAsNotPassed skipped tests count as executed and not passed (default: excluded)
 * @param flakyCountsAsPassed flaky tests (passed on a rerun) count as passed (default: yes)
 * @param malformedReportIsError a malformed report counts as one erroring test case (default) instead of failing
 *     the evaluation
 * @param userGroups test-group names the POM mentions (defined groups and groups named in its gates); a default
 *     gate's implicit group that matches nothing is {@code NOT_CONFIGURED}, a user's is {@code MISSING}
 * @param moduleOfReactor the policy judges one module of a multi-module build that also gets a reactor verdict: a
 *     tag that matches no class of the module is {@code NOT_CONFIGURED} there (its code is in another module, and the
 *     reactor verdict judges it) instead of {@code MISSING}
 * @param minimumMeasuredWeight the share (percent, 0–100) of the enabled gates' weight that must be measured for a
 *     verdict above {@code NOT_READY}; below it the verdict says the evidence is too thin to approve anything
 */
public record Policy(
        List<TagDefinition> tags,
        List<TestGroupDefinition> testGroups,
        List<GateDefinition> gates,
        ReadinessLevel minimumLevel,
        boolean skippedCountAsNotPassed,
        boolean flakyCountsAsPassed,
        boolean malformedReportIsError,
        Set<String> userGroups,
        boolean moduleOfReactor,
        BigDecimal minimumMeasuredWeight) {

    /** The default {@link #minimumMeasuredWeight()}: half of the policy's weight. */
    public static final BigDecimal DEFAULT_MINIMUM_MEASURED_WEIGHT = BigDecimal.valueOf(50);

    public Policy {
        if (minimumMeasuredWeight == null) {
            minimumMeasuredWeight = DEFAULT_MINIMUM_MEASURED_WEIGHT;
        }
        userGroups = Set.copyOf(userGroups);
        tags = List.copyOf(tags);
        testGroups = List.copyOf(testGroups);
        gates = List.copyOf(gates);
    }

    /** A policy for a single project. */
    public Policy(
            List<TagDefinition> tags,
            List<TestGroupDefinition> testGroups,
            List<GateDefinition> gates,
            ReadinessLevel minimumLevel,
            boolean skippedCountAsNotPassed,
            boolean flakyCountsAsPassed,
            boolean malformedReportIsError,
            Set<String> userGroups) {
        this(
                tags,
                testGroups,
                gates,
                minimumLevel,
                skippedCountAsNotPassed,
                flakyCountsAsPassed,
                malformedReportIsError,
                userGroups,
                false,
                DEFAULT_MINIMUM_MEASURED_WEIGHT);
    }

    /** The same policy applied to one module of a reactor verdict (see {@link #moduleOfReactor()}). */
    public Policy asModuleOfReactor() {
        return new Policy(
                tags,
                testGroups,
                gates,
                minimumLevel,
                skippedCountAsNotPassed,
                flakyCountsAsPassed,
                malformedReportIsError,
                userGroups,
                true,
                minimumMeasuredWeight);
    }

    /** The same policy with another {@link #minimumMeasuredWeight()}. */
    public Policy withMinimumMeasuredWeight(BigDecimal percent) {
        return new Policy(
                tags,
                testGroups,
                gates,
                minimumLevel,
                skippedCountAsNotPassed,
                flakyCountsAsPassed,
                malformedReportIsError,
                userGroups,
                moduleOfReactor,
                percent);
    }

    public Optional<TagDefinition> tag(String name) {
        return tags.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The group of that name, or the implicit group made of the JUnit/TestNG tag of the same name. */
    public TestGroupDefinition testGroup(String name) {
        return testGroups.stream()
                .filter(g -> g.name().equals(name))
                .findFirst()
                .orElseGet(() -> TestGroupDefinition.ofTag(name));
    }
}
