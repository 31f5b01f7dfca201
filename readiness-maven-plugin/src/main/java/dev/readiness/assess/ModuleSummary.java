package dev.readiness.assess;

import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.tests.TestCounts;
import java.util.List;
import java.util.Objects;

/**
 * One module's line in a reactor verdict's per-module breakdown.
 *
 * @param name the module's artifactId
 * @param path the module directory relative to the reactor root
 * @param packaging the module's packaging
 * @param verdict the module's own verdict, {@code null} when it was not assessed on its own
 * @param unitTests the test cases of the module's Surefire reports
 * @param integrationTests the test cases of the module's Failsafe reports
 * @param coverage the counters of the module's classes under the execution data of every module (so integration
 *     tests of one module cover code of another), {@code null} when no class of the module was analysed
 * @param ownExecutionData true when the module's own JaCoCo execution data files exist
 * @param notes what the module lacks or why it contributes nothing, in plain words (empty when complete)
 */
public record ModuleSummary(
        String name,
        String path,
        String packaging,
        ModuleVerdict verdict,
        TestCounts unitTests,
        TestCounts integrationTests,
        Coverage coverage,
        boolean ownExecutionData,
        List<String> notes) {

    public ModuleSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitTests, "unitTests");
        Objects.requireNonNull(integrationTests, "integrationTests");
        notes = List.copyOf(notes);
    }
}
