package dev.readiness.evidence.docs;

import java.util.Objects;

/**
 * A public or protected API element without a Javadoc comment.
 *
 * @param kind {@code type}, {@code constructor}, {@code method} or {@code field} (record components and enum
 *     constants are fields, annotation type elements are methods)
 * @param signature the element as written in the source: the qualified name of a type, {@code name(ParamType, ...)}
 *     for a method or constructor (parameter types as written, generic arguments included), the name of a field
 * @param line the 1-based line where the declaration starts (its first annotation or modifier)
 */
public record UndocumentedElement(String kind, String signature, int line) {

    /** Checks that kind and signature are given. */
    public UndocumentedElement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signature, "signature");
    }
}
