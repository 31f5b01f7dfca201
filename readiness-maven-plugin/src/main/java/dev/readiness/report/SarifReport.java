package dev.readiness.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.readiness.view.Finding;
import dev.readiness.view.ReportModel;
import dev.readiness.view.ReportModel.GateRow;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the {@link ReportModel}'s findings as SARIF 2.1.0 ({@code readiness.sarif}), the format GitHub code scanning
 * reads: one rule per gate id (and one per test rule), one result per finding with its file relative to the
 * repository root ({@code uriBaseId} {@value #SRCROOT}) and line range, the level from the gate's criticality
 * (blocking → {@code error}), and a {@code partialFingerprints} entry computed from what the finding is about (gate,
 * class, test — never a line number), so the same finding is the same alert in every build. A finding without a
 * file is placed on the project's POM, as code scanning requires a location. Deterministic; JSON escaping by Jackson.
 */
public final class SarifReport {
    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";

    /** The published schema of that version. */
    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    /** The base id of every file location: the repository root (the checkout on CI). */
    public static final String SRCROOT = "SRCROOT";

    /** The key of the fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT = "readinessFinding/v1";

    /** Where the tool is documented. */
    public static final String INFORMATION_URI = "https://readiness-dev.github.io/readiness/";

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String toolVersion;
    private final Path root;

    /**
     * @param toolVersion the plugin's version, {@code null} when not known (then not written)
     * @param root paths under it in the messages are written relative to it ({@link ProjectPaths}), {@code null} to
     *     keep them
     */
    public SarifReport(String toolVersion, Path root) {
        this.toolVersion = toolVersion;
        this.root = root;
    }

    /** The SARIF log of a model, ending with a newline. */
    public String render(ReportModel m) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("$schema", SCHEMA);
            g.writeStringField("version", VERSION);
            g.writeArrayFieldStart("runs");
            g.writeStartObject();
            Map<String, Integer> ruleIndex = rules(g, m);
            g.writeObjectFieldStart("originalUriBaseIds");
            g.writeObjectFieldStart(SRCROOT);
            g.writeObjectFieldStart("description");
            g.writeStringField("text", "The root of the repository (the checkout directory on CI).");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("results");
            for (Finding f : m.findings()) {
                result(g, f, ruleIndex.get(f.rule()), ProjectPaths.relativise(f.message(), root, t -> t));
            }
            g.writeEndArray();
            g.writeObjectFieldStart("properties");
            g.writeStringField("project", m.verdict().coordinates());
            g.writeStringField("level", m.verdict().level().name());
            g.writeStringField("score", m.verdict().scoreText());
            g.writeBooleanField("deploymentApproved", m.verdict().deploymentApproved());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out + "\n";
    }

    /** The tool and its rules: every gate of the policy in policy order, then the test rules. */
    private Map<String, Integer> rules(JsonGenerator g, ReportModel m) throws IOException {
        Map<String, Integer> index = new LinkedHashMap<>();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", "readiness");
        if (toolVersion != null) {
            g.writeStringField("version", toolVersion);
        }
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (GateRow r : m.gates()) {
            if (index.containsKey(r.id())) {
                continue;
            }
            index.put(r.id(), index.size());
            rule(
                    g,
                    r.id(),
                    "Gate " + r.id() + ": " + r.scope() + " " + r.requiredText(),
                    "The readiness gate " + r.id() + " (" + r.scope() + ") requires "
                            + r.requiredText() + (r.critical() ? "; it is critical: failing it blocks the verdict" : "")
                            + ". A finding names the gate's result or a class to test, with its missed lines.",
                    r.critical() ? "error" : "warning");
        }
        for (Finding f : m.findings()) {
            if (!index.containsKey(f.rule())) {
                index.put(f.rule(), index.size());
                rule(g, f.rule(), testRuleText(f.rule()), testRuleText(f.rule()), sarifLevel(f.level()));
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        return index;
    }

    private static String testRuleText(String rule) {
        return switch (rule) {
            case Finding.FAILING_TEST -> "A test failed or errored in this build.";
            case Finding.FLAKY_TEST -> "A test failed, then passed on a rerun (flaky).";
            default -> "A readiness finding (" + rule + ").";
        };
    }

    private static void rule(JsonGenerator g, String id, String shortText, String fullText, String level)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", shortText);
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", fullText);
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField(
                "text",
                fullText + " See " + INFORMATION_URI + "policy.html for the gates and " + INFORMATION_URI
                        + "code-review.html for the findings.");
        g.writeEndObject();
        g.writeStringField("helpUri", INFORMATION_URI + "policy.html");
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void result(JsonGenerator g, Finding f, int ruleIndex, String message) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule());
        g.writeNumberField("ruleIndex", ruleIndex);
        g.writeStringField("level", sarifLevel(f.level()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", message);
        g.writeEndObject();
        if (f.path() != null) {
            g.writeArrayFieldStart("locations");
            g.writeStartObject();
            g.writeObjectFieldStart("physicalLocation");
            g.writeObjectFieldStart("artifactLocation");
            g.writeStringField("uri", uri(f.path()));
            g.writeStringField("uriBaseId", SRCROOT);
            g.writeEndObject();
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", Math.max(1, f.startLine()));
            if (f.endLine() > f.startLine()) {
                g.writeNumberField("endLine", f.endLine());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(FINGERPRINT, f.fingerprint());
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeStringField("kind", f.kind());
        if (f.lines().size() > 1) {
            g.writeStringField("lines", f.lineText(Integer.MAX_VALUE));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    static String sarifLevel(Finding.Level level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    /** A relative path as a URI reference: every character outside the unreserved set and {@code /} percent-encoded. */
    static String uri(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }
}
