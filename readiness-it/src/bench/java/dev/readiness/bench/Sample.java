package dev.readiness.bench;

import java.util.Map;

/**
 * One measurement.
 *
 * @param nanos wall time of the call (in-process) or of the whole Maven process
 * @param peakHeapBytes in-process: sum of the heap pools' peak usage; Maven: the largest heap occupancy the GC log
 *     shows (heap before each collection, and the heap used at exit)
 * @param retainedHeapBytes in-process: heap used after a GC with the result alive; Maven: the largest heap after a
 *     collection (0 when no collection ran)
 * @param counts what the tool counted, for the cross-checks
 */
record Sample(long nanos, long peakHeapBytes, long retainedHeapBytes, Map<String, Long> counts) {
    Sample {
        counts = Map.copyOf(counts);
    }
}
