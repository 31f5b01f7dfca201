package dev.readiness.evidence.coverage;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Coverage of the code selected by one configured tag.
 *
 * <p>Whole classes (selected by package, class glob, class-level or {@code package-info} annotation) contribute their
 * class counters, exactly as the class rows of {@code jacoco:report}. Methods selected on their own (method-level
 * annotation, or a class whose other methods carry an exclude annotation) contribute their method counters; for them
 * the CLASS counter of their class counts as covered when at least one selected method of that class is covered.
 * LINE is counted on the lines merged per source file, like JaCoCo's package totals (a shared line counts once).
 *
 * <p>Only classes with code count, as in the class rows of {@code jacoco:report}: a selected interface without default
 * methods, annotation type or empty class contributes nothing and is not listed.
 *
 * @param tag tag name
 * @param classes binary names of the analysed classes with code that contribute to the tag, wholly or through some
 *     methods, sorted; a class selector's nested classes are listed here by their own names
 * @param matchedMethods methods selected on their own (in classes that are not selected whole)
 * @param coverage the six counters of the selected code
 * @param offenders up to 20 classes or methods with the most missed lines, descending, ties by name
 * @param annotationRetention the retention of each annotation type the tag selects or excludes by, as its class file
 *     among the analysed classes says (an annotation with {@code @Retention(SOURCE)} selects nothing), sorted by name
 */
public record TagCoverage(
        String tag,
        List<String> classes,
        int matchedMethods,
        Coverage coverage,
        List<Offender> offenders,
        Map<String, AnnotationRetention> annotationRetention) {

    public TagCoverage {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(coverage, "coverage");
        classes = classes.stream().sorted().toList();
        offenders = List.copyOf(offenders);
        annotationRetention = Collections.unmodifiableMap(new TreeMap<>(annotationRetention));
    }

    /** Coverage of a tag that selects by no annotation. */
    public TagCoverage(
            String tag, List<String> classes, int matchedMethods, Coverage coverage, List<Offender> offenders) {
        this(tag, classes, matchedMethods, coverage, offenders, Map.of());
    }

    /** The same coverage with the retention of the tag's annotation types. */
    public TagCoverage withAnnotationRetention(Map<String, AnnotationRetention> retention) {
        return new TagCoverage(tag, classes, matchedMethods, coverage, offenders, retention);
    }

    /**
     * The annotation types the tag selects or excludes by that no class file can carry ({@code @Retention(SOURCE)}),
     * sorted.
     */
    public List<String> sourceRetainedAnnotations() {
        return annotationRetention.entrySet().stream()
                .filter(e -> e.getValue() == AnnotationRetention.SOURCE)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** How many analysed classes with code contribute to the tag: the size of {@link #classes()}. */
    public int matchedClasses() {
        return classes.size();
    }

    /**
     * True when the tag's selectors match no analysed class or method: its coverage is undefined, which is neither
     * 0 % nor 100 %.
     */
    public boolean matchedNothing() {
        return classes.isEmpty() && matchedMethods == 0;
    }
}
