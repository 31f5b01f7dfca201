package dev.readiness.maven;

import dev.readiness.policy.GateSpec;

/**
 * A {@code <gate>} of the POM: overrides the default gate of the same {@code id}, or adds a gate when it has a
 * {@code metric}. Absent elements keep the default.
 *
 * <pre>{@code
 * <gate><id>overall-test-coverage</id><threshold>80</threshold><counter>BRANCH</counter></gate>
 * <gate><id>thread-safety</id><metric>pass-rate</metric><source>surefire</source><group>concurrent</group>
 *       <threshold>100</threshold><critical>true</critical><weight>0.05</weight></gate>
 * <gate><id>performance-benchmarks</id><enabled>false</enabled></gate>
 * <gate><id>critical-component-coverage</id><noRegression>true</noRegression><tolerance>0.5</tolerance></gate>
 * }</pre>
 *
 * A {@code mutation} gate reads PIT's {@code mutations.xml} ({@code readiness.mutationReports}); {@code measure} is
 * {@code score} (detected / all mutants, the default) or {@code strength} (detected / covered mutants):
 * {@code <gate><id>safety-critical-mutation</id><metric>mutation</metric><tag>safety-critical</tag>
 * <threshold>100</threshold><weight>0.05</weight><critical>true</critical></gate>}.
 *
 * <p>{@code noRegression} adds a ratchet: the gate fails when its value drops more than {@code tolerance} points
 * (default 0) below the previous value recorded in the history file for the same branch.
 *
 * <p>A coverage gate with {@code <lines>changed</lines>} measures only the lines changed relative to
 * {@code readiness.baseRef} or listed in {@code readiness.diffFile}; with fewer changed executable lines than
 * {@code <minLines>} it is {@code INCONCLUSIVE}:
 * {@code <gate><id>changed-critical</id><metric>coverage</metric><tag>critical</tag><lines>changed</lines>
 * <minLines>5</minLines><threshold>95</threshold><weight>0.05</weight></gate>}.
 *
 * <p>A {@code flaky} gate counts the tests that were flaky in the last {@code builds} builds (default
 * 10) and fails when there are more than {@code maxFlaky} (default 0):
 * {@code <gate><id>no-flaky-tests</id><metric>flaky</metric><builds>10</builds><maxFlaky>0</maxFlaky>
 * <weight>0.05</weight></gate>}.
 *
 * <p>A {@code pass-rate} gate may cap the quarantined tests among its cases:
 * {@code <gate><id>test-pass-rate</id><maxQuarantined>3</maxQuarantined></gate>} fails the gate when more than three
 * of its cases are quarantined.
 *
 * <p>A {@code duration} gate compares the time of the suite ({@code <source>}, default all) and of each
 * test class with the median of the last {@code builds} recorded builds (default 10, at least 3 needed) and fails when
 * one grew by more than {@code tolerance} percent (default 20) and by more than {@code minSeconds} (default 1), or is
 * over its budget ({@code maxSeconds} for the suite, {@code maxClassSeconds} for any class):
 * {@code <gate><id>test-time</id><metric>duration</metric><tolerance>20</tolerance><minSeconds>2</minSeconds>
 * <maxSeconds>600</maxSeconds><weight>0</weight></gate>}.
 */
public class Gate {
    private String id;
    private String metric;
    private String tag;
    private String counter;
    private String source;
    private String group;
    private String threshold;
    private String weight;
    private String critical;
    private String onMissing;
    private String enabled;
    private String noRegression;
    private String tolerance;
    private String measure;
    private String lines;
    private String minLines;
    private String builds;
    private String maxFlaky;
    private String maxQuarantined;
    private String minSeconds;
    private String maxSeconds;
    private String maxClassSeconds;

    GateSpec toSpec() {
        return GateSpec.builder(id)
                .metric(metric)
                .tag(tag)
                .counter(counter)
                .source(source)
                .group(group)
                .threshold(threshold)
                .weight(weight)
                .critical(critical)
                .onMissing(onMissing)
                .enabled(enabled)
                .noRegression(noRegression)
                .tolerance(tolerance)
                .measure(measure)
                .lines(lines)
                .minLines(minLines)
                .builds(builds)
                .maxFlaky(maxFlaky)
                .maxQuarantined(maxQuarantined)
                .minSeconds(minSeconds)
                .maxSeconds(maxSeconds)
                .maxClassSeconds(maxClassSeconds)
                .build();
    }
}
