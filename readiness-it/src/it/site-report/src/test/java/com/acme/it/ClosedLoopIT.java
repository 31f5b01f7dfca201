package com.acme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.control.ControllerGains;
import com.acme.control.SlidingModeController;
import com.acme.filter.LowPassFilter;
import com.acme.filter.RateLimiter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The whole signal chain on a simulated cart: noisy position sensor, low-pass filter, sliding-mode controller,
 * rate-limited actuator, and a plant with viscous friction and an unknown constant disturbance force.
 */
class ClosedLoopIT {

    private static final double DT = 0.001;
    private static final ControllerGains GAINS = new ControllerGains(3.0, 6.0, 0.05, 5.0);

    /** Cart of mass 2 kg with friction 0.5 N·s/m and a constant disturbance force. */
    private static final class Cart {
        double position;
        double velocity;
        final double disturbance;

        Cart(double disturbance) {
            this.disturbance = disturbance;
        }

        void step(double force, double dt) {
            double acceleration = (force + disturbance - 0.5 * velocity) / 2.0;
            velocity += acceleration * dt;
            position += velocity * dt;
        }
    }

    @Test
    void tracksASetpointStepDespiteFrictionAndDisturbance() {
        Random noise = new Random(7);
        Cart cart = new Cart(1.5);
        LowPassFilter sensor = new LowPassFilter(30.0, DT);
        RateLimiter actuator = new RateLimiter(500.0);
        SlidingModeController controller = new SlidingModeController(GAINS);
        double setpoint = 0.8;
        for (int k = 0; k < 15_000; k++) {
            double measured = sensor.filter(cart.position + 0.001 * noise.nextGaussian());
            double command = actuator.limit(controller.update(setpoint, measured, DT), DT);
            assertTrue(Math.abs(command) <= GAINS.outputLimit(), "command " + command + " at step " + k);
            cart.step(command, DT);
        }
        // the boundary layer leaves a small steady error proportional to the disturbance
        assertEquals(setpoint, cart.position, 0.05);
    }

    @Test
    void recoversAfterASensorDropout() {
        Cart cart = new Cart(-1.0);
        RateLimiter actuator = new RateLimiter(500.0);
        SlidingModeController controller = new SlidingModeController(GAINS);
        for (int k = 0; k < 15_000; k++) {
            boolean dropout = k >= 2_000 && k < 2_050;
            double measured = dropout ? Double.NaN : cart.position;
            cart.step(actuator.limit(controller.update(-0.3, measured, DT), DT), DT);
        }
        assertEquals(50, controller.state().rejectedSamples());
        assertEquals(-0.3, cart.position, 0.05);
    }
}
