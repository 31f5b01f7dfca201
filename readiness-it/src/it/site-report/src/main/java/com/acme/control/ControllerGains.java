package com.acme.control;

/**
 * Tuning of a {@link SlidingModeController}.
 *
 * @param lambda slope of the sliding surface (1/s), finite and positive
 * @param gain switching gain {@code K}, finite and positive; must dominate the plant's disturbance
 * @param boundaryLayer thickness {@code φ} of the boundary layer around the surface, finite and positive; inside it
 *     the switching law becomes linear, which removes chattering
 * @param outputLimit the actuator limit; the output stays in {@code [-outputLimit, outputLimit]}
 */
public record ControllerGains(double lambda, double gain, double boundaryLayer, double outputLimit) {

    /** Validates the gains: all must be finite and positive. */
    public ControllerGains {
        requirePositive("lambda", lambda);
        requirePositive("gain", gain);
        requirePositive("boundaryLayer", boundaryLayer);
        requirePositive("outputLimit", outputLimit);
    }

    private static void requirePositive(String name, double value) {
        if (!Double.isFinite(value) || value <= 0.0) {
            throw new IllegalArgumentException(name + " must be finite and > 0: " + value);
        }
    }
}
