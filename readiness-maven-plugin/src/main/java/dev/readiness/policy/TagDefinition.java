package dev.readiness.policy;

import java.util.List;
import java.util.Objects;

/**
 * A named set of code (DESIGN.md §5): package globs ({@code com.acme.control.*} = that package only,
 * {@code com.acme.control.**} = with sub-packages), class globs ({@code com.acme.*Validator}), annotation type names
 * (class level = whole class, method level = that method only, on {@code package-info} = whole package), and
 * excludes of the same kinds. Names are Java binary names with dots ({@code com.acme.Outer$Inner}).
 *
 * @param name tag name, e.g. {@code critical}
 * @param packages package globs
 * @param classes class globs
 * @param annotations fully qualified annotation type names
 * @param excludePackages package globs removed from the tag
 * @param excludeClasses class globs removed from the tag
 * @param excludeAnnotations annotation type names whose targets are removed from the tag
 */
public record TagDefinition(
        String name,
        List<String> packages,
        List<String> classes,
        List<String> annotations,
        List<String> excludePackages,
        List<String> excludeClasses,
        List<String> excludeAnnotations) {

    public TagDefinition {
        Objects.requireNonNull(name, "name");
        packages = List.copyOf(packages);
        classes = List.copyOf(classes);
        annotations = List.copyOf(annotations);
        excludePackages = List.copyOf(excludePackages);
        excludeClasses = List.copyOf(excludeClasses);
        excludeAnnotations = List.copyOf(excludeAnnotations);
    }

    /** A tag with only inclusion selectors. */
    public static TagDefinition of(String name, List<String> packages, List<String> classes, List<String> annotations) {
        return new TagDefinition(name, packages, classes, annotations, List.of(), List.of(), List.of());
    }

    /** A tag without any inclusion selector is <em>not configured</em>: its gates are {@code NOT_CONFIGURED}. */
    public boolean configured() {
        return !packages.isEmpty() || !classes.isEmpty() || !annotations.isEmpty();
    }
}
