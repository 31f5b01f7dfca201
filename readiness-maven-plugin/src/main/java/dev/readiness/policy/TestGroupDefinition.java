package dev.readiness.policy;

import java.util.List;
import java.util.Objects;

/**
 * A named group of test cases (DESIGN.md §5). Surefire XML carries no tags, so membership is read from the compiled
 * test classes: a case belongs to the group when its class or method carries one of {@link #tags()} (JUnit 5
 * {@code @Tag}, JUnit 4 {@code @Category} simple or fully qualified name, TestNG {@code groups}), or when its class
 * matches one of {@link #classes()} (class-name globs).
 *
 * <p>When a gate names a group that is not defined, the group defaults to the tag of the same name.
 *
 * @param name group name, e.g. {@code stability}
 * @param tags JUnit/TestNG tags or categories
 * @param classes test class-name globs
 */
public record TestGroupDefinition(String name, List<String> tags, List<String> classes) {
    public TestGroupDefinition {
        Objects.requireNonNull(name, "name");
        tags = List.copyOf(tags);
        classes = List.copyOf(classes);
    }

    /** The implicit group of a gate that names an undefined group: the tag of the same name. */
    public static TestGroupDefinition ofTag(String name) {
        return new TestGroupDefinition(name, List.of(name), List.of());
    }
}
