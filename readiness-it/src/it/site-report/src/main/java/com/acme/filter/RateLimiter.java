package com.acme.filter;

/**
 * Limits how fast a command may change, to protect actuators from steps.
 *
 * <p>The first command passes unchanged; later ones move at most {@code maxRate·dt} from the previous output.
 */
public final class RateLimiter {

    private final double maxRate;
    private double output;
    private boolean initialised;

    /**
     * Creates a limiter.
     *
     * @param maxRate the largest allowed change per second, finite and positive
     */
    public RateLimiter(double maxRate) {
        if (!Double.isFinite(maxRate) || maxRate <= 0.0) {
            throw new IllegalArgumentException("maxRate must be finite and > 0: " + maxRate);
        }
        this.maxRate = maxRate;
    }

    /**
     * Moves the output towards {@code target} by at most {@code maxRate·dt}.
     *
     * @param target the requested command
     * @param dt the time since the previous call in seconds, finite and positive
     * @return the rate-limited command
     */
    public double limit(double target, double dt) {
        if (!Double.isFinite(dt) || dt <= 0.0) {
            throw new IllegalArgumentException("dt must be finite and > 0: " + dt);
        }
        if (!initialised) {
            output = target;
            initialised = true;
            return output;
        }
        double maxStep = maxRate * dt;
        double step = target - output;
        if (step > maxStep) {
            output += maxStep;
        } else if (step < -maxStep) {
            output -= maxStep;
        } else {
            output = target;
        }
        return output;
    }

    /** Forgets the history. */
    public void reset() {
        output = 0.0;
        initialised = false;
    }
}
