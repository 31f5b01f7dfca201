package dev.readiness.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.readiness.view.Finding;
import dev.readiness.view.ReportModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Renders the {@link ReportModel}'s findings as a GitLab Code Quality report ({@code gl-code-quality-report.json}):
 * a JSON array of issues with {@code description}, {@code check_name} (the rule), {@code fingerprint} (SHA-256 of
 * what the finding is about, the same in every build, unique in the report), {@code severity} and
 * {@code location.path} / {@code location.lines.begin}. GitLab shows them in the merge request's Code Quality widget
 * and, for the changed lines, in the diff. A finding without a file is placed on {@value #NO_FILE}, as GitLab needs a
 * path. Severity: a blocking gate {@code blocker}, another error {@code critical}, a warning {@code major}, a note
 * {@code minor}.
 */
public final class CodeQualityReport {
    /** The path of a finding that has none (GitLab requires one). */
    static final String NO_FILE = "pom.xml";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Path root;

    /** @param root paths under it in the descriptions are written relative to it, {@code null} to keep them */
    public CodeQualityReport(Path root) {
        this.root = root;
    }

    /** The report of a model, ending with a newline. */
    public String render(ReportModel m) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartArray();
            for (Finding f : m.findings()) {
                g.writeStartObject();
                g.writeStringField("description", ProjectPaths.relativise(f.message(), root, t -> t));
                g.writeStringField("check_name", "readiness/" + f.rule());
                g.writeStringField("fingerprint", f.fingerprint());
                g.writeStringField("severity", severity(f));
                g.writeObjectFieldStart("location");
                g.writeStringField("path", f.path() == null ? NO_FILE : f.path());
                g.writeObjectFieldStart("lines");
                g.writeNumberField("begin", Math.max(1, f.startLine()));
                if (f.endLine() > f.startLine()) {
                    g.writeNumberField("end", f.endLine());
                }
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out + "\n";
    }

    static String severity(Finding f) {
        return switch (f.level()) {
            case ERROR -> "gate".equals(f.kind()) ? "blocker" : "critical";
            case WARNING -> "major";
            case NOTE -> "minor";
        };
    }
}
