package dev.readiness.evidence.bench;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** One entry of a JMH results file: its key, primary score and the secondary metrics that were asked for. */
record JmhResult(BenchmarkKey key, Measurement primary, Map<String, Measurement> secondary) {
    JmhResult {
        secondary = Collections.unmodifiableMap(new TreeMap<>(secondary));
    }
}
