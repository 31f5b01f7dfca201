package dev.readiness.history;

import dev.readiness.text.SafeText;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What one build's history record keeps about individual tests: the input fingerprint of the build and the ids of the
 * tests that failed, errored or passed only on a Surefire rerun, each with the first line of its (first) failure.
 *
 * <p>A test id is {@code className#name} as the report wrote them. Each map holds at most {@link #LIMIT} ids (the
 * first by id); a map holding fewer ids than the record's {@code tests} count of that outcome is {@linkplain
 * HistoryRecord#testRunsComplete() incomplete}, and a test absent from it is not known to have passed. Messages are
 * cut to {@link #MESSAGE} code points.
 *
 * @param fingerprint the build's input fingerprint ({@code sha256:} and 64 hex digits, see {@code BuildFingerprint}),
 *     or {@code null} when unknown (records written before fingerprints were recorded, or no classes to hash)
 * @param failed tests whose assertion failed on every run, id to first failure line ({@code ""} when none)
 * @param errors tests with an unexpected exception on every run, id to first line
 * @param flaky tests that failed, then passed on a rerun, id to the first line of the failed run
 * @param durations the suite and slowest class times per source ({@code durations} in JSON);
 *     {@link Durations#NONE} when not recorded
 */
public record TestRuns(
        String fingerprint,
        Map<String, String> failed,
        Map<String, String> errors,
        Map<String, String> flaky,
        Durations durations) {

    /** Most ids kept per outcome in one record. */
    public static final int LIMIT = 50;

    /** Most code points kept of a failure line. */
    public static final int MESSAGE = 120;

    /** No per-test information (a record written before per-test history was recorded). */
    public static final TestRuns NONE = new TestRuns(null, Map.of(), Map.of(), Map.of(), Durations.NONE);

    private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{64}");

    public TestRuns {
        if (fingerprint != null && !FINGERPRINT.matcher(fingerprint).matches()) {
            throw new IllegalArgumentException("fingerprint is not sha256:<64 hex digits>: " + fingerprint);
        }
        failed = capped(failed);
        errors = capped(errors);
        flaky = capped(flaky);
        durations = durations == null ? Durations.NONE : durations;
    }

    /** Per-test outcomes without durations. */
    public TestRuns(
            String fingerprint, Map<String, String> failed, Map<String, String> errors, Map<String, String> flaky) {
        this(fingerprint, failed, errors, flaky, Durations.NONE);
    }

    /** The same outcomes with these durations. */
    public TestRuns withDurations(Durations times) {
        return new TestRuns(fingerprint, failed, errors, flaky, times);
    }

    private static Map<String, String> capped(Map<String, String> ids) {
        SortedMap<String, String> copy = new TreeMap<>();
        ids.forEach((id, message) -> copy.put(Objects.requireNonNull(id), Objects.requireNonNull(message, id)));
        while (copy.size() > LIMIT) {
            copy.remove(copy.lastKey());
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    /** Whether this holds nothing: no fingerprint and no ids (then the record has no {@code testRuns} field). */
    public boolean isEmpty() {
        return fingerprint == null && failed.isEmpty() && errors.isEmpty() && flaky.isEmpty() && durations.isEmpty();
    }

    /**
     * The id a history record uses for a test case: {@code className#name}, as one safe line of at most
     * {@link #ID} code points.
     */
    public static String id(String className, String name) {
        return SafeText.excerpt(className + "#" + name, ID);
    }

    /** Most code points of a test id. */
    public static final int ID = 500;
}
