/**
 * Benchmark evidence: the current JMH results ({@code -rf json}) compared with a baseline in the same format, for the
 * {@code performance-benchmarks} metric.
 *
 * <p>Entry point: {@link dev.readiness.evidence.bench.BenchmarkAnalyzer#analyze} with a
 * {@link dev.readiness.evidence.bench.BenchmarkRequest}; the result is an immutable
 * {@link dev.readiness.evidence.bench.BenchmarkEvidence}. {@link dev.readiness.evidence.bench.BenchmarkBaseline#write}
 * creates a baseline from a results file.
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li><b>Key.</b> A result is identified by benchmark, mode and {@code @Param} values (sorted by name, so their order
 *       in the file does not matter). Thread count and JVM options are not part of the key.
 *   <li><b>Direction.</b> Higher is better for {@code thrpt}; lower for {@code avgt}, {@code sample} and {@code ss}.
 *       Secondary metrics named {@code gc.*} (from {@code -prof gc}) are better lower; any other secondary metric is
 *       better higher when its unit is {@code ops/<time>}, else lower.
 *   <li><b>Units.</b> Units that differ only by their time unit ({@code us/op} and {@code ns/op}, {@code ops/s} and
 *       {@code ops/ms}, {@code MB/sec} and {@code MB/s}) are converted: the current score and error are expressed in the
 *       baseline's unit. Units that measure different things are an error naming the results file.
 *   <li><b>Regression.</b> A metric regressed when the current score is worse than the baseline by more than the
 *       tolerance (strictly, compared exactly without rounding: {@code worse * 100 > tolerance * |baseline|}) and the
 *       confidence intervals {@code score ± scoreError} do not overlap. When JMH wrote {@code "NaN"} for either
 *       error (fewer than three measurements) the tolerance alone decides, which is the stricter rule. A baseline score
 *       of 0 makes any worsening a regression beyond the tolerance (change percent {@code null}).
 *   <li><b>Value.</b> {@code notRegressed / compared}, counted in benchmarks (keys present in both files), a benchmark
 *       being regressed when its primary score or any requested secondary metric regressed. Benchmarks only in the
 *       results ({@code added}) or only in the baseline ({@code removed}) are listed, not scored. A requested secondary
 *       metric missing from either file is not compared for that benchmark and is reported in {@code notes}.
 *   <li><b>Missing versus broken.</b> A missing results or baseline file is a
 *       {@link dev.readiness.evidence.bench.BenchmarkEvidence#missing missing} outcome whose reason says how to produce
 *       it. A file that exists but is malformed, truncated, has a duplicate field or a duplicate benchmark, a score that
 *       is not a finite number, or a number of implausible magnitude (exponent beyond ±100), is an
 *       {@link dev.readiness.evidence.EvidenceException} naming the file with the line and column.
 *   <li><b>Streaming.</b> Files are read with Jackson's streaming {@code JsonParser}: raw data and percentiles are
 *       skipped, never built into a tree, so memory grows with the number of benchmarks only. Nesting is limited to
 *       64 levels, numbers to 200 characters and strings to 1,000,000 characters.
 * </ul>
 */
package dev.readiness.evidence.bench;
