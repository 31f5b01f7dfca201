package com.acme.filter;

/**
 * First-order low-pass filter {@code y[k] = y[k-1] + α·(x[k] - y[k-1])} with {@code α = dt / (RC + dt)} and
 * {@code RC = 1 / (2π·fc)}.
 *
 * <p>The first sample initialises the output. A non-finite sample is ignored: the filter holds its output, so a
 * single sensor glitch never reaches the controller as NaN.
 */
public final class LowPassFilter {

    private final double alpha;
    private double output;
    private boolean initialised;

    /**
     * Creates a filter.
     *
     * @param cutoffHz the cut-off frequency, finite and positive
     * @param dt the sampling period in seconds, finite and positive
     */
    public LowPassFilter(double cutoffHz, double dt) {
        if (!Double.isFinite(cutoffHz) || cutoffHz <= 0.0) {
            throw new IllegalArgumentException("cutoffHz must be finite and > 0: " + cutoffHz);
        }
        if (!Double.isFinite(dt) || dt <= 0.0) {
            throw new IllegalArgumentException("dt must be finite and > 0: " + dt);
        }
        double rc = 1.0 / (2.0 * Math.PI * cutoffHz);
        this.alpha = dt / (rc + dt);
    }

    /**
     * Filters one sample.
     *
     * @param sample the new input
     * @return the filtered output
     */
    public double filter(double sample) {
        if (!Double.isFinite(sample)) {
            return output;
        }
        if (!initialised) {
            output = sample;
            initialised = true;
        } else {
            output += alpha * (sample - output);
        }
        return output;
    }

    /**
     * The smoothing factor α in {@code (0, 1)}.
     *
     * @return α
     */
    public double alpha() {
        return alpha;
    }

    /** Forgets the history; the next sample initialises the output again. */
    public void reset() {
        output = 0.0;
        initialised = false;
    }
}
