package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import dev.readiness.report.Assessments;
import dev.readiness.report.Texts;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;

/**
 * Renders the site page into a recording {@link Sink}: only methods of both Doxia 1.11 and 2.0 may be called (list in
 * {@code src/test/resources/doxia}, see its README.md), and the page shows the verdict and the evidence as text.
 */
class SiteReportRendererTest {
    private static final Path COMMON_METHODS = Path.of("src/test/resources/doxia/sink-methods-in-doxia-1-and-2.txt");

    private static final class Recording {
        final Set<String> methods = new TreeSet<>();
        final List<String> texts = new ArrayList<>();
        final Sink sink = (Sink) Proxy.newProxyInstance(
                Sink.class.getClassLoader(), new Class<?>[] {Sink.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("hashCode")
                                ? 0
                                : method.getName().equals("equals") ? false : "sink";
                    }
                    methods.add(signature(method));
                    if (method.getName().equals("text")) {
                        texts.add((String) args[0]);
                    }
                    return null;
                });

        String text() {
            return String.join("\n", texts);
        }
    }

    private static String signature(Method m) {
        return m.getReturnType().getSimpleName() + " " + m.getName() + "("
                + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ");";
    }

    /** The page renders readiness.json: the verdict as the build wrote it. */
    private static java.util.Map<String, Object> json(Assessment a) throws Exception {
        return dev.readiness.report.JsonTree.parse(
                new dev.readiness.report.JsonReport(java.nio.file.Path.of(".")).render(a));
    }

    @Test
    void callsOnlySinkMethodsOfDoxia1And2() throws Exception {
        Set<String> common = Set.copyOf(Files.readAllLines(COMMON_METHODS));
        Recording r = new Recording();

        new SiteReportRenderer(r.sink).render("Readiness", json(Assessments.hostile()), "Source of the verdict.");
        new SiteReportRenderer(r.sink).render("Readiness", json(Assessments.real()), "Source of the verdict.");
        new SiteReportRenderer(r.sink).renderNoEvidence("Readiness", "nothing");

        assertThat(r.methods).contains("void tableRows(int[], boolean);", "void text(String);");
        assertThat(common).containsAll(r.methods);
        assertThat(common).doesNotContain("void tableRows();", "void verbatim();");
    }

    @Test
    void showsTheVerdictGatesAndEvidenceAsText() throws Exception {
        Assessment a = Assessments.hostile();
        Recording r = new Recording();

        new SiteReportRenderer(r.sink).render("Readiness", json(a), "Source of the verdict.");

        String text = r.text();
        assertThat(r.texts).contains("BLOCKED", "Gates", "Coverage", "Tests", "Trend", "Recommendations");
        assertThat(text).contains(" — score " + dev.readiness.view.Texts.score(a) + ";");
        for (var gate : a.gates()) {
            assertThat(r.texts).contains(gate.gate().id());
        }
        // the Sink escapes; the renderer passes the evidence on unchanged
        assertThat(text).contains("com.acme.EvilTest.<script>alert(1)</script> failed");
        assertThat(text).contains("tag critical").contains("com.acme.control.<Pid>Loop");
        assertThat(r.texts).contains("Source of the verdict.");
    }

    @Test
    void gateTrendsWithoutAnEarlierValueAreSaidOnceNotARowPerGate() throws Exception {
        Recording first = new Recording();
        Recording later = new Recording();

        new SiteReportRenderer(first.sink)
                .render("Readiness", json(Assessments.firstRun(Assessments.hostile())), "Source.");
        new SiteReportRenderer(later.sink).render("Readiness", json(Assessments.hostile()), "Source.");

        assertThat(first.text())
                .contains("No gate has an earlier value in the history yet")
                .doesNotContain("insufficient data (0 previous builds)");
        assertThat(later.texts).contains("overall-test-coverage");
        assertThat(later.text()).contains("declining: -5.0 since the previous 75.0");
    }

    @Test
    void noEvidencePageSaysWhy() throws Exception {
        Assessment a = Assessments.allMissing();
        Recording r = new Recording();
        String reason = Texts.noEvidence(a);

        new SiteReportRenderer(r.sink).renderNoEvidence("Readiness", reason);

        assertThat(reason).contains("no evidence was found").contains("mvn verify site");
        assertThat(r.text()).contains("No readiness verdict: " + reason);
        assertThat(Texts.noEvidence(Assessments.real())).isNull();
        assertThat(Texts.noEvidence(Assessments.coverageUnavailable())).isNull();
    }
}
