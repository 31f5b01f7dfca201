package com.acme.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.filter.LowPassFilter;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numerical stability of the closed loop on a double integrator {@code x'' = u}. */
@Tag("stability")
class ClosedLoopStabilityTest {

    private static final double DT = 0.001;
    private static final ControllerGains GAINS = new ControllerGains(2.0, 5.0, 0.05, 4.0);

    @ParameterizedTest(name = "from x0 = {0}")
    @ValueSource(doubles = {1.0, -0.5, 3.0})
    void convergesToTheSetpointFromAnInitialError(double x0) {
        SlidingModeController controller = new SlidingModeController(GAINS);
        DoubleIntegrator plant = new DoubleIntegrator(x0, 0.0);
        for (int k = 0; k < 10_000; k++) {
            plant.step(controller.update(0.0, plant.position, DT), DT);
        }
        assertEquals(0.0, plant.position, 1e-3);
        assertEquals(0.0, plant.velocity, 1e-2);
        assertTrue(controller.state().insideBoundaryLayer(GAINS.boundaryLayer()));
    }

    @Test
    void outputStaysBoundedUnderMeasurementNoise() {
        Random noise = new Random(42);
        SlidingModeController controller = new SlidingModeController(GAINS);
        LowPassFilter filter = new LowPassFilter(20.0, DT);
        DoubleIntegrator plant = new DoubleIntegrator(1.0, 0.0);
        double maxAbsOutput = 0.0;
        double maxAbsPositionAfterSettling = 0.0;
        for (int k = 0; k < 10_000; k++) {
            double measured = filter.filter(plant.position + 0.002 * noise.nextGaussian());
            double u = controller.update(0.0, measured, DT);
            assertTrue(Double.isFinite(u), "output must stay finite at step " + k);
            maxAbsOutput = Math.max(maxAbsOutput, Math.abs(u));
            plant.step(u, DT);
            if (k >= 5_000) {
                maxAbsPositionAfterSettling = Math.max(maxAbsPositionAfterSettling, Math.abs(plant.position));
            }
        }
        assertTrue(maxAbsOutput <= GAINS.outputLimit(), "output " + maxAbsOutput);
        assertTrue(maxAbsPositionAfterSettling < 0.05, "position " + maxAbsPositionAfterSettling);
    }

    @Test
    void sensorDropoutsDoNotPropagateNaN() {
        SlidingModeController controller = new SlidingModeController(GAINS);
        DoubleIntegrator plant = new DoubleIntegrator(1.0, 0.0);
        for (int k = 0; k < 10_000; k++) {
            double measured = k % 97 == 0 ? Double.NaN : plant.position;
            double u = controller.update(0.0, measured, DT);
            assertTrue(Double.isFinite(u), "output must stay finite at step " + k);
            plant.step(u, DT);
        }
        assertEquals(0.0, plant.position, 1e-2);
        assertTrue(controller.state().rejectedSamples() > 100);
    }
}
