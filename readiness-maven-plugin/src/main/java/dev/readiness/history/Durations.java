package dev.readiness.history;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How long one build's tests took, per report source ({@code surefire}, {@code failsafe}): the suite's total and the
 * time of its {@link #LIMIT} slowest test classes, in whole milliseconds (a class's time is the sum of its test cases'
 * {@code time} attributes, rounded half up once, after summing microseconds).
 *
 * @param sources source name ({@code surefire} or {@code failsafe}) to its times, sorted by name; empty when the record
 *     was written before durations were kept
 */
public record Durations(Map<String, Suite> sources) {

    /** Most test classes kept per source: the slowest, ties broken by class name. */
    public static final int LIMIT = 200;

    /** No durations (a record written before durations were recorded, or a build without test reports). */
    public static final Durations NONE = new Durations(Map.of());

    public Durations {
        SortedMap<String, Suite> copy = new TreeMap<>();
        sources.forEach((name, suite) -> copy.put(Objects.requireNonNull(name), Objects.requireNonNull(suite, name)));
        sources = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * One source's times.
     *
     * @param totalMillis the sum of every test case's time of the source, ≥ 0
     * @param classCount how many test classes the source had (more than {@code classes} holds when it was cut)
     * @param classes the slowest {@link #LIMIT} classes, class name to milliseconds, sorted by name
     */
    public record Suite(long totalMillis, int classCount, Map<String, Long> classes) {
        public Suite {
            if (totalMillis < 0 || classCount < 0) {
                throw new IllegalArgumentException("durations must not be negative");
            }
            SortedMap<String, Long> copy = new TreeMap<>();
            classes.forEach((name, millis) -> {
                if (millis < 0) {
                    throw new IllegalArgumentException("duration of " + name + " is negative");
                }
                copy.put(Objects.requireNonNull(name), millis);
            });
            if (copy.size() > LIMIT) {
                List<String> keep = slowest(copy, LIMIT);
                copy.keySet().retainAll(keep);
            }
            classes = Collections.unmodifiableSortedMap(copy);
        }

        /** Whether {@link #classes()} holds every class of the source; when not, a class absent from it was faster. */
        public boolean complete() {
            return classes.size() >= classCount;
        }
    }

    /** Whether this holds no source. */
    public boolean isEmpty() {
        return sources.isEmpty();
    }

    /**
     * The times of one source from its test cases: {@code caseTimes} holds each case as class name and microseconds.
     * {@code null} when there are no cases, or when a case's time is not measured (negative).
     */
    public static Suite suite(List<Map.Entry<String, Long>> caseTimes) {
        if (caseTimes.isEmpty() || caseTimes.stream().anyMatch(c -> c.getValue() < 0)) {
            return null; // a case without a time: the suite's time is not measured, so none is recorded
        }
        Map<String, Long> millis = classMillis(caseTimes);
        return new Suite(totalMillis(caseTimes), millis.size(), millis);
    }

    /** Every class's time in milliseconds (not cut), from its cases' microseconds; sorted by class name. */
    public static SortedMap<String, Long> classMillis(List<Map.Entry<String, Long>> caseTimes) {
        Map<String, Long> micros = new HashMap<>();
        for (Map.Entry<String, Long> c : caseTimes) {
            micros.merge(c.getKey(), Math.max(0, c.getValue()), Long::sum);
        }
        SortedMap<String, Long> millis = new TreeMap<>();
        micros.forEach((name, t) -> millis.put(name, toMillis(t)));
        return millis;
    }

    /** The sum of the cases' times in milliseconds, rounded once after summing microseconds. */
    public static long totalMillis(List<Map.Entry<String, Long>> caseTimes) {
        long total = 0;
        for (Map.Entry<String, Long> c : caseTimes) {
            total += Math.max(0, c.getValue());
        }
        return toMillis(total);
    }

    private static long toMillis(long micros) {
        return (micros + 500) / 1000;
    }

    /** The {@code n} slowest classes of {@code classes}, slowest first, ties by class name. */
    public static List<String> slowest(Map<String, Long> classes, int n) {
        return classes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }
}
