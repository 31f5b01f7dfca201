package dev.readiness.evidence.bench;

import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Identifies one JMH result: the benchmark method, its mode and its {@code @Param} values.
 *
 * @param benchmark the fully qualified benchmark method, as JMH writes it ({@code com.acme.ParserBench.parse})
 * @param mode the JMH mode short name: {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
 * @param params the {@code @Param} values by name, sorted by name; empty when the benchmark has none
 */
public record BenchmarkKey(String benchmark, String mode, SortedMap<String, String> params)
        implements Comparable<BenchmarkKey> {

    private static final Comparator<BenchmarkKey> ORDER = Comparator.comparing(BenchmarkKey::benchmark)
            .thenComparing(BenchmarkKey::mode)
            .thenComparing(BenchmarkKey::params, BenchmarkKey::compareParams);

    public BenchmarkKey {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(mode, "mode");
        params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
    }

    /** A key without parameters. */
    public static BenchmarkKey of(String benchmark, String mode) {
        return new BenchmarkKey(benchmark, mode, new TreeMap<>());
    }

    /** True when higher scores are better for this mode (throughput); false for time-per-operation modes. */
    public boolean higherIsBetter() {
        return "thrpt".equals(mode);
    }

    /**
     * A stable, human-readable label, e.g. {@code com.acme.ParserBench.parse (avgt, size=16, type=json)}; the
     * parameters appear in name order whatever their order in the JSON.
     */
    public String label() {
        StringBuilder label = new StringBuilder(benchmark).append(" (").append(mode);
        for (Map.Entry<String, String> param : params.entrySet()) {
            label.append(", ").append(param.getKey()).append('=').append(param.getValue());
        }
        return label.append(')').toString();
    }

    /** Entry by entry, by name then value; a prefix sorts first, so a key without params precedes one with. */
    private static int compareParams(SortedMap<String, String> a, SortedMap<String, String> b) {
        Iterator<Map.Entry<String, String>> i = a.entrySet().iterator();
        Iterator<Map.Entry<String, String>> j = b.entrySet().iterator();
        while (i.hasNext() && j.hasNext()) {
            Map.Entry<String, String> x = i.next();
            Map.Entry<String, String> y = j.next();
            int byName = x.getKey().compareTo(y.getKey());
            if (byName != 0) {
                return byName;
            }
            int byValue = x.getValue().compareTo(y.getValue());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Boolean.compare(i.hasNext(), j.hasNext());
    }

    @Override
    public int compareTo(BenchmarkKey other) {
        return ORDER.compare(this, other);
    }
}
