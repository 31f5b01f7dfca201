package dev.readiness.policy;

import static dev.readiness.policy.GateDefinition.builder;
import static dev.readiness.policy.GateDefinition.coverage;
import static dev.readiness.policy.GateDefinition.passRate;
import static dev.readiness.policy.Metric.BENCHMARKS;
import static dev.readiness.policy.Metric.DOCUMENTATION;
import static dev.readiness.policy.TestSource.FAILSAFE;
import static dev.readiness.policy.TestSource.SUREFIRE;

import dev.readiness.text.SafeText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a validated {@link Policy} from the POM's configuration: default gates (DESIGN.md §5) overridden by id,
 * added gates, tags and test groups. Every problem is collected and reported at once.
 */
public final class PolicyFactory {
    /** Tag names the default gates use; they exist even when the POM does not define them. */
    public static final List<String> DEFAULT_TAGS = List.of("critical", "safety-critical");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The eight default gates of DESIGN.md §5, in its order. */
    private static final List<GateDefinition> DEFAULT_GATES = built(
            coverage("overall-test-coverage").threshold("85").weight("0.15"),
            coverage("critical-component-coverage", "critical")
                    .threshold("95")
                    .weight("0.20")
                    .critical(),
            coverage("safety-critical-coverage", "safety-critical")
                    .threshold("100")
                    .weight("0.15")
                    .critical(),
            passRate("test-pass-rate", SUREFIRE).threshold("95").weight("0.10").critical(),
            passRate("system-compatibility", FAILSAFE).threshold("85").weight("0.15"),
            builder("performance-benchmarks", BENCHMARKS).threshold("90").weight("0.10"),
            passRate("numerical-stability", SUREFIRE, "stability")
                    .threshold("95")
                    .weight("0.10")
                    .critical(),
            builder("documentation-completeness", DOCUMENTATION).threshold("90").weight("0.05"));

    /** The eight default gates of DESIGN.md §5. */
    public static List<GateDefinition> defaultGates() {
        return DEFAULT_GATES;
    }

    private static List<GateDefinition> built(GateDefinition.Builder... gates) {
        return Arrays.stream(gates).map(GateDefinition.Builder::build).toList();
    }

    /**
     * Most gates a policy may have: one history record holds every gate, and a record must stay below the history
     * reader's line limit (1 MiB) with gate ids of {@value #MAX_GATE_ID} characters.
     */
    public static final int MAX_GATES = 500;

    /** Longest gate id, in characters. */
    public static final int MAX_GATE_ID = 200;

    /** Most decimal places of a configured threshold, weight or tolerance. */
    static final int MAX_DECIMALS = 9;

    private static final BigDecimal MAX_NUMBER = BigDecimal.valueOf(10_000_000_000L);

    /**
     * Validates the configuration and builds the policy.
     *
     * @param tags tags from the POM (the default tags are added when absent)
     * @param groups test groups from the POM
     * @param gateSpecs gate overrides and additions from the POM
     * @param minimumLevel the level name, or {@code null} for {@code CONDITIONAL_READY}
     * @param skippedTests {@code exclude} (default) or {@code fail}
     * @param flakyTests {@code pass} (default) or {@code fail}
     * @param malformedReports {@code error} (default) or {@code fail}
     * @throws PolicyException listing every invalid element with the valid values
     */
    public Policy build(
            List<TagDefinition> tags,
            List<TestGroupDefinition> groups,
            List<GateSpec> gateSpecs,
            String minimumLevel,
            String skippedTests,
            String flakyTests,
            String malformedReports)
            throws PolicyException {
        List<String> problems = new ArrayList<>();

        List<TagDefinition> allTags = new ArrayList<>();
        Set<String> tagNames = new HashSet<>();
        for (TagDefinition tag : tags) {
            if (tag.name().isBlank()) {
                problems.add("<tag> without <name>: every tag needs a name (e.g. critical)");
            } else if (!tagNames.add(tag.name())) {
                problems.add("<tag> '" + tag.name() + "' is defined twice: define each tag once");
            } else {
                allTags.add(tag);
            }
            exactMarkProblems(tag, "classes", tag.classes(), true, problems);
            exactMarkProblems(tag, "excludeClasses", tag.excludeClasses(), true, problems);
            exactMarkProblems(tag, "packages", tag.packages(), false, problems);
            exactMarkProblems(tag, "excludePackages", tag.excludePackages(), false, problems);
        }
        for (String name : DEFAULT_TAGS) {
            if (tagNames.add(name)) {
                allTags.add(TagDefinition.of(name, List.of(), List.of(), List.of()));
            }
        }

        Set<String> groupNames = new HashSet<>();
        for (TestGroupDefinition group : groups) {
            if (group.name().isBlank()) {
                problems.add("<testGroup> without <name>: every test group needs a name (e.g. stability)");
            } else if (!groupNames.add(group.name())) {
                problems.add("<testGroup> '" + group.name() + "' is defined twice: define each group once");
            } else if (group.tags().isEmpty() && group.classes().isEmpty()) {
                problems.add("<testGroup> '" + group.name()
                        + "' has neither <tags> nor <classes>: name the JUnit/TestNG tags or class globs of its tests");
            }
        }

        Map<String, GateDefinition> gates = new LinkedHashMap<>();
        for (GateDefinition d : defaultGates()) {
            gates.put(d.id(), d);
        }
        Set<String> seen = new HashSet<>();
        for (GateSpec spec : gateSpecs) {
            String id = spec.id() == null ? "" : spec.id().strip();
            if (id.isEmpty()) {
                problems.add("<gate> without <id>: every gate needs an id (defaults: " + defaultIds() + ")");
                continue;
            }
            if (id.length() > MAX_GATE_ID || SafeText.hasUnsafe(id)) {
                problems.add("<gate> '" + SafeText.excerpt(id, 60) + "': a gate id is at most " + MAX_GATE_ID
                        + " characters without control characters (it names the gate in every report and in"
                        + " the history)");
                continue;
            }
            if (!seen.add(id)) {
                problems.add("<gate> '" + id + "' is configured twice: configure each gate id once");
                continue;
            }
            GateDefinition merged = merge(gates.get(id), spec, id, tagNames, problems);
            if (merged != null) {
                gates.put(id, merged);
            }
        }

        List<GateDefinition> gateList = new ArrayList<>(gates.values());
        if (gateList.size() > MAX_GATES) {
            problems.add("<gates>: " + gateList.size() + " gates configured (the "
                    + defaultGates().size()
                    + " default ones included), more than the " + MAX_GATES + " one history record can hold (a"
                    + " history line is at most 1 MiB, and a record the build cannot read back would leave the trend"
                    + " and the ratchets without data): merge gates, or remove some");
        }
        BigDecimal enabledWeight = gateList.stream()
                .filter(GateDefinition::enabled)
                .map(GateDefinition::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (problems.isEmpty() && enabledWeight.signum() == 0) {
            problems.add("every enabled <gate> has <weight>0</weight>: give at least one enabled gate a weight > 0");
        }

        ReadinessLevel level = parseEnum(
                ReadinessLevel.class, minimumLevel, "<minimumLevel>", ReadinessLevel.CONDITIONAL_READY, problems);
        boolean skippedFail = choice(skippedTests, "<skippedTests>", "exclude", "fail", problems);
        boolean flakyFail = choice(flakyTests, "<flakyTests>", "pass", "fail", problems);
        boolean malformedFail = choice(malformedReports, "<malformedReports>", "error", "fail", problems);

        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        Set<String> userGroups = new HashSet<>(groupNames);
        gateSpecs.stream()
                .map(GateSpec::group)
                .filter(g -> g != null && !g.isBlank())
                .map(String::strip)
                .forEach(userGroups::add);
        return new Policy(allTags, groups, gateList, level, skippedFail, !flakyFail, !malformedFail, userGroups);
    }

    /**
     * Validates {@code <minimumMeasuredWeight>}: a percentage of the enabled gates' weight, 0–100.
     *
     * @param raw the configured value, {@code null} or blank for the default (50)
     * @return the percentage
     * @throws PolicyException when it is not a number from 0 to 100
     */
    public static BigDecimal minimumMeasuredWeight(String raw) throws PolicyException {
        List<String> problems = new ArrayList<>();
        BigDecimal value = decimal(raw, "<minimumMeasuredWeight>", Policy.DEFAULT_MINIMUM_MEASURED_WEIGHT, problems);
        if (problems.isEmpty() && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problems.add("<minimumMeasuredWeight>: '" + SafeText.excerpt(raw, 60)
                    + "' is not a percentage from 0 to 100 (0 approves a verdict however little was measured)");
        }
        if (!problems.isEmpty()) {
            throw new PolicyException(problems);
        }
        return value;
    }

    private static GateDefinition merge(
            GateDefinition base, GateSpec spec, String id, Set<String> tagNames, List<String> problems) {
        int before = problems.size();
        String where = "<gate> '" + id + "'";
        Metric metric = null;
        if (spec.metric() != null) {
            metric = Metric.fromConfigName(spec.metric()).orElse(null);
            if (metric == null) {
                problems.add(where + ": unknown <metric> '" + spec.metric() + "'; valid: " + Metric.validNames());
                return null;
            }
        }
        if (base == null && metric == null) {
            problems.add(where + ": unknown gate id and no <metric>; default ids are " + defaultIds()
                    + "; a new gate needs <metric> (" + Metric.validNames() + ")");
            return null;
        }
        boolean metricChanged = base == null || (metric != null && metric != base.metric());
        Metric m = metric != null ? metric : base.metric();

        String tag = spec.tag() != null ? blankToNull(spec.tag()) : (metricChanged ? null : base.tag());
        CounterKind counter = parseEnum(
                CounterKind.class,
                spec.counter(),
                where + " <counter>",
                metricChanged || base.counter() == null ? CounterKind.LINE : base.counter(),
                problems);
        TestSource source = parseEnum(
                TestSource.class,
                spec.source(),
                where + " <source>",
                metricChanged || base.source() == null
                        ? (m == Metric.FLAKY || m == Metric.DURATION ? TestSource.ALL : TestSource.SUREFIRE)
                        : base.source(),
                problems);
        String group = spec.group() != null ? blankToNull(spec.group()) : (metricChanged ? null : base.group());

        if (m != Metric.COVERAGE && spec.counter() != null) {
            problems.add(where + ": <counter> applies only to <metric>coverage</metric>, this gate's metric is "
                    + m.configName());
        }
        if (m != Metric.COVERAGE && m != Metric.MUTATION && spec.tag() != null) {
            problems.add(where + ": <tag> applies only to <metric>coverage</metric> and <metric>mutation</metric>, this"
                    + " gate's metric is " + m.configName());
        }
        MutationMeasure measure = parseEnum(
                MutationMeasure.class,
                spec.measure(),
                where + " <measure>",
                metricChanged || base.measure() == null ? MutationMeasure.SCORE : base.measure(),
                problems);
        if (m != Metric.MUTATION && spec.measure() != null) {
            problems.add(where + ": <measure> applies only to <metric>mutation</metric>, this gate's metric is "
                    + m.configName());
        }
        LineWindow lines = parseEnum(
                LineWindow.class,
                spec.lines(),
                where + " <lines>",
                metricChanged || base.lines() == null ? LineWindow.ALL : base.lines(),
                problems);
        int minLines = base == null || metricChanged ? 0 : base.minLines();
        if (spec.minLines() != null && !spec.minLines().isBlank()) {
            try {
                minLines = Integer.parseInt(spec.minLines().strip());
            } catch (NumberFormatException e) {
                minLines = -1;
            }
            if (minLines < 0) {
                problems.add(where + ": <minLines> '" + SafeText.excerpt(spec.minLines(), 40)
                        + "' is not a whole number ≥ 0 (the changed executable lines below which the gate is"
                        + " inconclusive)");
            }
        }
        if (m != Metric.COVERAGE && (spec.lines() != null || spec.minLines() != null)) {
            problems.add(where + ": <lines> and <minLines> apply only to <metric>coverage</metric>, this gate's"
                    + " metric is " + m.configName());
        } else if (m == Metric.COVERAGE
                && lines == LineWindow.CHANGED
                && counter != CounterKind.LINE
                && counter != CounterKind.BRANCH) {
            problems.add(where + ": <lines>changed</lines> measures the LINE or BRANCH counter of the changed lines;"
                    + " <counter> " + counter.name().toLowerCase(Locale.ROOT) + " has no per-line value");
        } else if (m == Metric.COVERAGE && lines == LineWindow.ALL && spec.minLines() != null) {
            problems.add(where + ": <minLines> applies only to <lines>changed</lines>");
        }
        if (m == Metric.DURATION && spec.group() != null) {
            problems.add(where + ": <group> does not apply to <metric>duration</metric> (it times the suite of its"
                    + " <source> and each test class)");
        } else if (m != Metric.PASS_RATE
                && m != Metric.FLAKY
                && (spec.group() != null || (m != Metric.DURATION && spec.source() != null))) {
            problems.add(where + ": <source> and <group> apply only to <metric>pass-rate</metric> and"
                    + " <metric>flaky</metric>, this gate's metric is " + m.configName());
        }
        if (m != Metric.FLAKY && spec.maxFlaky() != null) {
            problems.add(where + ": <maxFlaky> applies only to <metric>flaky</metric>, this gate's metric is "
                    + m.configName());
        }
        if (m != Metric.FLAKY && m != Metric.DURATION && spec.builds() != null) {
            problems.add(where + ": <builds> applies only to <metric>flaky</metric> and <metric>duration</metric>, this"
                    + " gate's metric is " + m.configName());
        }
        if (m != Metric.DURATION
                && (spec.minSeconds() != null || spec.maxSeconds() != null || spec.maxClassSeconds() != null)) {
            problems.add(where + ": <minSeconds>, <maxSeconds> and <maxClassSeconds> apply only to"
                    + " <metric>duration</metric>, this gate's metric is " + m.configName());
        }
        if (m == Metric.DURATION && spec.threshold() != null) {
            problems.add(where + ": <threshold> does not apply to <metric>duration</metric>; set the allowed growth"
                    + " with <tolerance> (percent, default " + DURATION_TOLERANCE + ") and <minSeconds> (default "
                    + DURATION_MIN_SECONDS + "), budgets with <maxSeconds> and <maxClassSeconds>");
        }
        if (m == Metric.DURATION && spec.noRegression() != null) {
            problems.add(where + ": <noRegression> does not apply to <metric>duration</metric>; the gate itself"
                    + " compares with the last builds (<builds>, <tolerance>, <minSeconds>)");
        }
        BigDecimal minSeconds = seconds(
                spec.minSeconds(),
                where + " <minSeconds>",
                metricChanged || base.minSeconds() == null ? DURATION_MIN_SECONDS : base.minSeconds(),
                problems);
        BigDecimal maxSeconds =
                seconds(spec.maxSeconds(), where + " <maxSeconds>", metricChanged ? null : base.maxSeconds(), problems);
        BigDecimal maxClassSeconds = seconds(
                spec.maxClassSeconds(),
                where + " <maxClassSeconds>",
                metricChanged ? null : base.maxClassSeconds(),
                problems);
        if (m == Metric.FLAKY && spec.threshold() != null) {
            problems.add(where + ": <threshold> does not apply to <metric>flaky</metric>; set the most flaky tests"
                    + " allowed with <maxFlaky> (default 0) and the window with <builds> (default "
                    + GateDefinition.DEFAULT_BUILDS + ")");
        }
        int builds = count(
                spec.builds(),
                where + " <builds>",
                metricChanged || base.builds() == 0 ? GateDefinition.DEFAULT_BUILDS : base.builds(),
                1,
                problems);
        int maxFlaky = count(spec.maxFlaky(), where + " <maxFlaky>", metricChanged ? 0 : base.maxFlaky(), 0, problems);
        if (m != Metric.PASS_RATE && spec.maxQuarantined() != null) {
            problems.add(where + ": <maxQuarantined> applies only to <metric>pass-rate</metric>, this gate's metric is "
                    + m.configName());
        }
        Integer maxQuarantined =
                spec.maxQuarantined() == null || spec.maxQuarantined().isBlank()
                        ? (metricChanged ? null : base.maxQuarantined())
                        : Integer.valueOf(count(spec.maxQuarantined(), where + " <maxQuarantined>", 0, 0, problems));
        if ((m == Metric.COVERAGE || m == Metric.MUTATION) && tag != null && !tagNames.contains(tag)) {
            problems.add(where + ": <tag> '" + tag + "' is not defined; defined tags: "
                    + tagNames.stream().sorted().collect(Collectors.joining(", "))
                    + " (define it under <tags>)");
        }

        BigDecimal threshold = m == Metric.FLAKY || m == Metric.DURATION
                ? HUNDRED
                : decimal(spec.threshold(), where + " <threshold>", base == null ? null : base.threshold(), problems);
        if (threshold != null && (threshold.signum() < 0 || threshold.compareTo(HUNDRED) > 0)) {
            problems.add(where + ": <threshold> " + spec.threshold() + " is outside 0–100");
        }
        if (threshold == null && base == null && spec.threshold() == null) {
            problems.add(where + ": a new gate needs a <threshold> (0–100)");
        }
        BigDecimal weight = decimal(spec.weight(), where + " <weight>", base == null ? null : base.weight(), problems);
        if (weight != null && weight.signum() < 0) {
            problems.add(where + ": <weight> " + spec.weight() + " is negative; weights are ≥ 0");
        }
        if (weight == null && base == null && spec.weight() == null) {
            problems.add(where + ": a new gate needs a <weight> (≥ 0, e.g. 0.05)");
        }
        boolean critical = bool(spec.critical(), where + " <critical>", base != null && base.critical(), problems);
        OnMissing onMissing = parseEnum(
                OnMissing.class,
                spec.onMissing(),
                where + " <onMissing>",
                base != null && spec.critical() == null ? base.onMissing() : critical ? OnMissing.FAIL : OnMissing.WARN,
                problems);
        boolean enabled = bool(spec.enabled(), where + " <enabled>", base == null || base.enabled(), problems);
        boolean noRegression =
                bool(spec.noRegression(), where + " <noRegression>", base != null && base.noRegression(), problems);
        BigDecimal tolerance = decimal(
                spec.tolerance(),
                where + " <tolerance>",
                m == Metric.DURATION && metricChanged
                        ? DURATION_TOLERANCE
                        : base == null ? BigDecimal.ZERO : base.tolerance(),
                problems);
        if (m == Metric.DURATION && tolerance != null && tolerance.signum() < 0) {
            problems.add(where + ": <tolerance> " + spec.tolerance()
                    + " is negative; it is the percent a time may grow over the median of the last builds");
        } else if (tolerance != null && tolerance.signum() < 0) {
            problems.add(
                    where + ": <tolerance> " + spec.tolerance() + " is negative; it is the points a value may drop");
        } else if (m != Metric.DURATION && tolerance != null && tolerance.compareTo(HUNDRED) > 0) {
            problems.add(where + ": <tolerance> " + spec.tolerance()
                    + " is more than 100; it is the points (0–100) a value may drop");
        }

        if (problems.size() > before) {
            return null;
        }
        return builder(id, m)
                .tag(m == Metric.COVERAGE || m == Metric.MUTATION ? tag : null)
                .measure(m == Metric.MUTATION ? measure : null)
                .counter(m == Metric.COVERAGE ? counter : null)
                .source(m == Metric.PASS_RATE || m == Metric.FLAKY || m == Metric.DURATION ? source : null)
                .group(m == Metric.PASS_RATE || m == Metric.FLAKY ? group : null)
                .builds(m == Metric.FLAKY || m == Metric.DURATION ? builds : 0)
                .minSeconds(m == Metric.DURATION ? minSeconds : null)
                .maxSeconds(m == Metric.DURATION ? maxSeconds : null)
                .maxClassSeconds(m == Metric.DURATION ? maxClassSeconds : null)
                .maxFlaky(m == Metric.FLAKY ? maxFlaky : 0)
                .maxQuarantined(m == Metric.PASS_RATE ? maxQuarantined : null)
                .threshold(threshold)
                .weight(weight)
                .critical(critical)
                .onMissing(onMissing)
                .enabled(enabled)
                .noRegression(noRegression)
                .tolerance(tolerance)
                .lines(m == Metric.COVERAGE ? lines : null)
                .minLines(m == Metric.COVERAGE ? minLines : 0)
                .build();
    }

    /** Percent a duration may grow over the median of the last builds unless {@code <tolerance>} says otherwise. */
    static final BigDecimal DURATION_TOLERANCE = BigDecimal.valueOf(20);

    /** Seconds a duration must grow by to count as a regression unless {@code <minSeconds>} says otherwise. */
    static final BigDecimal DURATION_MIN_SECONDS = BigDecimal.ONE;

    /** A number of seconds ≥ 0 ({@link #decimal} rules), or {@code fallback} when absent. */
    private static BigDecimal seconds(String raw, String where, BigDecimal fallback, List<String> problems) {
        BigDecimal value = decimal(raw, where, fallback, problems);
        if (value != null && value.signum() < 0) {
            problems.add(where + " " + SafeText.excerpt(raw, 40) + " is negative; it is a number of seconds ≥ 0");
            return fallback;
        }
        return value;
    }

    private static String defaultIds() {
        return defaultGates().stream().map(GateDefinition::id).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A configured number: plain or scientific notation, at most {@value #MAX_DECIMALS} decimal places and at most
     * ten billion in size, so that every later computation and every report stays exact and small
     * ({@code 1e-10000} passes "0–100" but is ten thousand digits).
     */
    static BigDecimal decimal(String raw, String where, BigDecimal fallback, List<String> problems) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            problems.add(where + ": '" + SafeText.excerpt(raw, 60) + "' is not a number");
            return fallback;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > MAX_DECIMALS) {
            problems.add(where + ": '" + SafeText.excerpt(raw, 60) + "' has more than " + MAX_DECIMALS
                    + " decimal places; write it with at most " + MAX_DECIMALS + ", e.g. 0.5");
            return fallback;
        }
        if (stripped.abs().compareTo(MAX_NUMBER) > 0) {
            problems.add(where + ": '" + SafeText.excerpt(raw, 60) + "' is larger than " + MAX_NUMBER.toPlainString());
            return fallback;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Most builds a flaky gate's window may hold (the history file keeps at most that many anyway by default). */
    static final int MAX_BUILDS = 1000;

    private static int count(String raw, String where, int fallback, int min, List<String> problems) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= MAX_BUILDS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(where + ": '" + SafeText.excerpt(raw, 60) + "' is not a whole number from " + min + " to "
                + MAX_BUILDS);
        return fallback;
    }

    private static boolean bool(String raw, String where, boolean fallback, List<String> problems) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        problems.add(where + ": '" + raw + "' is not true or false");
        return fallback;
    }

    private static boolean choice(String raw, String where, String first, String second, List<String> problems) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (v.equals(first)) {
            return false;
        }
        if (v.equals(second)) {
            return true;
        }
        problems.add(where + ": '" + raw + "' is not valid; valid: " + first + ", " + second);
        return false;
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String raw, String where, E fallback, List<String> problems) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String wanted = raw.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        problems.add(where + ": '" + raw + "' is not valid; valid: "
                + Arrays.stream(type.getEnumConstants())
                        .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .collect(Collectors.joining(", ")));
        return fallback;
    }

    /** A {@code =} alone names no class; a {@code =} in a package glob has no meaning (only classes have nested ones). */
    private static void exactMarkProblems(
            TagDefinition tag, String element, List<String> globs, boolean classes, List<String> problems) {
        for (String glob : globs) {
            String g = glob.strip();
            if (classes && g.equals(TagMatcher.EXACT_PREFIX)) {
                problems.add("<tag> '" + tag.name() + "' <" + element + ">: '=' names no class; write the class"
                        + " after it, e.g. =com.acme.Outer (that class without its nested classes)");
            } else if (!classes && g.startsWith(TagMatcher.EXACT_PREFIX)) {
                problems.add("<tag> '" + tag.name() + "' <" + element + ">: '" + g + "': the leading '=' (a class"
                        + " without its nested classes) applies to <classes> and <excludeClasses> only; remove it");
            }
        }
    }
}
