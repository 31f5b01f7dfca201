package com.acme.bench;

import com.acme.control.ControllerGains;
import com.acme.control.SlidingModeController;
import com.acme.util.Saturation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks of the control loop, run by the build (exec-maven-plugin, integration-test phase) into
 * target/jmh-result.json; readiness compares them with the committed baseline src/test/jmh/baseline.json.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ControllerBenchmark {
    /** Control steps per invocation. */
    @Param({"16", "256"})
    public int steps;

    private SlidingModeController controller;

    @Setup
    public void setUp() {
        controller = new SlidingModeController(new ControllerGains(2.0, 5.0, 0.1, 10.0));
    }

    /** A closed-loop run of {@code steps} controller updates on a noisy measurement. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    public double controlLoop() {
        double position = 1.0;
        double output = 0;
        for (int i = 0; i < steps; i++) {
            output = controller.update(0.0, position + 1e-3 * Math.sin(i), 0.01);
            position += 0.01 * output;
        }
        return position;
    }

    /** The safety-critical saturation, alone. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public double clamp() {
        double sum = 0;
        for (int i = 0; i < steps; i++) {
            sum += Saturation.clamp(i * 0.37 - 20, -10, 10);
        }
        return sum;
    }
}
