/**
 * Coverage-guided fuzz tests (<a href="https://github.com/CodeIntelligenceTesting/jazzer">Jazzer</a>) of the readers
 * that take untrusted bytes: Surefire/Failsafe XML ({@link dev.readiness.fuzz.SurefireReaderFuzzTest}), JUnit Open Test Reporting XML
 * ({@link dev.readiness.fuzz.OpenTestReaderFuzzTest}), JMH results
 * ({@link dev.readiness.fuzz.BenchmarkReaderFuzzTest}) and the history file
 * ({@link dev.readiness.fuzz.HistoryReaderFuzzTest}).
 *
 * <p>In the normal build ({@code mvn verify}) each fuzz test runs in regression mode: once on the empty input and once
 * per seed under {@code src/test/resources/dev/readiness/fuzz/<TestClassName>Inputs/} (real fixture files, plus every
 * crashing input found so far, kept as a regression). To fuzz one of them for real, set {@code JAZZER_FUZZ} and pick
 * the class (only one fuzz test runs per fuzzing JVM):
 *
 * <pre>{@code
 * JAZZER_FUZZ=1 ./mvnw -B test -pl readiness-maven-plugin -Dtest=SurefireReaderFuzzTest -Djazzer.max_duration=5m
 * }</pre>
 *
 * <p>{@code jazzer.max_duration} overrides the 60 s of the annotation. Jazzer keeps the inputs that reached new code in
 * {@code readiness-maven-plugin/.cifuzz-corpus/} (not committed) and writes a crashing input into the
 * {@code <TestClassName>Inputs} directory above; commit it with the fix.
 */
package dev.readiness.fuzz;
