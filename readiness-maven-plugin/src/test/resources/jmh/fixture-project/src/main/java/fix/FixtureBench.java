package fix;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

@State(Scope.Benchmark)
public class FixtureBench {
    /** Set -Dfix.slow=true to make sumLoop deliberately slower (the "current" run). */
    static final int SLOW = Boolean.getBoolean("fix.slow") ? 8 : 1;

    @Param({"16", "256"})
    public int size;

    private int[] data;

    @Setup
    public void setup() {
        data = new int[size];
        for (int i = 0; i < size; i++) data[i] = i * 31;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long sumLoop() {
        long s = 0;
        for (int r = 0; r < SLOW; r++) for (int v : data) s += v ^ r;
        return s;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void allocate(Blackhole bh) {
        bh.consume(new int[size]);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String format() {
        return String.format(java.util.Locale.ROOT, "%d-%s", size, "x");
    }
}
