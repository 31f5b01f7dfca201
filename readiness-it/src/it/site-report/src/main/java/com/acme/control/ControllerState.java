package com.acme.control;

/**
 * Snapshot of a controller after an update, for logging and tests.
 *
 * @param error the tracking error {@code e = measurement - setpoint}
 * @param errorRate the estimated error rate {@code ė}
 * @param surface the sliding variable {@code s}
 * @param output the last control output {@code u}
 * @param updates number of accepted updates since the last reset
 * @param rejectedSamples number of non-finite measurements rejected since the last reset
 */
public record ControllerState(
        double error, double errorRate, double surface, double output, long updates, long rejectedSamples) {

    /** The state of a controller that has not run yet. */
    public static final ControllerState INITIAL = new ControllerState(0.0, 0.0, 0.0, 0.0, 0, 0);

    /**
     * Whether the state lies inside the boundary layer of thickness {@code phi}.
     *
     * @param phi the boundary layer thickness
     * @return {@code |s| <= phi}
     */
    public boolean insideBoundaryLayer(double phi) {
        return Math.abs(surface) <= phi;
    }
}
