package dev.readiness.maven;

import dev.readiness.assess.ModuleInput;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The modules of one Maven session that ran an evaluating goal, and whether the reactor verdict was computed. One
 * instance per session, shared by every module's execution (also under {@code mvn -T}); all access is synchronised.
 * The reactor verdict is computed exactly once, by the execution that completes the set of expected modules,
 * whatever the build order.
 */
final class ReactorState {
    private final List<String> expectedInOrder;
    private final Set<String> expected;
    private final List<String> notes;
    private final Map<String, Contribution> contributions = new HashMap<>();
    private final Set<String> late = new HashSet<>();
    private boolean computed;

    ReactorState(List<String> expectedInOrder) {
        this(expectedInOrder, List.of());
    }

    /**
     * A state expecting the given modules.
     *
     * @param expectedInOrder {@code groupId:artifactId} of the modules whose execution of the goal this build runs
     * @param notes warnings for the reactor verdict, e.g. modules that bind the goal to a phase the build does not
     *     reach
     */
    ReactorState(List<String> expectedInOrder, List<String> notes) {
        this.expectedInOrder = List.copyOf(expectedInOrder);
        this.expected = Set.copyOf(expectedInOrder);
        this.notes = List.copyOf(notes);
    }

    /** Warnings for the reactor verdict, found when the expected modules were determined. */
    List<String> notes() {
        return notes;
    }

    /**
     * The expected modules that have not contributed yet, in reactor order: while the verdict is pending, what it
     * waits for.
     */
    synchronized List<String> waitingFor() {
        List<String> waiting = new ArrayList<>();
        for (String id : expectedInOrder) {
            if (!contributions.containsKey(id)) {
                waiting.add(id);
            }
        }
        return waiting;
    }

    /**
     * Whether the module contributed only after the reactor verdict had been computed, so its evidence is not in it.
     */
    synchronized boolean late(String projectId) {
        return late.contains(projectId);
    }

    /**
     * What one module's execution contributes.
     *
     * @param projectId {@code groupId:artifactId}
     * @param module where its evidence is, and its own verdict
     * @param executionRoot true for the project Maven was started in (the reactor root)
     * @param settings the module's parameters, used as the reactor's policy when it is the root; {@code null} when
     *     the module skipped readiness
     * @param reactorLocations the module's reactor-only Surefire, Failsafe and exec locations
     * @param outputDirectory the module's report directory
     * @param stepSummary the module's {@code stepSummary} parameter
     */
    record Contribution(
            String projectId,
            ModuleInput module,
            boolean executionRoot,
            ReadinessInputs settings,
            List<List<String>> reactorLocations,
            File outputDirectory,
            boolean stepSummary) {}

    /**
     * Records a module's contribution (the first one per module counts).
     *
     * @return every contribution in reactor order when this one completed the set and the verdict is still to be
     *     computed; empty otherwise
     */
    synchronized Optional<List<Contribution>> contribute(Contribution contribution) {
        Contribution before = contributions.putIfAbsent(contribution.projectId(), contribution);
        if (computed && before == null) {
            late.add(contribution.projectId());
        }
        if (computed || !contributions.keySet().containsAll(expected)) {
            return Optional.empty();
        }
        computed = true;
        List<Contribution> ordered = new ArrayList<>();
        for (String id : expectedInOrder) {
            ordered.add(contributions.get(id));
        }
        // modules that ran the goal without being expected (e.g. a goal bound by a profile) come last
        contributions.forEach((id, c) -> {
            if (!expected.contains(id)) {
                ordered.add(c);
            }
        });
        return Optional.of(List.copyOf(ordered));
    }
}
