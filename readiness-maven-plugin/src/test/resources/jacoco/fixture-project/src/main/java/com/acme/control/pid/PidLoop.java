package com.acme.control.pid;

import java.util.function.DoubleUnaryOperator;

/** Sub-package class, uses a lambda (synthetic method, filtered by JaCoCo when not covered separately). */
public class PidLoop {
    private final double kp;

    public PidLoop(double kp) {
        this.kp = kp;
    }

    public DoubleUnaryOperator gain() {
        return error -> kp * error;
    }

    public double integrate(double[] errors) {
        double sum = 0;
        for (double e : errors) {
            if (e > 0) {
                sum += e;
            } else {
                sum -= e;
            }
        }
        return sum;
    }
}
