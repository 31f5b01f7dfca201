package dev.readiness.report;

import dev.readiness.assess.Assessment;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Texts the views share that are not part of the report model: times in charts, the site page's explanation. */
public final class Texts {
    private Texts() {}

    /**
     * A time formatted for a view, or {@code ?} when the formatter cannot show it (e.g. a year beyond 9999 from a
     * forged history record): one bad record must not break a view.
     */
    public static String time(DateTimeFormatter formatter, Instant instant) {
        try {
            return formatter.format(instant);
        } catch (DateTimeException | ArithmeticException e) {
            return "?";
        }
    }

    /** See {@link dev.readiness.view.Texts#noEvidence}. */
    public static String noEvidence(Assessment a) {
        return dev.readiness.view.Texts.noEvidence(a);
    }
}
