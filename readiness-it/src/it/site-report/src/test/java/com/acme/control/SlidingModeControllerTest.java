package com.acme.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlidingModeControllerTest {

    private static final double DT = 0.01;

    private final ControllerGains gains = new ControllerGains(2.0, 5.0, 0.1, 4.0);
    private final SlidingModeController controller = new SlidingModeController(gains);

    @Test
    void switchesAtFullGainOutsideTheBoundaryLayer() {
        // e = 0.5, rate 0 -> s = 1.0 >> phi: u = -K, limited to -outputLimit
        assertEquals(-4.0, controller.update(0.0, 0.5, DT));
        assertFalse(controller.state().insideBoundaryLayer(gains.boundaryLayer()));
        // negative side: u = +K, limited to +outputLimit
        controller.reset();
        assertEquals(4.0, controller.update(0.0, -0.5, DT));
    }

    @Test
    void isLinearInsideTheBoundaryLayer() {
        // e = 0.01 -> s = 0.02, u = -K * s / phi = -5 * 0.2 = -1
        assertEquals(-1.0, controller.update(0.0, 0.01, DT), 1e-12);
        assertTrue(controller.state().insideBoundaryLayer(gains.boundaryLayer()));
    }

    @Test
    void estimatesTheErrorRateByBackwardDifference() {
        controller.update(1.0, 1.0, DT);
        assertEquals(0.0, controller.state().errorRate());
        controller.update(1.0, 1.002, DT);
        assertEquals(0.2, controller.state().errorRate(), 1e-9);
        assertEquals(0.2 + 2.0 * 0.002, controller.state().surface(), 1e-9);
        assertEquals(2, controller.state().updates());
    }

    @Test
    void usesTheMeasuredRateWhenGiven() {
        double u = controller.update(0.0, 0.0, -0.01, DT);
        assertEquals(-0.01, controller.state().errorRate());
        assertEquals(0.5, u, 1e-12);
    }

    @Test
    void repeatsTheLastOutputWhenTheMeasurementIsNotFinite() {
        double last = controller.update(0.0, 0.01, DT);
        assertEquals(last, controller.update(0.0, Double.NaN, DT));
        assertEquals(last, controller.update(0.0, 0.0, Double.NaN, DT));
        assertEquals(2, controller.state().rejectedSamples());
        assertEquals(1, controller.state().updates());
    }

    @Test
    void resetForgetsTheHistory() {
        controller.update(0.0, 0.3, DT);
        controller.reset();
        assertSame(ControllerState.INITIAL, controller.state());
        controller.update(0.0, 0.3, DT);
        assertEquals(0.0, controller.state().errorRate());
    }

    @Test
    void rejectsTimeStepsThatAreNotFiniteAndPositive() {
        assertThrows(IllegalArgumentException.class, () -> controller.update(0.0, 0.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> controller.update(0.0, 0.0, 0.0, Double.NaN));
    }

    @Test
    void rejectsMissingGains() {
        assertThrows(IllegalArgumentException.class, () -> new SlidingModeController(null));
        assertSame(gains, controller.gains());
    }
}
