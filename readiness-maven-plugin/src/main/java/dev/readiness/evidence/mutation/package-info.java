/**
 * PIT mutation testing evidence: {@code mutations.xml} read by a hardened streaming reader
 * ({@link dev.readiness.evidence.mutation.MutationReportReader}), the newest report of each location, this build's
 * only, de-duplicated across a reactor's modules and sorted into tags
 * ({@link dev.readiness.evidence.mutation.MutationAnalyzer}).
 *
 * <p>Detected and covered follow PIT's {@code DetectionStatus}: detected = KILLED, TIMED_OUT, NON_VIABLE,
 * MEMORY_ERROR, RUN_ERROR, EQUIVALENT; covered = every status but NO_COVERAGE. The mutation score is detected / all
 * mutants (PIT's "Killed N (x%)"), the test strength detected / covered.
 */
package dev.readiness.evidence.mutation;
