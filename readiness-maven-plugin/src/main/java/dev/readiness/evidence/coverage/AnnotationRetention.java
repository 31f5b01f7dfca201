package dev.readiness.evidence.coverage;

/**
 * What the analysed class files say about an annotation type a tag selects by: whether its annotations can be in the
 * class files at all.
 */
public enum AnnotationRetention {
    /** {@code @Retention(SOURCE)}: javac drops the annotation, no class file carries it, so it selects nothing. */
    SOURCE,
    /** {@code @Retention(CLASS)}, or no {@code @Retention} (the default): in the class files. */
    CLASS,
    /** {@code @Retention(RUNTIME)}: in the class files. */
    RUNTIME,
    /** The class file of that name is not an annotation type. */
    NOT_AN_ANNOTATION,
    /** No analysed class file has that name (e.g. the annotation type is in a dependency): its retention is unknown. */
    NOT_FOUND;

    /** True when annotations of this type can be in the class files (or that is unknown). */
    public boolean canSelect() {
        return this == CLASS || this == RUNTIME || this == NOT_FOUND;
    }
}
