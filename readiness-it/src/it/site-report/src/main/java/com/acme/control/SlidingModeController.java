package com.acme.control;

import com.acme.util.Saturation;

/**
 * Sliding-mode controller with a boundary layer for second-order plants.
 *
 * <p>With the tracking error {@code e = x - x_ref} and the sliding surface {@code s = ė + λ·e}, the control law is
 *
 * <pre>
 *   u = -K · sat(s / φ)
 * </pre>
 *
 * limited to the actuator range {@code [-outputLimit, outputLimit]}. Outside the boundary layer ({@code |s| > φ})
 * the controller switches at full gain and drives the state towards the surface; inside it the law is linear, which
 * avoids chattering at the price of a residual error of order {@code φ/λ}.
 *
 * <p>The error rate is either measured (for example by a tachometer) or estimated by a backward difference. A
 * non-finite measurement is rejected: the controller keeps its state and repeats its last output.
 *
 * <p>Instances are not thread-safe: one controller belongs to one control loop.
 */
public final class SlidingModeController {

    private final ControllerGains gains;
    private final SlidingSurface surface;

    private double previousError;
    private boolean hasPrevious;
    private ControllerState state = ControllerState.INITIAL;

    /**
     * Creates a controller.
     *
     * @param gains the tuning, not null
     */
    public SlidingModeController(ControllerGains gains) {
        if (gains == null) {
            throw new IllegalArgumentException("gains must not be null");
        }
        this.gains = gains;
        this.surface = new SlidingSurface(gains.lambda());
    }

    /**
     * Computes the control output from a position measurement; the error rate is estimated by a backward difference
     * (zero on the first sample after a reset).
     *
     * @param setpoint the reference position
     * @param measurement the measured position
     * @param dt the time since the previous update in seconds, finite and positive
     * @return the control output
     */
    public double update(double setpoint, double measurement, double dt) {
        requireValidStep(dt);
        double error = measurement - setpoint;
        if (!Double.isFinite(error)) {
            return reject();
        }
        double errorRate = hasPrevious ? (error - previousError) / dt : 0.0;
        return apply(error, errorRate);
    }

    /**
     * Computes the control output from a position and a measured rate.
     *
     * @param setpoint the reference position (constant reference: its rate is zero)
     * @param measurement the measured position
     * @param measuredRate the measured velocity
     * @param dt the time since the previous update in seconds, finite and positive
     * @return the control output
     */
    public double update(double setpoint, double measurement, double measuredRate, double dt) {
        requireValidStep(dt);
        double error = measurement - setpoint;
        if (!Double.isFinite(error) || !Double.isFinite(measuredRate)) {
            return reject();
        }
        return apply(error, measuredRate);
    }

    /** Forgets the history: the next update starts like the first one. */
    public void reset() {
        previousError = 0.0;
        hasPrevious = false;
        state = ControllerState.INITIAL;
    }

    /**
     * The state after the last update.
     *
     * @return the current state, never null
     */
    public ControllerState state() {
        return state;
    }

    /**
     * The tuning of this controller.
     *
     * @return the gains
     */
    public ControllerGains gains() {
        return gains;
    }

    private double apply(double error, double errorRate) {
        double s = surface.evaluate(error, errorRate);
        double raw = -gains.gain() * Saturation.sat(s / gains.boundaryLayer());
        double output = Saturation.clamp(raw, -gains.outputLimit(), gains.outputLimit());
        previousError = error;
        hasPrevious = true;
        state = new ControllerState(error, errorRate, s, output, state.updates() + 1, state.rejectedSamples());
        return output;
    }

    private double reject() {
        state = new ControllerState(
                state.error(),
                state.errorRate(),
                state.surface(),
                state.output(),
                state.updates(),
                state.rejectedSamples() + 1);
        return state.output();
    }

    private static void requireValidStep(double dt) {
        if (!Double.isFinite(dt) || dt <= 0.0) {
            throw new IllegalArgumentException("dt must be finite and > 0: " + dt);
        }
    }
}
