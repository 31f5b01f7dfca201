package dev.readiness.assess;

import dev.readiness.evidence.bench.BenchmarkEvidence;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.docs.DocumentationEvidence;
import dev.readiness.evidence.mutation.MutationEvidence;
import dev.readiness.evidence.tests.TestClassIndex;
import dev.readiness.evidence.tests.TestEvidence;
import java.util.List;

/**
 * Everything read from the build, before the policy is applied.
 *
 * @param surefire Surefire reports read (empty when none were found)
 * @param surefireLocations where Surefire reports were looked for, as configured (for messages)
 * @param failsafe Failsafe reports read
 * @param failsafeLocations where Failsafe reports were looked for
 * @param testClasses test-class index for test groups
 * @param testClassesLocations where test classes were looked for
 * @param coverage JaCoCo analysis, or its explicit absence
 * @param benchmarks JMH comparison, or {@code null} when the project has no JMH results nor baseline
 * @param documentation Javadoc completeness of the main sources, or {@code null} when not analysed
 * @param scope which evidence is this build's (what was left out, which tests were skipped), {@code null} when
 *     unknown (evidence assembled by hand)
 * @param mutation PIT's mutants, or {@code null} when no mutation gate is enabled
 * @param openTest how JUnit's Open Test Reporting files were used, or {@code null} when none of this build was found
 */
public record Evidence(
        TestEvidence surefire,
        List<String> surefireLocations,
        TestEvidence failsafe,
        List<String> failsafeLocations,
        TestClassIndex testClasses,
        List<String> testClassesLocations,
        CoverageEvidence coverage,
        BenchmarkEvidence benchmarks,
        DocumentationEvidence documentation,
        EvidenceScope scope,
        MutationEvidence mutation,
        OpenTestUse openTest) {

    /** Evidence of tests and coverage only: benchmark and documentation gates are {@code NOT_CONFIGURED}. */
    public Evidence(
            TestEvidence surefire,
            List<String> surefireLocations,
            TestEvidence failsafe,
            List<String> failsafeLocations,
            TestClassIndex testClasses,
            List<String> testClassesLocations,
            CoverageEvidence coverage) {
        this(
                surefire,
                surefireLocations,
                failsafe,
                failsafeLocations,
                testClasses,
                testClassesLocations,
                coverage,
                null,
                null,
                null,
                null,
                null);
    }

    public Evidence {
        surefireLocations = List.copyOf(surefireLocations);
        failsafeLocations = List.copyOf(failsafeLocations);
        testClassesLocations = List.copyOf(testClassesLocations);
    }

    /** True when at least one kind of evidence was found. */
    public boolean any() {
        return surefire.hasReports() || failsafe.hasReports() || coverage.available();
    }

    /**
     * The same evidence with other locations named in messages: a reactor reads the existing directories of every
     * module but names what it searched, so that "no reports in …" never names an empty list.
     */
    public Evidence withLocations(
            List<String> newSurefireLocations,
            List<String> newFailsafeLocations,
            List<String> newTestClassesLocations) {
        return new Evidence(
                surefire,
                newSurefireLocations,
                failsafe,
                newFailsafeLocations,
                testClasses,
                newTestClassesLocations,
                coverage,
                benchmarks,
                documentation,
                scope,
                mutation,
                openTest);
    }

    /** The same evidence with these PIT mutants. */
    public Evidence withMutation(MutationEvidence newMutation) {
        return new Evidence(
                surefire,
                surefireLocations,
                failsafe,
                failsafeLocations,
                testClasses,
                testClassesLocations,
                coverage,
                benchmarks,
                documentation,
                scope,
                newMutation,
                openTest);
    }

    /** The same evidence with this JMH comparison ({@code null}: the project has no JMH results nor baseline). */
    public Evidence withBenchmarks(BenchmarkEvidence newBenchmarks) {
        return new Evidence(
                surefire,
                surefireLocations,
                failsafe,
                failsafeLocations,
                testClasses,
                testClassesLocations,
                coverage,
                newBenchmarks,
                documentation,
                scope,
                mutation,
                openTest);
    }

    /** The same evidence with this Javadoc completeness ({@code null}: not analysed). */
    public Evidence withDocumentation(DocumentationEvidence newDocumentation) {
        return new Evidence(
                surefire,
                surefireLocations,
                failsafe,
                failsafeLocations,
                testClasses,
                testClassesLocations,
                coverage,
                benchmarks,
                newDocumentation,
                scope,
                mutation,
                openTest);
    }

    /** The same evidence with this scope: which evidence is this build's ({@code null}: unknown). */
    public Evidence withScope(EvidenceScope newScope) {
        return new Evidence(
                surefire,
                surefireLocations,
                failsafe,
                failsafeLocations,
                testClasses,
                testClassesLocations,
                coverage,
                benchmarks,
                documentation,
                newScope,
                mutation,
                openTest);
    }
}
