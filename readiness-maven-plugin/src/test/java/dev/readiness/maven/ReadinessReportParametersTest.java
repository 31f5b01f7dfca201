package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * The site report repeats the evaluation parameters of {@code check} (it implements the reporting API with its own
 * output directory, so it does not share their base class). This test reads the plugin descriptor maven-plugin-plugin
 * generated and fails when the two sets drift apart: same names, types, user properties and defaults.
 */
class ReadinessReportParametersTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    /** check parameters that only make sense when writing files or failing the build. */
    private static final Set<String> CHECK_ONLY = Set.of("failOnViolation", "skipCheck", "stepSummary", "project");

    /**
     * The reactor verdict's parameters: a site is rendered module by module, so the site report has no reactor
     * verdict (the reactor's readiness.html is written by check / report).
     */
    private static final Set<String> REACTOR_ONLY = Set.of(
            "aggregate",
            "failOnModuleViolation",
            "reactorSurefireReports",
            "reactorFailsafeReports",
            "reactorExecFiles",
            "session",
            "mojoExecution");

    /** Parameter → "type | expression | default" per goal. */
    private static Map<String, Map<String, String>> parameters() throws Exception {
        assertThat(DESCRIPTOR)
                .as("the plugin descriptor is generated in process-classes; run the tests through Maven")
                .exists();
        Map<String, Map<String, String>> goals = new HashMap<>();
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(DESCRIPTOR)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            String goal = null;
            String section = null;
            String name = null;
            Map<String, String> types = new HashMap<>();
            Map<String, Map<String, String>> typesByGoal = new HashMap<>();
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String el = r.getLocalName();
                    if (depth == 4 && el.equals("goal")) {
                        goal = r.getElementText();
                        depth--;
                        goals.put(goal, new TreeMap<>());
                        types = new HashMap<>();
                        typesByGoal.put(goal, types);
                    } else if (depth == 4 && (el.equals("parameters") || el.equals("configuration"))) {
                        section = el;
                    } else if (depth == 6 && "parameters".equals(section) && el.equals("name")) {
                        name = r.getElementText();
                        depth--;
                    } else if (depth == 6 && "parameters".equals(section) && el.equals("type")) {
                        types.put(name, r.getElementText());
                        depth--;
                    } else if (depth == 5 && "configuration".equals(section)) {
                        String def = r.getAttributeValue(null, "default-value");
                        String expression = r.getElementText();
                        depth--;
                        goals.get(goal).put(el, types.get(el) + " | " + expression + " | " + def);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (depth == 4) {
                        section = null;
                    }
                    depth--;
                }
            }
            // parameters without expression or default (tags, testGroups, gates) are only in <parameters>
            typesByGoal.forEach((g, t) -> t.forEach((n, type) -> goals.get(g).putIfAbsent(n, type + " | - | -")));
        }
        return goals;
    }

    @Test
    void siteReportTakesTheSameEvaluationParametersAsCheck() throws Exception {
        Map<String, Map<String, String>> goals = parameters();
        Map<String, String> check = new TreeMap<>(goals.get("check"));
        check.keySet().removeAll(CHECK_ONLY);
        check.keySet().removeAll(REACTOR_ONLY);
        Map<String, String> site = goals.get("readiness");

        assertThat(check)
                .as("check's evaluation parameters")
                .containsKeys("skip", "minimumLevel", "execFiles", "tags", "testGroups", "gates");
        assertThat(check.get("execFiles")).contains("${readiness.execFiles}");
        assertThat(site).containsAllEntriesOf(check);
    }

    @Test
    void reportAndCheckShareEveryParameterButTheirOwnSkip() throws Exception {
        Map<String, Map<String, String>> goals = parameters();
        Map<String, String> check = new TreeMap<>(goals.get("check"));
        Map<String, String> report = new TreeMap<>(goals.get("report"));
        check.keySet().removeAll(Set.of("failOnViolation", "skipCheck"));
        report.keySet().remove("skipReport");

        assertThat(report).isEqualTo(check);
    }
}
