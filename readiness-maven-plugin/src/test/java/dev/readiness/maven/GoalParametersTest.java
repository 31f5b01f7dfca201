package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The parameters each evaluating goal exposes, as maven-plugin-plugin wrote them into the plugin descriptor: the
 * evaluation parameters are declared once ({@link AbstractReadinessParameters}), so {@code check}, {@code report} and
 * the {@code readiness} site report take the same {@code readiness.*} properties with the same defaults; the goals
 * differ only by what each names below.
 */
class GoalParametersTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    /** What a build's verdict has and a site page, rendered module by module, has not. */
    private static final Set<String> BUILD_VERDICT_ONLY = Set.of(
            "readiness.aggregate",
            "readiness.failOnModuleViolation",
            "readiness.reactorSurefireReports",
            "readiness.reactorFailsafeReports",
            "readiness.reactorExecFiles",
            "readiness.stepSummary",
            "readiness.formats",
            "readiness.annotations");

    /** User property → default value, of the goal's parameters that have a {@code readiness.*} property. */
    private static Map<String, String> properties(String goal) throws Exception {
        assertThat(DESCRIPTOR)
                .as("the plugin descriptor is generated in process-classes; run the tests through Maven")
                .exists();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(DESCRIPTOR.toFile());
        NodeList mojos = d.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!goal.equals(mojo.getElementsByTagName("goal").item(0).getTextContent())) {
                continue;
            }
            Map<String, String> properties = new TreeMap<>();
            NodeList configuration =
                    ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
            for (int j = 0; j < configuration.getLength(); j++) {
                if (configuration.item(j) instanceof Element e
                        && e.getTextContent().startsWith("${readiness.")) {
                    String property =
                            e.getTextContent().substring(2, e.getTextContent().length() - 1);
                    properties.put(property, e.getAttribute("default-value"));
                }
            }
            return properties;
        }
        throw new AssertionError("no goal " + goal + " in " + DESCRIPTOR);
    }

    @Test
    void theSiteReportTakesTheEvaluationPropertiesOfCheckWithTheirDefaults() throws Exception {
        Map<String, String> check = properties("check");
        check.keySet().removeAll(BUILD_VERDICT_ONLY);
        check.keySet().removeAll(Set.of("readiness.failOnViolation", "readiness.skipCheck"));

        assertThat(check)
                .containsEntry("readiness.execFiles", "${project.build.directory}/jacoco*.exec")
                .containsEntry("readiness.outputDirectory", "${project.build.directory}/readiness")
                .containsKeys("readiness.skip", "readiness.minimumLevel", "readiness.historyFile");
        assertThat(properties("readiness")).isEqualTo(check);
    }

    @Test
    void reportAndCheckShareEveryPropertyButTheirOwn() throws Exception {
        Map<String, String> check = properties("check");
        Map<String, String> report = properties("report");

        assertThat(check).containsKeys(BUILD_VERDICT_ONLY.toArray(String[]::new));
        check.keySet().removeAll(Set.of("readiness.failOnViolation", "readiness.skipCheck"));
        report.keySet().remove("readiness.skipReport");
        assertThat(report).isEqualTo(check);
    }

    @Test
    void collectBundlesTheEvidenceFromWhereCheckReadsIt() throws Exception {
        Map<String, String> check = properties("check");
        Map<String, String> collect = properties("collect");

        Set<String> evidence = Set.of(
                "readiness.skip",
                "readiness.surefireReports",
                "readiness.failsafeReports",
                "readiness.execFiles",
                "readiness.mutationReports",
                "readiness.benchmarkResults");
        check.keySet().retainAll(evidence);
        assertThat(check).hasSize(evidence.size());
        collect.keySet().removeAll(Set.of("readiness.bundleDirectory", "readiness.shard", "readiness.shardLabel"));
        assertThat(collect).isEqualTo(check);
    }
}
