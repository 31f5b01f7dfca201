package dev.readiness.evidence.mutation;

import java.util.List;
import java.util.Objects;

/**
 * One {@code <mutation>} of PIT's {@code mutations.xml}.
 *
 * @param sourceFile the source file name as PIT writes it, e.g. {@code Saturation.java}
 * @param mutatedClass binary class name with dots, e.g. {@code com.acme.util.Saturation}
 * @param mutatedMethod method name, e.g. {@code clamp} or {@code <init>}
 * @param methodDescription JVM method descriptor, e.g. {@code (DDD)D}
 * @param line source line of the mutation
 * @param mutator PIT's mutator class name, e.g. {@code org.pitest...ConditionalsBoundaryMutator}
 * @param indexes instruction indexes PIT mutated
 * @param blocks basic blocks of the mutation
 * @param status PIT's verdict
 * @param killingTest the first test that killed it, or {@code null}
 * @param description PIT's description, e.g. {@code changed conditional boundary}
 */
public record Mutant(
        String sourceFile,
        String mutatedClass,
        String mutatedMethod,
        String methodDescription,
        int line,
        String mutator,
        List<Integer> indexes,
        List<Integer> blocks,
        MutationStatus status,
        String killingTest,
        String description) {

    public Mutant {
        Objects.requireNonNull(mutatedClass, "mutatedClass");
        Objects.requireNonNull(status, "status");
        indexes = List.copyOf(indexes);
        blocks = List.copyOf(blocks);
    }

    /**
     * The mutant's identity (class, method, descriptor, description, line, mutator, indexes, blocks): the same mutant
     * reported by two modules' reports of a reactor is counted once.
     */
    public Identity identity() {
        return new Identity(
                mutatedClass, mutatedMethod, methodDescription, description, line, mutator, indexes, blocks);
    }

    /** The mutator's simple name without the {@code Mutator} suffix, e.g. {@code ConditionalsBoundary}. */
    public String mutatorName() {
        if (mutator == null || mutator.isBlank()) {
            return "unknown mutator";
        }
        String simple = mutator.substring(mutator.lastIndexOf('.') + 1);
        // PIT's returns mutators and parameterised ones: "…Mutator", "…Mutator_ELSE"
        return simple.replaceFirst("Mutator(?=$|_)", "");
    }

    /** {@code Saturation.java:31 — ConditionalsBoundary: changed conditional boundary (survived)}. */
    public String display() {
        String file = sourceFile == null || sourceFile.isBlank()
                ? mutatedClass.substring(mutatedClass.lastIndexOf('.') + 1) + ".java"
                : sourceFile;
        return file + ":" + line + " — " + mutatorName() + ": " + (description == null ? "" : description) + " ("
                + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ")";
    }

    /** What identifies a mutant across reports. */
    public record Identity(
            String mutatedClass,
            String mutatedMethod,
            String methodDescription,
            String description,
            int line,
            String mutator,
            List<Integer> indexes,
            List<Integer> blocks) {}
}
