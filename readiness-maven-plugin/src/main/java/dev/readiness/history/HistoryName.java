package dev.readiness.history;

import java.util.Objects;
import java.util.Optional;

/**
 * A level or gate status as recorded on a history line: the constant of this version's enum it names, or, when a
 * newer plugin version wrote a name this version does not know, only that name.
 *
 * <p>History files outlive plugin versions and are shared between builds that run different versions, so a record
 * must read, display and be written back as it was written even when its level or status is new. The name is
 * therefore kept verbatim; {@link #known()} is empty for a name this version does not know, and code that compares
 * (reports, queries) compares the constant, never the text.
 *
 * @param <E> the enum of the names this version knows ({@code ReadinessLevel} for levels, {@link SnapshotStatus} for
 *     gate statuses)
 * @param constant the constant of that name, or {@code null} when this version does not know the name
 * @param name the name as written in the history line; equal to {@code constant.name()} when {@code constant} is set
 */
public record HistoryName<E extends Enum<E>>(E constant, String name) {
    public HistoryName {
        Objects.requireNonNull(name, "name");
        if (constant != null && !constant.name().equals(name)) {
            throw new IllegalArgumentException("name " + name + " is not the name of " + constant);
        }
    }

    /** The name of a constant this version knows. */
    public static <E extends Enum<E>> HistoryName<E> of(E constant) {
        return new HistoryName<>(Objects.requireNonNull(constant, "constant"), constant.name());
    }

    /** A name read from a history line: the constant of {@code type} of that exact name, if there is one. */
    public static <E extends Enum<E>> HistoryName<E> read(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return of(constant);
            }
        }
        return new HistoryName<>(null, name);
    }

    /** The constant, or empty when a newer version wrote a name this version does not know. */
    public Optional<E> known() {
        return Optional.ofNullable(constant);
    }

    /** Whether this is the name of {@code other}. */
    public boolean is(E other) {
        return constant == other;
    }

    /** The name as recorded. */
    @Override
    public String toString() {
        return name;
    }
}
