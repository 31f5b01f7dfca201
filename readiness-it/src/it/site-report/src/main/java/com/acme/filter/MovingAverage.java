package com.acme.filter;

/** Moving average over the last {@code n} finite samples (a simple FIR smoother for slow signals). */
public final class MovingAverage {

    private final double[] window;
    private int next;
    private int count;
    private double sum;

    /**
     * Creates a moving average.
     *
     * @param size the window length, at least 1
     */
    public MovingAverage(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1: " + size);
        }
        this.window = new double[size];
    }

    /**
     * Adds a sample and returns the mean of the window; non-finite samples are ignored.
     *
     * @param sample the new input
     * @return the mean of the samples in the window, 0 before the first finite sample
     */
    public double add(double sample) {
        if (!Double.isFinite(sample)) {
            return mean();
        }
        if (count == window.length) {
            sum -= window[next];
        } else {
            count++;
        }
        window[next] = sample;
        sum += sample;
        next = (next + 1) % window.length;
        return mean();
    }

    /**
     * The mean of the samples in the window.
     *
     * @return the mean, 0 when empty
     */
    public double mean() {
        return count == 0 ? 0.0 : sum / count;
    }

    /**
     * The number of samples in the window.
     *
     * @return between 0 and the window size
     */
    public int count() {
        return count;
    }
}
