package com.acme.control;

/** A controller with a nested mode enum; partially covered. */
public class Controller {
    public enum Mode { MANUAL, AUTO }

    private Mode mode = Mode.MANUAL;
    private double setpoint;

    public void setMode(Mode mode) {
        if (mode == null) {
            throw new IllegalArgumentException("mode");
        }
        this.mode = mode;
    }

    public double step(double measured) {
        if (mode == Mode.AUTO) {
            return setpoint - measured;
        }
        return 0.0;
    }

    public void setSetpoint(double setpoint) {
        this.setpoint = setpoint;
    }

    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("mode=").append(mode);
        sb.append(", setpoint=").append(setpoint);
        return sb.toString();
    }
}
