package dev.readiness.view;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.GateStatus;
import dev.readiness.assess.ScorePoint;
import dev.readiness.history.Trend;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.ReadinessLevel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict as every view shows it: the shape of {@code readiness.json} plus the sentences the console, Markdown,
 * HTML and badge print. Built once from an {@link Assessment} by {@link #of}; only the factory knows the wording and
 * the number formatting, the renderers lay the model out. Evidence types do not reach the renderers: the model holds
 * plain values (paths already relative to the project root).
 *
 * @param verdict the verdict line: project, score, level, approval, confidence, measured share
 * @param gates every gate, in policy order
 * @param tests test totals and the failing and flaky tests by name
 * @param coverage the coverage evidence (or why there is none)
 * @param benchmarks the JMH comparison, {@code null} when not analysed
 * @param documentation the Javadoc analysis, {@code null} when not analysed
 * @param blockingIssues one line per gate that blocks the verdict
 * @param recommendations concrete fixes, most important first
 * @param warnings problems with the evidence
 * @param trend the score's trend, {@code null} when history is off
 * @param gateTrends each measured gate value's trend, by gate id, sorted
 * @param scoreHistory the last builds' scores and this one's, oldest first
 * @param reactor the per-module breakdown, {@code null} for a single module's verdict
 * @param evidence which evidence the verdict is about, {@code null} when unknown
 * @param mutation PIT's mutants behind the mutation gates, {@code null} when no mutation gate is enabled
 * @param findings what a reviewer should look at, where it is, worst first (the code-review views render these)
 * @param changedLines the coverage of the changed lines per tier, {@code null} when no change window is configured
 */
public record ReportModel(
        Verdict verdict,
        List<GateRow> gates,
        Tests tests,
        Coverage coverage,
        Benchmarks benchmarks,
        Documentation documentation,
        List<String> blockingIssues,
        List<String> recommendations,
        List<String> warnings,
        TrendRow trend,
        Map<String, TrendRow> gateTrends,
        List<ScorePoint> scoreHistory,
        Reactor reactor,
        EvidenceRow evidence,
        Mutation mutation,
        List<Finding> findings,
        ChangedLines changedLines) {

    /** How many surviving and uncovered mutants the model lists each ({@link Mutation#survivors}); counts are of all. */
    public static final int LISTED_MUTANTS = 1000;

    /** How many of a tag's classes the model lists ({@link TagRow#listedClasses}); the count is of them all. */
    public static final int LISTED_TAG_CLASSES = 100;

    /** How many classes with undocumented elements the model lists ({@link Documentation#worstClasses}). */
    public static final int LISTED_DOC_CLASSES = 10;

    /** Copies the lists and maps, keeping their order. */
    public ReportModel {
        gates = List.copyOf(gates);
        blockingIssues = List.copyOf(blockingIssues);
        recommendations = List.copyOf(recommendations);
        warnings = List.copyOf(warnings);
        gateTrends = Collections.unmodifiableMap(new LinkedHashMap<>(gateTrends));
        scoreHistory = List.copyOf(scoreHistory);
        findings = List.copyOf(findings);
    }

    /** The model of an assessment. */
    public static ReportModel of(Assessment assessment, Path projectRoot) {
        return of(assessment, projectRoot, SourceLocator.NONE);
    }

    /**
     * The model of an assessment whose findings are placed in the files {@code locator} finds.
     *
     * @param locator where the source files and the POM are, relative to the repository root
     */
    public static ReportModel of(Assessment assessment, Path projectRoot, SourceLocator locator) {
        return new ModelFactory(projectRoot, locator).model(assessment);
    }

    /** The texts of a trend (of the score or of a gate). */
    public static TrendRow trend(Trend trend) {
        return ModelFactory.trend(trend);
    }

    /**
     * The verdict line and the sentences around it.
     *
     * @param coordinates {@code groupId:artifactId:version}
     * @param timestamp when the verdict was evaluated
     * @param score the score, {@code null} when no gate was measured
     * @param scoreText the score with one decimal, or {@code n/a}
     * @param confidence the confidence as written in readiness.json, e.g. {@code very_high}
     * @param measured e.g. {@code 3 of 8 gates measured, 42.5 % of the weight}
     * @param measuredCount e.g. {@code 3/8 gates}
     * @param measuredOfEnabled e.g. {@code 3 of 8}
     * @param consoleLine the console's one-line verdict
     * @param nonBlockingFailures why failed gates do not block, or {@code null}
     * @param noEvidence why the verdict rests on no evidence, or {@code null}
     */
    public record Verdict(
            String groupId,
            String artifactId,
            String version,
            String coordinates,
            Instant timestamp,
            BigDecimal score,
            String scoreText,
            ReadinessLevel level,
            boolean deploymentApproved,
            String approval,
            String confidence,
            String confidenceText,
            BigDecimal measuredWeight,
            String measured,
            String measuredCount,
            String measuredOfEnabled,
            String commit,
            String branch,
            String consoleLine,
            String nonBlockingFailures,
            String noEvidence) {}

    /**
     * One gate's row: its definition, its result, and the texts of its table cells.
     *
     * @param value the measured value as computed, {@code null} unless measured
     * @param jsonValue the value rounded down to 2 decimals
     * @param valueText e.g. {@code 94.9 %} or {@code -}
     * @param requiredText e.g. {@code >= 95 %}
     * @param weightText e.g. {@code 0.15}
     */
    public record GateRow(
            String id,
            String metric,
            boolean passRate,
            String scope,
            String tag,
            String counter,
            String source,
            String group,
            BigDecimal threshold,
            BigDecimal weight,
            boolean critical,
            String onMissing,
            GateStatus status,
            BigDecimal value,
            BigDecimal jsonValue,
            long measured,
            long of,
            BigDecimal gateScore,
            boolean blocking,
            boolean noRegression,
            BigDecimal tolerance,
            Ratchet ratchet,
            String message,
            List<String> details,
            String valueText,
            String requiredText,
            String weightText) {}

    /** A gate's no-regression check. */
    public record Ratchet(String status, BigDecimal previous, String message) {}

    /** Test case counts. */
    public record Counts(long total, long passed, long failed, long errors, long skipped, long flaky) {}

    /**
     * A failing, erroring or flaky test case; {@code displayName} is its JUnit display name from an Open Test Reporting
     * file, {@code null} when none adds to the name.
     */
    public record TestCase(
            String className, String name, String outcome, int reruns, String message, String displayName) {
        /** A case without a JUnit display name. */
        public TestCase(String className, String name, String outcome, int reruns, String message) {
            this(className, name, outcome, reruns, message, null);
        }
    }

    /**
     * The tests.
     *
     * @param groups by group name, sorted
     * @param totalsText e.g. {@code 17 (Surefire 16, Failsafe 1): 13 passed, …}
     * @param namedLines the first failing and erroring tests, then the first flaky ones, one line each
     */
    public record Tests(
            Counts all,
            Counts surefire,
            Counts failsafe,
            Map<String, Counts> groups,
            int duplicateReports,
            int malformedReports,
            List<TestCase> failing,
            List<TestCase> flaky,
            String totalsText,
            List<String> notPassedLines,
            List<String> flakyLines) {
        /** Copies the lists and the (sorted) groups. */
        public Tests {
            groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
            failing = List.copyOf(failing);
            flaky = List.copyOf(flaky);
            notPassedLines = List.copyOf(notPassedLines);
            flakyLines = List.copyOf(flakyLines);
        }
    }

    /** One coverage counter, e.g. lines: covered, missed, and {@code 91.2 %} ({@code -} when empty). */
    public record Cell(long covered, long missed, String percentText) {
        public long total() {
            return covered + missed;
        }
    }

    /** A class (or method) with missed lines. */
    public record Offender(String className, String methodName, long missedLines, long coveredLines) {}

    /**
     * A tag's coverage.
     *
     * @param listedClasses the first of its classes, sorted (at most {@link #LISTED_TAG_CLASSES})
     */
    public record TagRow(
            String name,
            String tag,
            int matchedClasses,
            int matchedMethods,
            boolean matchedNothing,
            List<String> listedClasses,
            Map<CounterKind, Cell> counters,
            List<Offender> offenders) {}

    /**
     * The coverage evidence.
     *
     * @param tags in the order of the policy
     */
    public record Coverage(
            boolean available,
            String missingReason,
            List<String> execFiles,
            int analyzedClasses,
            Map<CounterKind, Cell> overall,
            List<TagRow> tags,
            List<Offender> offenders,
            List<String> noMatchClasses) {}

    /** A JMH measurement. */
    public record Measurement(BigDecimal score, BigDecimal error, String unit) {}

    /** One benchmark compared with its baseline. */
    public record Comparison(
            String benchmark,
            String mode,
            Map<String, String> params,
            String metric,
            Measurement baseline,
            Measurement current,
            BigDecimal changePercent,
            boolean regressed) {}

    /** The environments of the two runs, when both are known. */
    public record Environment(
            boolean comparable, List<String> differences, Map<String, String> baseline, Map<String, String> current) {}

    /** The JMH comparison. */
    public record Benchmarks(
            boolean available,
            String missingReason,
            String results,
            String baseline,
            long compared,
            long notRegressed,
            List<Comparison> comparisons,
            List<String> added,
            List<String> removed,
            Environment environment) {}

    /** A public API element without Javadoc. */
    public record Undocumented(String kind, String signature, int line) {}

    /** A class with undocumented elements. */
    public record DocClass(String className, long documented, long total, List<Undocumented> undocumented) {}

    /** A source file that could not be parsed. */
    public record Unparsable(String file, long line, String problem) {}

    /**
     * One mutant, as a finding: where it is and what PIT changed.
     *
     * @param text e.g. {@code Saturation.java:31 — ConditionalsBoundary: changed conditional boundary (survived)}
     */
    public record MutantRow(
            String className,
            String method,
            String sourceFile,
            int line,
            String mutator,
            String description,
            String status,
            String text) {}

    /** A tag's mutants: all, detected, covered. */
    public record MutationTag(String tag, long total, long detected, long covered) {}

    /**
     * PIT's mutants behind the mutation gates.
     *
     * @param reports the {@code mutations.xml} files read
     * @param total every mutant (de-duplicated), PIT's "Generated N mutations"
     * @param detected PIT's "Killed N": KILLED, TIMED_OUT, NON_VIABLE, MEMORY_ERROR, RUN_ERROR, EQUIVALENT
     * @param covered every mutant but NO_COVERAGE
     * @param statuses mutants per PIT status, sorted by status
     * @param survivors covered mutants no test detected, worst classes first (at most {@link #LISTED_MUTANTS})
     * @param survivorsTotal how many there are in all
     * @param noCoverage mutants no test runs, worst classes first (at most {@link #LISTED_MUTANTS})
     * @param noCoverageTotal how many there are in all
     * @param summary e.g. {@code 117 mutants from 1 PIT report: 97 detected (82.9 %), 112 covered, test strength 86.6 %;
     *     KILLED 97, SURVIVED 15, NO_COVERAGE 5}
     */
    public record Mutation(
            boolean available,
            String missingReason,
            String summary,
            List<String> reports,
            long total,
            long detected,
            long covered,
            Map<String, Long> statuses,
            List<MutationTag> tags,
            List<MutantRow> survivors,
            long survivorsTotal,
            List<MutantRow> noCoverage,
            long noCoverageTotal) {}

    /** The Javadoc analysis. */
    public record Documentation(
            boolean available,
            String missingReason,
            long files,
            long documented,
            long total,
            List<DocClass> worstClasses,
            List<String> missingRequiredFiles,
            List<String> generatedSourceRoots,
            List<Unparsable> unparsable) {}

    /**
     * A trend and the sentences that describe it.
     *
     * @param text e.g. {@code improving: +3.2 since the previous 84.3 (range 80.1–90.0, 4 previous builds)}
     * @param consoleLine the console's line about it
     */
    public record TrendRow(Trend trend, String text, String consoleLine) {}

    /**
     * One module of a reactor verdict, with the texts of its table cells.
     *
     * @param level its own level, {@code null} when it has no verdict of its own
     * @param coverage its counters, {@code null} without coverage
     */
    public record Module(
            String name,
            String path,
            String packaging,
            ReadinessLevel level,
            BigDecimal score,
            Counts unitTests,
            Counts integrationTests,
            Map<CounterKind, Cell> coverage,
            boolean ownExecutionData,
            List<String> notes,
            String verdictText,
            String unitTestsText,
            String integrationTestsText,
            String lineCoverageText,
            String branchCoverageText,
            String notesText) {}

    /** The per-module breakdown of a reactor verdict. */
    public record Reactor(List<Module> modules, List<String> notInBuild, boolean partial) {}

    /** JaCoCo sessions: how many, earliest start and latest dump (ISO-8601, {@code null} when none is dated). */
    public record Sessions(int count, String start, String end) {}

    /** A test report left out (or counted) as stale. */
    public record StaleReport(String file, String reason) {}

    /**
     * Which evidence the verdict is about.
     *
     * @param line the console's sentence about it
     */
    public record EvidenceRow(
            String rule,
            String buildStart,
            String runStart,
            String staleEvidence,
            Sessions sessions,
            Sessions staleSessions,
            int reportFiles,
            List<StaleReport> staleReports,
            String surefireSkippedBy,
            String failsafeSkippedBy,
            String line) {}

    /**
     * The coverage of the lines a change touched (coverage gates with {@code <lines>changed</lines>}).
     *
     * @param origin where the change comes from, e.g. {@code working tree vs merge-base 1a2b3c4d5e of origin/main and
     *     HEAD}
     * @param missingReason why the change or the coverage could not be read, {@code null} when available
     * @param changedFiles files with added or modified lines
     * @param scopes {@code all} first, then one per configured tag (by tag name)
     * @param outsideSourceRoots changed files under no source root (tests, POMs, resources), sorted
     * @param withoutClasses changed source files for which JaCoCo analysed no class, sorted
     */
    public record ChangedLines(
            String origin,
            String missingReason,
            int changedFiles,
            List<ChangedScope> scopes,
            List<String> outsideSourceRoots,
            List<String> withoutClasses) {
        public ChangedLines {
            scopes = List.copyOf(scopes);
            outsideSourceRoots = List.copyOf(outsideSourceRoots);
            withoutClasses = List.copyOf(withoutClasses);
        }
    }

    /**
     * The changed lines of one tier.
     *
     * @param name {@code all}, or the tag's name
     * @param tag the tag, {@code null} for {@code all}
     * @param lines changed lines with code: covered and missed
     * @param branches the branches on the changed lines
     * @param noCodeLines changed lines without code (not counted)
     * @param files files with changed lines in this tier, the most uncovered lines first
     * @param uncoveredText e.g. {@code Foo.java:12-14, 20; Bar.java:3}, empty when none
     */
    public record ChangedScope(
            String name,
            String tag,
            Cell lines,
            Cell branches,
            long noCodeLines,
            List<ChangedFile> files,
            String uncoveredText) {
        public ChangedScope {
            files = List.copyOf(files);
        }
    }

    /**
     * One changed source file of a tier; its uncovered lines as ranges (one finding per range for a SARIF writer).
     *
     * @param path relative to the repository root, e.g. {@code src/main/java/com/acme/Foo.java}
     * @param uncovered changed lines with code of which none ran, as ranges, ascending
     * @param uncoveredText e.g. {@code 12-14, 20}
     * @param partlyCovered changed lines with a missed branch, as ranges
     */
    public record ChangedFile(
            String path,
            String fileName,
            Cell lines,
            Cell branches,
            long noCodeLines,
            List<LineRange> uncovered,
            String uncoveredText,
            List<LineRange> partlyCovered) {
        public ChangedFile {
            uncovered = List.copyOf(uncovered);
            partlyCovered = List.copyOf(partlyCovered);
        }
    }

    /** Lines {@code start} to {@code end}, both included (equal for one line). */
    public record LineRange(int start, int end) {}
}
