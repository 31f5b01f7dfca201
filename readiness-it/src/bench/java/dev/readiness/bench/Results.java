package dev.readiness.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every sample of a run, the budgets and the cross-checks; written as results.json and results.md. */
final class Results {
    /** The samples of one tool on one input. */
    record Measurement(String group, long size, String unit, String tool, List<Sample> samples) {
        double medianSeconds() {
            return median(samples.stream().mapToLong(Sample::nanos).toArray()) / 1e9;
        }

        double minSeconds() {
            return samples.stream().mapToLong(Sample::nanos).min().orElse(0) / 1e9;
        }

        double maxSeconds() {
            return samples.stream().mapToLong(Sample::nanos).max().orElse(0) / 1e9;
        }

        double medianPeakMb() {
            return median(samples.stream().mapToLong(Sample::peakHeapBytes).toArray()) / (1024.0 * 1024.0);
        }

        double maxPeakMb() {
            return samples.stream().mapToLong(Sample::peakHeapBytes).max().orElse(0) / (1024.0 * 1024.0);
        }

        /** Median CPU time (user + sys, all threads), or -1 when the samples have none. */
        double medianCpuSeconds() {
            long[] cpu = samples.stream()
                    .filter(s -> s.counts().containsKey("cpuNanos"))
                    .mapToLong(s -> s.counts().get("cpuNanos"))
                    .toArray();
            return cpu.length == 0 ? -1 : median(cpu) / 1e9;
        }

        double medianRetainedMb() {
            return median(samples.stream().mapToLong(Sample::retainedHeapBytes).toArray()) / (1024.0 * 1024.0);
        }
    }

    /** A budget of DESIGN.md §9 with the measured value. */
    record Budget(String name, String measured, String required, boolean met) {}

    private final List<Measurement> measurements = new ArrayList<>();
    private final List<Budget> budgets = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private final List<String> mismatches = new ArrayList<>();
    private final Map<String, Object> environment = new LinkedHashMap<>();

    static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        if (sorted.length == 0) {
            return 0;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    Map<String, Object> environment() {
        return environment;
    }

    Measurement measurement(String group, long size, String unit, String tool) {
        for (Measurement m : measurements) {
            if (m.group().equals(group)
                    && m.size() == size
                    && m.unit().equals(unit)
                    && m.tool().equals(tool)) {
                return m;
            }
        }
        Measurement m = new Measurement(group, size, unit, tool, new ArrayList<>());
        measurements.add(m);
        return m;
    }

    void budget(String name, String measured, String required, boolean met) {
        budgets.add(new Budget(name, measured, required, met));
    }

    /** Records a cross-check; a difference makes the harness fail after the results are written. */
    void check(String what, Object ours, Object theirs) {
        boolean same = ours.equals(theirs);
        String line = String.format(Locale.ROOT, "%s: %s %s %s", what, ours, same ? "==" : "!=", theirs);
        checks.add((same ? "OK   " : "DIFF ") + line);
        if (!same) {
            mismatches.add(line);
        }
        System.out.println("[benchmark] check " + (same ? "OK   " : "DIFF ") + line);
    }

    List<Measurement> measurements() {
        return List.copyOf(measurements);
    }

    List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    void write(Path dir, String markdownIntro) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("environment", environment);
        List<Object> all = new ArrayList<>();
        for (Measurement m : measurements) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("group", m.group());
            entry.put("size", m.size());
            entry.put("unit", m.unit());
            entry.put("tool", m.tool());
            entry.put("medianSeconds", round(m.medianSeconds()));
            entry.put("minSeconds", round(m.minSeconds()));
            entry.put("maxSeconds", round(m.maxSeconds()));
            entry.put("medianCpuSeconds", round(m.medianCpuSeconds()));
            entry.put("medianPeakHeapMB", round(m.medianPeakMb()));
            entry.put("medianRetainedHeapMB", round(m.medianRetainedMb()));
            List<Object> samples = new ArrayList<>();
            for (Sample s : m.samples()) {
                Map<String, Object> sample = new LinkedHashMap<>();
                sample.put("nanos", s.nanos());
                sample.put("peakHeapBytes", s.peakHeapBytes());
                sample.put("retainedHeapBytes", s.retainedHeapBytes());
                sample.put("counts", new java.util.TreeMap<>(s.counts()));
                samples.add(sample);
            }
            entry.put("samples", samples);
            all.add(entry);
        }
        json.put("measurements", all);
        json.put("budgets", budgets);
        json.put("crossChecks", checks);
        json.put("mismatches", mismatches);
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("results.json").toFile(), json);
        Files.writeString(dir.resolve("results.md"), markdown(markdownIntro), StandardCharsets.UTF_8);
    }

    /**
     * Time and heap per 1,000 inputs of every tool measured at several sizes: a constant time per 1,000 means linear
     * growth.
     */
    private String scaling() {
        StringBuilder md = new StringBuilder("\n## Scaling\n\n| measurement | tool | input | median s | ms per 1,000 "
                + "| peak heap MB | retained / after-GC MB |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        List<String> growth = new ArrayList<>();
        Map<String, List<Measurement>> series = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            if (m.size() > 0 && !m.tool().startsWith("mvn validate")) {
                series.computeIfAbsent(m.group() + "\u0000" + m.tool(), k -> new ArrayList<>())
                        .add(m);
            }
        }
        for (List<Measurement> list : series.values()) {
            if (list.size() < 2) {
                continue;
            }
            for (Measurement m : list) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %,d %s | %.3f | %.1f | %.0f | %.0f |\n",
                        m.group(),
                        m.tool(),
                        m.size(),
                        m.unit(),
                        m.medianSeconds(),
                        m.medianSeconds() * 1e6 / m.size(),
                        m.medianPeakMb(),
                        m.medianRetainedMb()));
            }
            Measurement first = list.get(0);
            Measurement last = list.get(list.size() - 1);
            double perFirst = first.medianSeconds() / first.size();
            double perLast = last.medianSeconds() / last.size();
            // the cost of 1,000 more inputs between the smallest and the largest set, without the fixed cost
            double marginal = (last.medianSeconds() - first.medianSeconds()) * 1e6 / (last.size() - first.size());
            growth.add(String.format(
                    Locale.ROOT,
                    "- %s, %s: %,d → %,d %s (%.0f×): time %.1f×, %.0f ms per 1,000 more %s; time per 1,000 %.1f → "
                            + "%.1f ms (%s), retained heap %.0f → %.0f MB",
                    first.group(),
                    first.tool(),
                    first.size(),
                    last.size(),
                    last.unit(),
                    (double) last.size() / first.size(),
                    last.medianSeconds() / first.medianSeconds(),
                    marginal,
                    last.unit(),
                    perFirst * 1e6,
                    perLast * 1e6,
                    perLast <= perFirst * 1.5 ? "at most linear" : "worse than linear",
                    first.medianRetainedMb(),
                    last.medianRetainedMb()));
        }
        md.append('\n');
        growth.forEach(g -> md.append(g).append('\n'));
        return md.toString();
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }

    private String markdown(String intro) {
        StringBuilder md = new StringBuilder(intro);
        md.append("\n## Budgets (DESIGN.md §9)\n\n| budget | measured | required | |\n| --- | --- | --- | --- |\n");
        for (Budget b : budgets) {
            md.append("| ")
                    .append(b.name())
                    .append(" | ")
                    .append(b.measured())
                    .append(" | ")
                    .append(b.required())
                    .append(" | ")
                    .append(b.met() ? "met" : "**not met**")
                    .append(" |\n");
        }
        String group = null;
        for (Measurement m : measurements) {
            if (!m.group().equals(group)) {
                group = m.group();
                md.append("\n### ")
                        .append(group)
                        .append("\n\n| input | tool | median s | min–max s | median CPU s | peak heap MB (median) | ")
                        .append(
                                "retained / after-GC MB (median) | runs |\n| --- | --- | ---: | ---: | ---: | ---: | ---:"
                                        + " | ---: |\n");
            }
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %.3f | %.3f–%.3f | %s | %.0f | %.0f | %d |\n",
                    m.size() == 0 ? m.unit() : String.format(Locale.ROOT, "%,d %s", m.size(), m.unit()),
                    m.tool(),
                    m.medianSeconds(),
                    m.minSeconds(),
                    m.maxSeconds(),
                    m.medianCpuSeconds() < 0 ? "–" : String.format(Locale.ROOT, "%.3f", m.medianCpuSeconds()),
                    m.medianPeakMb(),
                    m.medianRetainedMb(),
                    m.samples().size()));
        }
        md.append(scaling());
        md.append("\n## Cross-checks\n\n");
        for (String c : checks) {
            md.append("- ").append(c).append('\n');
        }
        return md.toString();
    }
}
