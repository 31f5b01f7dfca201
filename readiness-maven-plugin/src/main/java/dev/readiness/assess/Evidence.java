package dev.readiness.assess;

import dev.readiness.evidence.coverage.CoverageEvidence;
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
 */
public record Evidence(
        TestEvidence surefire,
        List<String> surefireLocations,
        TestEvidence failsafe,
        List<String> failsafeLocations,
        TestClassIndex testClasses,
        List<String> testClassesLocations,
        CoverageEvidence coverage) {

    public Evidence {
        surefireLocations = List.copyOf(surefireLocations);
        failsafeLocations = List.copyOf(failsafeLocations);
        testClassesLocations = List.copyOf(testClassesLocations);
    }

    /** True when at least one kind of evidence was found. */
    public boolean any() {
        return surefire.hasReports() || failsafe.hasReports() || coverage.available();
    }
}
