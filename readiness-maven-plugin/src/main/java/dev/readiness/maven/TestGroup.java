package dev.readiness.maven;

import dev.readiness.policy.TestGroupDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code <testGroup>} of the POM: test cases selected by JUnit 5 {@code @Tag}, JUnit 4 {@code @Category} or TestNG
 * {@code groups} (read from the compiled test classes), or by test class-name globs.
 *
 * <pre>{@code
 * <testGroup><name>stability</name><tags>stability,numerics</tags><classes>**.stability.*Test</classes></testGroup>
 * }</pre>
 */
public class TestGroup {
    private String name;
    private List<String> tags = new ArrayList<>();
    private List<String> classes = new ArrayList<>();

    TestGroupDefinition toDefinition() {
        return new TestGroupDefinition(name == null ? "" : name.strip(), Lists.split(tags), Lists.split(classes));
    }
}
