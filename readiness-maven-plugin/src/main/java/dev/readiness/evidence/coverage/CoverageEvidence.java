package dev.readiness.evidence.coverage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What JaCoCo's execution data says about the compiled classes, or why there is no such evidence.
 *
 * @param execFiles the execution data files that were read and merged (when missing: the locations searched)
 * @param classDirectories the class directories that were analysed
 * @param analyzedClasses classes with code that JaCoCo analysed: the class rows of {@code jacoco:report}'s HTML and
 *     CSV, the total of its CLASS counter (classes without code, {@code package-info} and {@code module-info} are
 *     not counted, as JaCoCo lists no row for them)
 * @param overall the bundle's counters, equal to the totals of {@code jacoco:report} for the same inputs
 * @param offenders up to 20 classes with the most missed lines, descending, ties by class name
 * @param tags every configured tag by name, sorted by name (also the ones that matched nothing)
 * @param noMatchClasses binary names of classes whose bytecode differs from the class the execution data was
 *     recorded for (stale execution data or rebuilt classes), sorted; they count as not covered, as in JaCoCo
 * @param missingReason why there is no coverage evidence and how to produce it; {@code null} when available
 * @param classDirectoryCoverage the counters of the classes found in each class directory, summed as JaCoCo sums a
 *     bundle (a directory that holds no analysed class is absent); the per-module breakdown of a reactor verdict
 * @param execSessions every JaCoCo session found in the exec files, counted or not, in file order
 * @param changed the coverage of the changed lines; {@code null} when no change window is configured
 */
public record CoverageEvidence(
        List<Path> execFiles,
        List<Path> classDirectories,
        int analyzedClasses,
        Coverage overall,
        List<Offender> offenders,
        Map<String, TagCoverage> tags,
        List<String> noMatchClasses,
        String missingReason,
        Map<Path, Coverage> classDirectoryCoverage,
        List<ExecSession> execSessions,
        ChangedCoverage changed) {

    public CoverageEvidence {
        execFiles = List.copyOf(execFiles);
        classDirectories = List.copyOf(classDirectories);
        Objects.requireNonNull(overall, "overall");
        offenders = List.copyOf(offenders);
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
        List<String> sorted = new ArrayList<>(noMatchClasses);
        sorted.sort(null);
        noMatchClasses = List.copyOf(sorted);
        classDirectoryCoverage = Collections.unmodifiableMap(new TreeMap<>(classDirectoryCoverage));
        execSessions = List.copyOf(execSessions);
    }

    /** Evidence without a change window. */
    public CoverageEvidence(
            List<Path> execFiles,
            List<Path> classDirectories,
            int analyzedClasses,
            Coverage overall,
            List<Offender> offenders,
            Map<String, TagCoverage> tags,
            List<String> noMatchClasses,
            String missingReason,
            Map<Path, Coverage> classDirectoryCoverage,
            List<ExecSession> execSessions) {
        this(
                execFiles,
                classDirectories,
                analyzedClasses,
                overall,
                offenders,
                tags,
                noMatchClasses,
                missingReason,
                classDirectoryCoverage,
                execSessions,
                null);
    }

    /** The same evidence with the coverage of the changed lines. */
    public CoverageEvidence withChanged(ChangedCoverage changedCoverage) {
        return new CoverageEvidence(
                execFiles,
                classDirectories,
                analyzedClasses,
                overall,
                offenders,
                tags,
                noMatchClasses,
                missingReason,
                classDirectoryCoverage,
                execSessions,
                changedCoverage);
    }

    /** Evidence with a per-directory breakdown and no session list. */
    public CoverageEvidence(
            List<Path> execFiles,
            List<Path> classDirectories,
            int analyzedClasses,
            Coverage overall,
            List<Offender> offenders,
            Map<String, TagCoverage> tags,
            List<String> noMatchClasses,
            String missingReason,
            Map<Path, Coverage> classDirectoryCoverage) {
        this(
                execFiles,
                classDirectories,
                analyzedClasses,
                overall,
                offenders,
                tags,
                noMatchClasses,
                missingReason,
                classDirectoryCoverage,
                List.of());
    }

    /** The same evidence with the sessions found in the exec files. */
    public CoverageEvidence withExecSessions(List<ExecSession> sessions) {
        return new CoverageEvidence(
                execFiles,
                classDirectories,
                analyzedClasses,
                overall,
                offenders,
                tags,
                noMatchClasses,
                missingReason,
                classDirectoryCoverage,
                sessions,
                changed);
    }

    /** The sessions whose data is in the numbers. */
    public List<ExecSession> countedSessions() {
        return execSessions.stream().filter(ExecSession::counted).toList();
    }

    /** The sessions from earlier builds or runs (counted only with {@code readiness.staleEvidence=warn}). */
    public List<ExecSession> staleSessions() {
        return execSessions.stream().filter(ExecSession::stale).toList();
    }

    /** Evidence without a per-directory breakdown. */
    public CoverageEvidence(
            List<Path> execFiles,
            List<Path> classDirectories,
            int analyzedClasses,
            Coverage overall,
            List<Offender> offenders,
            Map<String, TagCoverage> tags,
            List<String> noMatchClasses,
            String missingReason) {
        this(
                execFiles,
                classDirectories,
                analyzedClasses,
                overall,
                offenders,
                tags,
                noMatchClasses,
                missingReason,
                Map.of());
    }

    /**
     * No coverage evidence.
     *
     * @param searched the locations where execution data or classes were expected
     * @param reason what is missing, where it was expected and how to produce it
     */
    public static CoverageEvidence missing(List<Path> searched, String reason) {
        Objects.requireNonNull(reason, "reason");
        return new CoverageEvidence(searched, List.of(), 0, Coverage.empty(), List.of(), Map.of(), List.of(), reason);
    }

    /** True when coverage was measured; false when {@link #missingReason()} explains why not. */
    public boolean available() {
        return missingReason == null;
    }
}
