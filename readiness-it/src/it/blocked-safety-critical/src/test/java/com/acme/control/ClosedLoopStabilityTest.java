package com.acme.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Numerical stability of the closed loop on a double integrator {@code x'' = u}. */
@Tag("stability")
class ClosedLoopStabilityTest {

    private static final double DT = 0.001;
    private static final ControllerGains GAINS = new ControllerGains(2.0, 5.0, 0.05, 4.0);

    @Test
    void convergesToTheSetpoint() {
        SlidingModeController controller = new SlidingModeController(GAINS);
        DoubleIntegrator plant = new DoubleIntegrator(1.0, 0.0);
        for (int k = 0; k < 10_000; k++) {
            plant.step(controller.update(0.0, plant.position, DT), DT);
        }
        assertEquals(0.0, plant.position, 1e-3);
        assertTrue(controller.state().insideBoundaryLayer(GAINS.boundaryLayer()));
    }

    @Test
    void sensorDropoutsDoNotPropagateNaN() {
        // NaN measurements are rejected by the controller before they reach Saturation.clamp.
        SlidingModeController controller = new SlidingModeController(GAINS);
        DoubleIntegrator plant = new DoubleIntegrator(1.0, 0.0);
        for (int k = 0; k < 10_000; k++) {
            double measured = k % 97 == 0 ? Double.NaN : plant.position;
            double u = controller.update(0.0, measured, DT);
            assertTrue(Double.isFinite(u), "output must stay finite at step " + k);
            plant.step(u, DT);
        }
        assertEquals(0.0, plant.position, 1e-2);
    }
}
