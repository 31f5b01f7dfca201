package com.acme.bench;

import com.acme.Api;
import org.openjdk.jmh.annotations.Benchmark;

/** A JMH benchmark in the main sources: JMH's annotation processor generates its runner classes. */
public class ApiBenchmark {
    /** Measures {@link Api#run()}. */
    @Benchmark
    public void run() {
        new Api().run();
    }
}
