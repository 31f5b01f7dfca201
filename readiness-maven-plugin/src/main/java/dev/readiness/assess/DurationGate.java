package dev.readiness.assess;

import static dev.readiness.assess.GateResult.missing;

import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.history.Durations;
import dev.readiness.history.HistoryRecord;
import dev.readiness.history.TestRuns;
import dev.readiness.policy.GateDefinition;
import dev.readiness.policy.Metric;
import dev.readiness.policy.TestSource;
import dev.readiness.text.SafeText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code duration}: the time of this build's suite (the tests of {@code source}) and of each of its test classes,
 * against the median of the same time in the last {@code builds} builds of the history file (this build excluded).
 * A time regressed when it exceeds its median by more than {@code tolerance} percent <em>and</em> by more than
 * {@code minSeconds} (the noise guard); it is over budget when the suite takes more than {@code maxSeconds} or a class
 * more than {@code maxClassSeconds}. The gate fails on any regression or budget overrun; its value is the share of the
 * timed items (the suite and each class) that did neither. All arithmetic is exact, on whole milliseconds.
 *
 * <p>With fewer than {@link #MIN_BUILDS} earlier builds that recorded the same sources, nothing is compared: the gate
 * is {@code INCONCLUSIVE} (still {@code FAILED} when a budget is exceeded). A class is compared only with the builds
 * that recorded its time (at least {@link #MIN_BUILDS} of them); a history record keeps the {@link Durations#LIMIT}
 * slowest classes per source.
 */
final class DurationGate implements MetricGate {

    /** Fewest earlier builds a median is taken of. */
    static final int MIN_BUILDS = 3;

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    @Override
    public Metric metric() {
        return Metric.DURATION;
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
                    "the duration metric compares this build's test times with the builds recorded in the history"
                            + " file, and history is off; remove readiness.skipHistory or set readiness.historyFile",
                    List.of());
        }
        TestSource source = gate.source() == null ? TestSource.ALL : gate.source();
        Set<String> sources = new TreeSet<>();
        List<Map.Entry<String, Long>> cases = new ArrayList<>();
        if (source != TestSource.FAILSAFE
                && ctx.evidence().surefire().hasReports()
                && !ctx.surefire().isEmpty()) {
            sources.add("surefire");
            ctx.surefire().forEach(c -> cases.add(entry(c)));
        }
        if (source != TestSource.SUREFIRE
                && ctx.evidence().failsafe().hasReports()
                && !ctx.failsafe().isEmpty()) {
            sources.add("failsafe");
            ctx.failsafe().forEach(c -> cases.add(entry(c)));
        }
        String where = switch (source) {
            case SUREFIRE -> "Surefire tests";
            case FAILSAFE -> "Failsafe tests";
            case ALL -> "tests";
        };
        if (cases.isEmpty()) {
            return missing(
                    gate,
                    "no test case of the " + where + " in this build's reports; run the tests (mvn verify), or fix"
                            + " the gate's <source>",
                    List.of());
        }
        List<TestCaseResult> untimed = new ArrayList<>();
        if (source != TestSource.FAILSAFE && sources.contains("surefire")) {
            ctx.surefire().stream().filter(c -> !c.timeMeasured()).forEach(untimed::add);
        }
        if (source != TestSource.SUREFIRE && sources.contains("failsafe")) {
            ctx.failsafe().stream().filter(c -> !c.timeMeasured()).forEach(untimed::add);
        }
        if (!untimed.isEmpty()) {
            TestCaseResult first = untimed.get(0);
            return missing(
                    gate,
                    untimed.size() + " of " + cases.size() + " test cases of the " + where + " have no time in their"
                            + " report (e.g. " + first.displayName() + " in " + first.reportFile() + "), so the suite's"
                            + " and the classes' durations are not measured; Surefire and Failsafe write a time for"
                            + " every case: regenerate the reports with mvn verify",
                    List.of());
        }
        Map<String, Long> nowClasses = Durations.classMillis(cases);
        long nowTotal = Durations.totalMillis(cases);
        List<Durations.Suite> earlier = earlier(ctx.history().previous(), sources, gate.builds());

        List<Item> items = new ArrayList<>();
        items.add(item(
                "suite (" + where + ")",
                nowTotal,
                earlier.stream().map(Durations.Suite::totalMillis).toList(),
                gate.maxSeconds()));
        int uncompared = 0;
        for (Map.Entry<String, Long> c : nowClasses.entrySet()) {
            List<Long> times = new ArrayList<>();
            for (Durations.Suite s : earlier) {
                Long t = s.classes().get(c.getKey());
                if (t != null) {
                    times.add(t);
                }
            }
            Item i = item(c.getKey(), c.getValue(), times, gate.maxClassSeconds());
            uncompared += i.median() == null ? 1 : 0;
            items.add(i);
        }
        List<Item> regressed = items.stream()
                .filter(i -> regressed(i, gate))
                .sorted(Comparator.comparing(Item::increaseMillis).reversed().thenComparing(Item::name))
                .toList();
        List<Item> overBudget = items.stream()
                .filter(Item::overBudget)
                .sorted(Comparator.comparing(Item::millis).reversed().thenComparing(Item::name))
                .toList();
        List<String> details = new ArrayList<>();
        for (Item i : overBudget.stream().limit(LISTED).toList()) {
            details.add(i.name() + ": " + seconds(BigDecimal.valueOf(i.millis())) + " > budget "
                    + i.budget().toPlainString() + " s");
        }
        if (overBudget.size() > LISTED) {
            details.add("…and " + (overBudget.size() - LISTED) + " more over budget");
        }
        if (earlier.size() < MIN_BUILDS) {
            String reason = earlier.size() + " earlier build" + (earlier.size() == 1 ? "" : "s")
                    + " with the times of the " + where + " in the last " + gate.builds() + " recorded; at least "
                    + MIN_BUILDS + " are needed for a median";
            if (!overBudget.isEmpty()) {
                return GateResult.failed(
                        gate,
                        Percent.of(items.size() - overBudget.size(), items.size()),
                        items.size() - overBudget.size(),
                        items.size(),
                        gate.id() + ": " + reason + "; " + overBudget.size() + " over budget",
                        details);
            }
            return GateResult.inconclusive(
                    gate,
                    reason,
                    List.of("this build's times are recorded in the history file; the gate compares once " + MIN_BUILDS
                            + " earlier builds are recorded"));
        }
        for (Item i : regressed.stream().limit(LISTED).toList()) {
            BigDecimal increase = i.increaseMillis();
            details.add(i.name() + ": median " + seconds(i.median()) + " → " + seconds(BigDecimal.valueOf(i.millis()))
                    + " (+" + seconds(increase)
                    + (i.median().signum() == 0
                            ? ""
                            : ", +"
                                    + increase.multiply(Percent.HUNDRED)
                                            .divide(i.median(), 1, RoundingMode.HALF_UP)
                                            .toPlainString()
                                    + " %")
                    + ")");
        }
        if (regressed.size() > LISTED) {
            details.add("…and " + (regressed.size() - LISTED) + " more slower");
        }
        Set<String> bad = new TreeSet<>();
        regressed.forEach(i -> bad.add(i.name()));
        overBudget.forEach(i -> bad.add(i.name()));
        long ok = items.size() - bad.size();
        boolean passed = bad.isEmpty();
        Item suite = items.get(0);
        String message = gate.id() + ": " + where + " took " + seconds(BigDecimal.valueOf(suite.millis()))
                + " (median " + seconds(suite.median()) + " of " + earlier.size() + " builds); " + regressed.size()
                + " of " + items.size() + " timed (suite and classes) slower by > "
                + gate.tolerance().toPlainString()
                + " % and > " + gate.minSeconds().toPlainString() + " s, " + overBudget.size() + " over budget";
        if (!passed) {
            details.add(
                    0,
                    "speed up or investigate " + bad.size() + " of " + items.size()
                            + " timed items (the suite and its test classes), slowest movers first");
        }
        if (uncompared > 0) {
            details.add(uncompared + " test class(es) had fewer than " + MIN_BUILDS
                    + " earlier times (new, renamed, or not among the " + Durations.LIMIT
                    + " slowest recorded): checked only against their budget");
        }
        return GateResult.measured(gate, passed, Percent.of(ok, items.size()), ok, items.size(), message, details);
    }

    /** A timed item: the suite or a test class, its time now, the median of its earlier times, its budget. */
    record Item(String name, long millis, BigDecimal median, BigDecimal budget) {
        BigDecimal increaseMillis() {
            return median == null ? BigDecimal.ZERO : BigDecimal.valueOf(millis).subtract(median);
        }

        boolean overBudget() {
            return budget != null && BigDecimal.valueOf(millis).compareTo(budget.multiply(THOUSAND)) > 0;
        }
    }

    private static Item item(String name, long millis, List<Long> earlier, BigDecimal budget) {
        return new Item(name, millis, earlier.size() < MIN_BUILDS ? null : median(earlier), budget);
    }

    /**
     * Whether the item's time exceeds its median by more than {@code tolerance} percent of the median and by more than
     * {@code minSeconds}; never when it has no median.
     */
    static boolean regressed(Item i, GateDefinition gate) {
        if (i.median() == null) {
            return false;
        }
        BigDecimal increase = i.increaseMillis();
        boolean beyondNoise = increase.compareTo(gate.minSeconds().multiply(THOUSAND)) > 0;
        boolean beyondTolerance =
                increase.multiply(Percent.HUNDRED).compareTo(gate.tolerance().multiply(i.median())) > 0;
        return beyondNoise && beyondTolerance;
    }

    /** The median of the values, exact: the middle one, or the mean of the two middle ones (a multiple of 0.5). */
    static BigDecimal median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(n / 2));
        }
        return BigDecimal.valueOf(sorted.get(n / 2 - 1))
                .add(BigDecimal.valueOf(sorted.get(n / 2)))
                .divide(BigDecimal.valueOf(2));
    }

    /**
     * The suite times of the last {@code builds} records that recorded exactly these sources, oldest first; for more
     * than one source, their totals added and their classes merged (a class in both sources summed).
     */
    static List<Durations.Suite> earlier(List<HistoryRecord> previous, Set<String> sources, int builds) {
        List<HistoryRecord> window = previous.subList(Math.max(0, previous.size() - builds), previous.size());
        List<Durations.Suite> suites = new ArrayList<>();
        for (HistoryRecord r : window) {
            Map<String, Durations.Suite> recorded =
                    new TreeMap<>(r.testRuns().durations().sources());
            recorded.keySet().retainAll(sources);
            if (!recorded.keySet().equals(sources)) {
                continue;
            }
            long total = 0;
            int count = 0;
            Map<String, Long> classes = new TreeMap<>();
            for (Durations.Suite s : recorded.values()) {
                total += s.totalMillis();
                count += s.classCount();
                s.classes().forEach((name, millis) -> classes.merge(name, millis, Long::sum));
            }
            suites.add(new Durations.Suite(total, Math.max(count, classes.size()), classes));
        }
        return suites;
    }

    private static Map.Entry<String, Long> entry(TestCaseResult c) {
        return Map.entry(SafeText.excerpt(c.className(), TestRuns.ID), c.timeMicros());
    }

    /** Milliseconds as seconds with three decimals, e.g. {@code 1.250 s}. */
    private static String seconds(BigDecimal millis) {
        return millis.divide(THOUSAND, 3, RoundingMode.HALF_UP).toPlainString() + " s";
    }
}
