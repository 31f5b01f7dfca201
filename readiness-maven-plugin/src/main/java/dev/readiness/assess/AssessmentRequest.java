package dev.readiness.assess;

import dev.readiness.policy.Policy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@link ReadinessEngine} needs: the policy and where the evidence is. Locations are paths or globs,
 * relative to {@code baseDir} unless absolute.
 *
 * @param policy validated policy
 * @param project coordinates for the report
 * @param baseDir the project directory
 * @param surefireReports Surefire report directories or globs
 * @param failsafeReports Failsafe report directories or globs
 * @param testClassesDirectories compiled test classes, for test groups
 * @param execFiles JaCoCo exec files or globs
 * @param classesDirectories compiled main classes, for coverage analysis
 * @param threads analysis threads; 0 or less = one per available processor
 * @param timestamp time of the assessment
 * @param historyFile the history file (JSON Lines) for the trend, the ratchet and this build's record; {@code null}
 *     turns history off
 * @param historyLimit the history file keeps at most this many records (0 = unlimited)
 * @param benchmarks where the JMH results and baseline are, or {@code null} (benchmark gates not configured)
 * @param documentation where the main sources are, or {@code null} (documentation gates not configured)
 * @param thisBuild which evidence is this build's and which tests it skipped
 */
public record AssessmentRequest(
        Policy policy,
        ProjectInfo project,
        Path baseDir,
        List<String> surefireReports,
        List<String> failsafeReports,
        List<String> testClassesDirectories,
        List<String> execFiles,
        List<String> classesDirectories,
        int threads,
        Instant timestamp,
        Path historyFile,
        int historyLimit,
        BenchmarkInput benchmarks,
        DocumentationInput documentation,
        ThisBuild thisBuild) {

    public AssessmentRequest {
        Objects.requireNonNull(thisBuild, "thisBuild");
        surefireReports = List.copyOf(surefireReports);
        failsafeReports = List.copyOf(failsafeReports);
        testClassesDirectories = List.copyOf(testClassesDirectories);
        execFiles = List.copyOf(execFiles);
        classesDirectories = List.copyOf(classesDirectories);
    }

    /** A request judged as readiness on its own judges it ({@link ThisBuild#standalone()}). */
    public AssessmentRequest(
            Policy policy,
            ProjectInfo project,
            Path baseDir,
            List<String> surefireReports,
            List<String> failsafeReports,
            List<String> testClassesDirectories,
            List<String> execFiles,
            List<String> classesDirectories,
            int threads,
            Instant timestamp,
            Path historyFile,
            int historyLimit,
            BenchmarkInput benchmarks,
            DocumentationInput documentation) {
        this(
                policy,
                project,
                baseDir,
                surefireReports,
                failsafeReports,
                testClassesDirectories,
                execFiles,
                classesDirectories,
                threads,
                timestamp,
                historyFile,
                historyLimit,
                benchmarks,
                documentation,
                ThisBuild.standalone());
    }

    /** The same request for another build context. */
    public AssessmentRequest withThisBuild(ThisBuild newThisBuild) {
        return new AssessmentRequest(
                policy,
                project,
                baseDir,
                surefireReports,
                failsafeReports,
                testClassesDirectories,
                execFiles,
                classesDirectories,
                threads,
                timestamp,
                historyFile,
                historyLimit,
                benchmarks,
                documentation,
                newThisBuild);
    }

    /** A request without benchmark and documentation inputs (those gates are then {@code NOT_CONFIGURED}). */
    public AssessmentRequest(
            Policy policy,
            ProjectInfo project,
            Path baseDir,
            List<String> surefireReports,
            List<String> failsafeReports,
            List<String> testClassesDirectories,
            List<String> execFiles,
            List<String> classesDirectories,
            int threads,
            Instant timestamp,
            Path historyFile,
            int historyLimit) {
        this(
                policy,
                project,
                baseDir,
                surefireReports,
                failsafeReports,
                testClassesDirectories,
                execFiles,
                classesDirectories,
                threads,
                timestamp,
                historyFile,
                historyLimit,
                null,
                null);
    }
}
