package dev.readiness.assess;

/**
 * The change window of coverage gates on changed lines ({@code <lines>changed</lines>}).
 *
 * @param baseRef {@code readiness.baseRef}: the working tree is compared with the merge-base of {@code HEAD} and this
 *     ref; {@code null} when not set
 * @param diffFile {@code readiness.diffFile}: a unified diff of the change (wins over {@code baseRef}); {@code null}
 *     when not set
 */
public record ChangeInput(String baseRef, String diffFile) {
    public ChangeInput {
        baseRef = blankToNull(baseRef);
        diffFile = blankToNull(diffFile);
    }

    /** Whether a base ref or a diff file is set. */
    public boolean configured() {
        return baseRef != null || diffFile != null;
    }

    /** {@code diff file pr.diff} or {@code base ref origin/main}: what the user configured. */
    public String describe() {
        return diffFile != null ? "diff file " + diffFile : "base ref " + baseRef;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
