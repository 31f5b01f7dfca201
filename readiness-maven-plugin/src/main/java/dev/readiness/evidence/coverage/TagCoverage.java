package dev.readiness.evidence.coverage;

import java.util.List;
import java.util.Objects;

/**
 * Coverage of the code selected by one configured tag.
 *
 * <p>Whole classes (selected by package, class glob, class-level or {@code package-info} annotation) contribute their
 * class counters, exactly as the class rows of {@code jacoco:report}. Methods selected on their own (method-level
 * annotation, or a class whose other methods carry an exclude annotation) contribute their method counters; for them
 * the CLASS counter of their class counts as covered when at least one selected method of that class is covered.
 * LINE is counted on the lines merged per source file, like JaCoCo's package totals (a shared line counts once).
 *
 * @param tag tag name
 * @param matchedClasses analysed classes that contribute code to the tag, wholly or through some methods
 * @param matchedMethods methods selected on their own (in classes that are not selected whole)
 * @param coverage the six counters of the selected code
 * @param offenders up to 20 classes or methods with the most missed lines, descending, ties by name
 */
public record TagCoverage(
        String tag, int matchedClasses, int matchedMethods, Coverage coverage, List<Offender> offenders) {

    public TagCoverage {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(coverage, "coverage");
        offenders = List.copyOf(offenders);
    }

    /**
     * True when the tag's selectors match no analysed class or method: its coverage is undefined, which is neither
     * 0 % nor 100 %.
     */
    public boolean matchedNothing() {
        return matchedClasses == 0 && matchedMethods == 0;
    }
}
