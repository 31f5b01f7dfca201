package com.acme.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.control.pid.PidLoop;
import org.junit.jupiter.api.Test;

class ControllerTest {
    @Test
    void autoModeFollowsSetpoint() {
        Controller c = new Controller();
        c.setSetpoint(10);
        c.setMode(Controller.Mode.AUTO);
        assertEquals(4.0, c.step(6.0));
    }

    @Test
    void pidIntegratesPositiveErrors() {
        assertEquals(3.0, new PidLoop(2).integrate(new double[] {1, 2}));
    }
}
