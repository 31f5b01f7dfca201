package dev.readiness.evidence.tests;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.readiness.evidence.EvidenceException;
import dev.readiness.text.SafeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The quarantine file of a project ({@code .readiness/quarantine.json}, schema
 * {@code META-INF/readiness/quarantine.schema.json}): tests that still run and are reported, but do not count against
 * pass-rate gates until their expiry date.
 *
 * <pre>{"quarantine": [{"test": "com.acme.OrderTest#totals", "owner": "team-orders", "reason": "races the clock",
 *   "issue": "https://tracker.example/ORD-12", "expires": "2026-12-31"}]}</pre>
 *
 * <p>An entry is active through its expiry day: on {@code expires} it is still quarantined, from the next day on it
 * counts again. {@code test} is {@code class#method} (one test case, the method name as the report writes it) or a
 * class name (every case of that class).
 *
 * @param file where it was read from, {@code null} for none
 * @param entries the entries in file order
 */
public record Quarantine(Path file, List<Entry> entries) {
    /** Largest quarantine file read, in bytes. */
    static final long MAX_BYTES = 1 << 20;

    /** Most entries in one file. */
    static final int MAX_ENTRIES = 1000;

    private static final int MAX_TEXT = 1000;

    public Quarantine {
        entries = List.copyOf(entries);
    }

    /** No quarantine file. */
    public static Quarantine none() {
        return new Quarantine(null, List.of());
    }

    /**
     * One quarantined test.
     *
     * @param test {@code class#method} or a class name
     * @param owner who fixes it
     * @param reason why it is quarantined
     * @param issue the issue link, or {@code null}
     * @param expires the last day it is quarantined
     */
    public record Entry(String test, String owner, String reason, String issue, LocalDate expires) {
        public Entry {
            Objects.requireNonNull(test, "test");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(expires, "expires");
        }

        /** Whether this entry is in force on {@code today}: through its expiry day, inclusive. */
        public boolean activeOn(LocalDate today) {
            return !today.isAfter(expires);
        }

        /** Whether this entry names the case: its {@code class#name}, or its class. */
        public boolean covers(TestCaseResult c) {
            return test.equals(c.className()) || test.equals(c.className() + "#" + c.name());
        }
    }

    /** The entries in force on {@code today}. */
    public List<Entry> activeOn(LocalDate today) {
        return entries.stream().filter(e -> e.activeOn(today)).toList();
    }

    /**
     * Reads the quarantine file; a file that does not exist is no quarantine.
     *
     * @throws EvidenceException naming the file, the problem and the fix when it is not a valid quarantine file
     */
    public static Quarantine read(Path file) throws EvidenceException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return none();
        }
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw invalid(file, "it is not a regular file (a directory or a link)");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw invalid(file, "it is larger than " + MAX_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            JsonFactory factory = JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build();
            try (JsonParser json = factory.createParser(bytes)) {
                if (json.nextToken() != JsonToken.START_OBJECT) {
                    throw invalid(file, "it is not a JSON object");
                }
                List<Entry> entries = null;
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    JsonToken value = json.nextToken();
                    if (field.equals("quarantine")) {
                        entries = entries(file, json, value);
                    } else {
                        json.skipChildren();
                    }
                }
                if (json.nextToken() != null) {
                    throw invalid(file, "more than one JSON value");
                }
                if (entries == null) {
                    throw invalid(file, "no \"quarantine\" array");
                }
                return new Quarantine(file, entries);
            }
        } catch (JacksonException e) {
            throw invalid(
                    file,
                    "not valid JSON (" + SafeText.excerpt(String.valueOf(e.getOriginalMessage()), 100)
                            + (e.getLocation() == null
                                    ? ""
                                    : " at line " + e.getLocation().getLineNr()) + ")");
        } catch (IOException e) {
            throw new EvidenceException(
                    file,
                    "Cannot read the quarantine file " + file + ": " + e.getMessage()
                            + ". Fix its permissions or point readiness.quarantineFile elsewhere.",
                    e);
        }
    }

    private static List<Entry> entries(Path file, JsonParser json, JsonToken token)
            throws IOException, EvidenceException {
        if (token != JsonToken.START_ARRAY) {
            throw invalid(file, "\"quarantine\" is not an array");
        }
        List<Entry> entries = new ArrayList<>();
        while (json.nextToken() == JsonToken.START_OBJECT) {
            int n = entries.size() + 1;
            if (n > MAX_ENTRIES) {
                throw invalid(file, "more than " + MAX_ENTRIES + " entries");
            }
            String test = null;
            String owner = null;
            String reason = null;
            String issue = null;
            String expires = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "test" -> test = text(file, json, value, n, field);
                    case "owner" -> owner = text(file, json, value, n, field);
                    case "reason" -> reason = text(file, json, value, n, field);
                    case "issue" -> issue = text(file, json, value, n, field);
                    case "expires" -> expires = text(file, json, value, n, field);
                    default -> json.skipChildren();
                }
            }
            for (String[] required :
                    new String[][] {{"test", test}, {"owner", owner}, {"reason", reason}, {"expires", expires}}) {
                if (required[1] == null || required[1].isBlank()) {
                    throw invalid(file, "entry " + n + " has no \"" + required[0] + "\"");
                }
            }
            LocalDate date;
            try {
                date = LocalDate.parse(expires);
            } catch (DateTimeException e) {
                throw invalid(
                        file,
                        "entry " + n + " (" + test + "): \"expires\" '" + SafeText.excerpt(expires, 40)
                                + "' is not an ISO date such as 2026-12-31");
            }
            entries.add(new Entry(test.strip(), owner, reason, issue, date));
        }
        if (json.currentToken() != JsonToken.END_ARRAY) {
            throw invalid(file, "an entry of \"quarantine\" is not an object");
        }
        return entries;
    }

    private static String text(Path file, JsonParser json, JsonToken token, int n, String field)
            throws IOException, EvidenceException {
        if (token != JsonToken.VALUE_STRING) {
            throw invalid(file, "entry " + n + ": \"" + field + "\" is not a string");
        }
        String text = json.getText();
        if (text.length() > MAX_TEXT || SafeText.hasUnsafe(text)) {
            throw invalid(
                    file,
                    "entry " + n + ": \"" + field + "\" is longer than " + MAX_TEXT
                            + " characters or holds control characters");
        }
        return text;
    }

    private static EvidenceException invalid(Path file, String problem) {
        return new EvidenceException(
                file,
                "Invalid quarantine file " + file + ": " + problem + ". Fix it as described by"
                        + " META-INF/readiness/quarantine.schema.json ({\"quarantine\": [{\"test\", \"owner\","
                        + " \"reason\", \"issue\", \"expires\": \"YYYY-MM-DD\"}]}), or point readiness.quarantineFile"
                        + " elsewhere.");
    }
}
