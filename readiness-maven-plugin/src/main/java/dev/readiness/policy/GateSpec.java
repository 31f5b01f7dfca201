package dev.readiness.policy;

/**
 * A gate as written in the POM, before validation: every field is the raw text, {@code null} when the element is
 * absent. {@link PolicyFactory} merges it with the default gate of the same id and validates it.
 */
public record GateSpec(
        String id,
        String metric,
        String tag,
        String counter,
        String source,
        String group,
        String threshold,
        String weight,
        String critical,
        String onMissing,
        String enabled,
        String noRegression,
        String tolerance) {

    /** A spec that only names the gate (the default is used as it is). */
    public static GateSpec ofId(String id) {
        return new GateSpec(id, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
