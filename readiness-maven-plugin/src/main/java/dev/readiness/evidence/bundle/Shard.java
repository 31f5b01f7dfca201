package dev.readiness.evidence.bundle;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One shard of a build split across CI machines.
 *
 * @param index 1-based index of the shard, at most {@code total}
 * @param total how many shards the build has
 * @param label an optional name (e.g. the CI job's), {@code null} when none was given
 */
public record Shard(int index, int total, String label) {
    /** Most shards a build may declare: far above any CI matrix, low enough to list the missing ones. */
    public static final int MAX_TOTAL = 1000;

    private static final Pattern SPEC = Pattern.compile("\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N} ._:+@()\\[\\]#=,-]{1,100}");

    public Shard {
        if (total < 1 || total > MAX_TOTAL || index < 1 || index > total) {
            throw new IllegalArgumentException(
                    "shard " + index + "/" + total + " is not 1..total with total 1.." + MAX_TOTAL);
        }
        if (label != null && !LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException(
                    "shard label '" + label + "' is not 1 to 100 letters, digits, spaces" + " or ._:+@()[]#=,-");
        }
    }

    /**
     * The shard of {@code readiness.shard} ({@code 2/3}) and {@code readiness.shardLabel}.
     *
     * @throws IllegalArgumentException with a message naming the property and the fix
     */
    public static Shard parse(String spec, String label) {
        String l = label == null || label.isBlank() ? null : label.strip();
        if (spec == null || spec.isBlank()) {
            return new Shard(1, 1, l);
        }
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) {
            throw new IllegalArgumentException("readiness.shard: '" + spec + "' is not INDEX/TOTAL (e.g. 2/3, the"
                    + " second of three shards; GitLab: $CI_NODE_INDEX/$CI_NODE_TOTAL)");
        }
        int index = Integer.parseInt(m.group(1));
        int total = Integer.parseInt(m.group(2));
        if (total < 1 || total > MAX_TOTAL || index < 1 || index > total) {
            throw new IllegalArgumentException("readiness.shard: '" + spec + "' needs 1 <= INDEX <= TOTAL <= "
                    + MAX_TOTAL + " (shards are counted from 1)");
        }
        try {
            return new Shard(index, total, l);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("readiness.shardLabel: " + e.getMessage());
        }
    }

    /** {@code 2/3} or {@code 2/3 (linux-jdk21)}, as messages name the shard. */
    public String display() {
        return String.format(Locale.ROOT, "%d/%d", index, total) + (label == null ? "" : " (" + label + ")");
    }
}
