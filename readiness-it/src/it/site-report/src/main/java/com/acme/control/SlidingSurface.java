package com.acme.control;

/**
 * The sliding surface {@code s = ė + λ·e} of a second-order tracking problem.
 *
 * <p>On the surface ({@code s = 0}) the error obeys {@code ė = -λ·e} and decays exponentially with time constant
 * {@code 1/λ}, whatever the plant parameters are.
 *
 * @param lambda the slope λ of the surface, finite and positive
 */
public record SlidingSurface(double lambda) {

    /** Validates the slope. */
    public SlidingSurface {
        if (!Double.isFinite(lambda) || lambda <= 0.0) {
            throw new IllegalArgumentException("lambda must be finite and > 0: " + lambda);
        }
    }

    /**
     * Evaluates the surface.
     *
     * @param error the tracking error {@code e = x - x_ref}
     * @param errorRate its time derivative {@code ė}
     * @return {@code s = ė + λ·e}
     */
    public double evaluate(double error, double errorRate) {
        return errorRate + lambda * error;
    }

    /**
     * The time constant of the error decay once the state slides on the surface.
     *
     * @return {@code 1/λ} in seconds
     */
    public double timeConstant() {
        return 1.0 / lambda;
    }
}
