package dev.readiness.maven;

import dev.readiness.policy.TagDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code <tag>} of the POM: a name and selectors. Every selector list accepts comma-separated values in one element
 * or one child element per value. A class glob also selects the nested classes of the classes it matches; written
 * with a leading {@code =} ({@code =com.acme.Outer}) it selects the matched classes alone.
 *
 * <pre>{@code
 * <tag>
 *   <name>critical</name>
 *   <packages>com.acme.control.**</packages>
 *   <classes>com.acme.*Validator</classes>
 *   <annotations>com.acme.Critical</annotations>
 *   <excludeClasses>com.acme.control.Generated*</excludeClasses>
 * </tag>
 * }</pre>
 */
public class Tag {
    private String name;
    private List<String> packages = new ArrayList<>();
    private List<String> classes = new ArrayList<>();
    private List<String> annotations = new ArrayList<>();
    private List<String> excludePackages = new ArrayList<>();
    private List<String> excludeClasses = new ArrayList<>();
    private List<String> excludeAnnotations = new ArrayList<>();

    TagDefinition toDefinition() {
        return new TagDefinition(
                name == null ? "" : name.strip(),
                Lists.split(packages),
                Lists.split(classes),
                Lists.split(annotations),
                Lists.split(excludePackages),
                Lists.split(excludeClasses),
                Lists.split(excludeAnnotations));
    }
}
