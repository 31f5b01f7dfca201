package dev.readiness.history;

import java.util.List;

/**
 * What a history file holds.
 *
 * @param records the readable records in file order (oldest first: the order in which they were appended)
 * @param warnings one line per skipped line, naming the file and the line number, for the caller to log
 */
public record HistoryRead(List<HistoryRecord> records, List<String> warnings) {
    public HistoryRead {
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }
}
