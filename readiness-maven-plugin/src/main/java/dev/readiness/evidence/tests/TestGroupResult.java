package dev.readiness.evidence.tests;

import java.util.List;
import java.util.Objects;

/**
 * The cases of one configured test group.
 *
 * @param name the group's name
 * @param members the cases in the group, in report order
 * @param counts counts of {@code members}
 * @param unmappedCases cases outside the group whose name cannot be mapped to a method (phrased display names such as
 *     {@code [1] 1, 2}) while their class has methods tagged for this group: they may belong to it, which the caller
 *     should say rather than guess
 */
public record TestGroupResult(
        String name, List<TestCaseResult> members, TestCounts counts, List<TestCaseResult> unmappedCases) {
    public TestGroupResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(counts, "counts");
        members = List.copyOf(members);
        unmappedCases = List.copyOf(unmappedCases);
    }

    /** True when the configured group matches no case at all: reported as such, never as a pass. */
    public boolean matchesNoCase() {
        return members.isEmpty();
    }
}
