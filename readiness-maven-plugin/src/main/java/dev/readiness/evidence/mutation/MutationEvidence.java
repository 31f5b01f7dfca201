package dev.readiness.evidence.mutation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mutants of this build's PIT reports, or the explicit absence of a report.
 *
 * @param reports the {@code mutations.xml} files read, one per location
 * @param mutants every mutant, de-duplicated by {@link Mutant#identity()}, sorted by class, line, mutator
 * @param tags for each configured tag, its mutants (a mutant is in a tag when its mutated class is, or its method for
 *     annotation selectors on methods)
 * @param duplicates mutants reported by more than one report, counted once
 * @param missingReason why there is no evidence, {@code null} when reports were read
 * @param notes which report was chosen among timestamped folders, reports older than their classes, class files not
 *     found; each one sentence
 */
public record MutationEvidence(
        List<Path> reports,
        List<Mutant> mutants,
        Map<String, List<Mutant>> tags,
        int duplicates,
        String missingReason,
        List<String> notes) {

    public MutationEvidence {
        reports = List.copyOf(reports);
        mutants = List.copyOf(mutants);
        Map<String, List<Mutant>> copy = new TreeMap<>();
        tags.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        tags = java.util.Collections.unmodifiableMap(copy);
        notes = List.copyOf(notes);
    }

    /** No report: {@code reason} says where it was looked for. */
    public static MutationEvidence missing(String reason, List<String> notes) {
        return new MutationEvidence(List.of(), List.of(), Map.of(), 0, reason, notes);
    }

    /** True when at least one report was read. */
    public boolean available() {
        return missingReason == null;
    }

    /** The mutants grouped by class, the class with the most first (then by name), each class in line order. */
    public static List<Mutant> worstClassesFirst(List<Mutant> mutants) {
        Map<String, List<Mutant>> byClass = new TreeMap<>();
        mutants.forEach(m -> byClass.computeIfAbsent(m.mutatedClass(), k -> new java.util.ArrayList<>())
                .add(m));
        List<List<Mutant>> groups = new java.util.ArrayList<>(byClass.values());
        groups.sort(java.util.Comparator.comparingInt((List<Mutant> g) -> -g.size())
                .thenComparing(g -> g.get(0).mutatedClass()));
        List<Mutant> out = new java.util.ArrayList<>();
        groups.forEach(out::addAll);
        return out;
    }

    /** The covered mutants no test detected (SURVIVED, and NOT_STARTED/STARTED of an interrupted run). */
    public static List<Mutant> survivors(List<Mutant> mutants) {
        return worstClassesFirst(mutants.stream()
                .filter(m -> !m.status().detected() && m.status().covered())
                .toList());
    }

    /** The mutants no test runs ({@code NO_COVERAGE}). */
    public static List<Mutant> uncovered(List<Mutant> mutants) {
        return worstClassesFirst(
                mutants.stream().filter(m -> !m.status().covered()).toList());
    }

    /** The counts of these mutants. */
    public static Counts count(List<Mutant> mutants) {
        long detected = 0;
        long covered = 0;
        Map<MutationStatus, Long> byStatus = new TreeMap<>();
        for (Mutant m : mutants) {
            if (m.status().detected()) {
                detected++;
            }
            if (m.status().covered()) {
                covered++;
            }
            byStatus.merge(m.status(), 1L, Long::sum);
        }
        return new Counts(mutants.size(), detected, covered, byStatus);
    }

    /**
     * PIT's totals: "Generated {@code total} mutations Killed {@code detected}", test strength = detected / covered.
     *
     * @param byStatus mutants per status (only statuses that occur)
     */
    public record Counts(long total, long detected, long covered, Map<MutationStatus, Long> byStatus) {
        public Counts {
            byStatus = java.util.Collections.unmodifiableMap(new TreeMap<>(byStatus));
        }

        /** Mutants not detected (survived, no coverage, not started). */
        public long undetected() {
            return total - detected;
        }
    }
}
