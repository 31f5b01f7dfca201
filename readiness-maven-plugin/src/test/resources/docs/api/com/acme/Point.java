package com.acme;

/**
 * A point.
 *
 * @param x the abscissa
 * @param y
 * @param w a tag for a component that does not exist
 */
public record Point(int x, int y, int z) {
    /** The origin. */
    public static final Point ORIGIN = new Point(0, 0, 0);

    public Point {}

    /** Documented method. */
    public int sum() {
        return x + y + z;
    }

    private static int helper() {
        return 0;
    }
}
