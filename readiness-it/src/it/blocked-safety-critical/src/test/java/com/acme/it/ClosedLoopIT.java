package com.acme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.control.ControllerGains;
import com.acme.control.SlidingModeController;
import org.junit.jupiter.api.Test;

/** The controller on a simulated cart with viscous friction and a constant disturbance force. */
class ClosedLoopIT {

    private static final double DT = 0.001;

    @Test
    void tracksASetpointStepDespiteFrictionAndDisturbance() {
        SlidingModeController controller = new SlidingModeController(new ControllerGains(3.0, 6.0, 0.05, 5.0));
        double position = 0.0;
        double velocity = 0.0;
        for (int k = 0; k < 15_000; k++) {
            double force = controller.update(0.8, position, DT);
            velocity += (force + 1.5 - 0.5 * velocity) / 2.0 * DT;
            position += velocity * DT;
        }
        assertEquals(0.8, position, 0.05);
    }
}
