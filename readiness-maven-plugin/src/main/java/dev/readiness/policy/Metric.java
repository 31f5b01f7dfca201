package dev.readiness.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a gate measures (DESIGN.md §5). The configuration name is the lower-case, hyphenated form. */
public enum Metric {
    /** A JaCoCo counter's covered ratio over all analysed classes or a tag. */
    COVERAGE("coverage"),
    /** Passed / executed test cases of Surefire, Failsafe or both, optionally of one test group. */
    PASS_RATE("pass-rate"),
    /** Share of JMH benchmarks not regressed against a baseline. */
    BENCHMARKS("benchmarks"),
    /** Share of public API elements with Javadoc. */
    DOCUMENTATION("documentation"),
    /** Share of PIT mutants detected by the tests, over all analysed classes or a tag. */
    MUTATION("mutation"),
    /** Share of test cases that were not flaky in the last builds (outcome changed on the same input, or a rerun). */
    FLAKY("flaky"),
    /** Share of test classes (and the suite) within their time: not slower than the median of the last builds by more
     * than the tolerance and the noise guard, and within the absolute budgets. */
    DURATION("duration");

    private final String configName;

    Metric(String configName) {
        this.configName = configName;
    }

    /** The name used in the POM and in readiness.json. */
    public String configName() {
        return configName;
    }

    public static Optional<Metric> fromConfigName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(m -> m.configName.equals(wanted) || m.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    public static String validNames() {
        return Arrays.stream(values()).map(Metric::configName).collect(Collectors.joining(", "));
    }
}
