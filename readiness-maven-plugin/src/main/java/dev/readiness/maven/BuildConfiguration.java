package dev.readiness.maven;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The readiness configuration of the project's {@code <build><plugins>} (plugin level, then the executions that run
 * {@code check} or {@code report}), for the site report: Maven gives a reporting plugin only the {@code <reporting>}
 * and {@code <pluginManagement>} configuration, so without this the page would judge by a policy the build does not
 * use. Values are taken as the model holds them (properties already interpolated).
 */
final class BuildConfiguration {
    static final String PLUGIN_KEY = "dev.readiness:readiness-maven-plugin";

    private final Map<String, Element> parameters;

    private BuildConfiguration(Map<String, Element> parameters) {
        this.parameters = parameters;
    }

    /** The build's configuration of the plugin, empty when the build does not configure it. */
    static Optional<BuildConfiguration> of(MavenProject project) {
        Plugin plugin = project.getBuild() == null
                ? null
                : project.getBuild().getPluginsAsMap().get(PLUGIN_KEY);
        if (plugin == null) {
            return Optional.empty();
        }
        Map<String, Element> parameters = new LinkedHashMap<>();
        add(parameters, plugin.getConfiguration());
        for (PluginExecution execution : plugin.getExecutions()) {
            if (execution.getGoals().contains("check") || execution.getGoals().contains("report")) {
                add(parameters, execution.getConfiguration());
            }
        }
        return parameters.isEmpty() ? Optional.empty() : Optional.of(new BuildConfiguration(parameters));
    }

    /** True when the build's configuration defines a policy (tags, test groups or gates). */
    boolean hasPolicy() {
        return parameters.containsKey("tags")
                || parameters.containsKey("testGroups")
                || parameters.containsKey("gates");
    }

    /** The report's inputs with the build's policy and locations where the build sets them. */
    ReadinessInputs applyTo(ReadinessInputs in) {
        ReadinessInputs.Builder out = in.toBuilder()
                .minimumLevel(text("minimumLevel", in.minimumLevel()))
                .minimumMeasuredWeight(text("minimumMeasuredWeight", in.minimumMeasuredWeight()))
                .skippedTests(text("skippedTests", in.skippedTests()))
                .flakyTests(text("flakyTests", in.flakyTests()))
                .malformedReports(text("malformedReports", in.malformedReports()))
                .staleEvidence(text("staleEvidence", in.staleEvidence()))
                .surefireReports(list("surefireReports", in.surefireReports()))
                .failsafeReports(list("failsafeReports", in.failsafeReports()))
                .openTestReports(list("openTestReports", in.openTestReports()))
                .testClassesDirectories(list("testClassesDirectories", in.testClassesDirectories()))
                .execFiles(list("execFiles", in.execFiles()))
                .classesDirectories(list("classesDirectories", in.classesDirectories()));
        if (parameters.containsKey("tags")) {
            out.tags(objects("tags", Tag.class));
        }
        if (parameters.containsKey("testGroups")) {
            out.testGroups(objects("testGroups", TestGroup.class));
        }
        if (parameters.containsKey("gates")) {
            out.gates(objects("gates", Gate.class));
        }
        if (parameters.containsKey("historyFile")) {
            out.historyFile(new File(text("historyFile", null)));
        }
        if (parameters.containsKey("skipHistory")) {
            out.skipHistory(Boolean.parseBoolean(text("skipHistory", "false")));
        }
        if (in.benchmarks() != null) {
            out.benchmarks(new ReadinessInputs.BenchmarkSettings(
                    text("benchmarkResults", in.benchmarks().results()),
                    text("benchmarkBaseline", in.benchmarks().baseline()),
                    text("benchmarkTolerance", in.benchmarks().tolerance()),
                    list("benchmarkSecondaryMetrics", in.benchmarks().secondaryMetrics())));
        }
        if (in.documentation() != null) {
            out.documentation(new ReadinessInputs.DocumentationSettings(
                    list("sourceRoots", in.documentation().sourceRoots()),
                    text("release", in.documentation().release()),
                    list("requiredFiles", in.documentation().requiredFiles()),
                    text("sourceEncoding", in.documentation().sourceEncoding()),
                    in.documentation().buildDirectory(),
                    parameters.containsKey("includeGeneratedSources")
                            ? Boolean.parseBoolean(text("includeGeneratedSources", "false"))
                            : in.documentation().includeGeneratedSources()));
        }
        return out.build();
    }

    /** Where the build's check and report goals write their reports, when the build sets it. */
    File outputDirectory(File fallback) {
        String dir = text("outputDirectory", null);
        return dir == null ? fallback : new File(dir);
    }

    private String text(String name, String fallback) {
        Element e = parameters.get(name);
        return e == null ? fallback : e.getTextContent().strip();
    }

    private List<String> list(String name, List<String> fallback) {
        Element e = parameters.get(name);
        return e == null ? fallback : values(e);
    }

    /** One value per child element, or the element's own text (comma-separated lists are split later). */
    private static List<String> values(Element e) {
        List<String> out = new ArrayList<>();
        for (Element child : children(e)) {
            out.add(child.getTextContent().strip());
        }
        if (out.isEmpty() && !e.getTextContent().isBlank()) {
            out.add(e.getTextContent().strip());
        }
        return out;
    }

    private <T> List<T> objects(String name, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Element item : children(parameters.get(name))) {
            try {
                T object = type.getDeclaredConstructor().newInstance();
                for (Element property : children(item)) {
                    Field field = type.getDeclaredField(property.getTagName());
                    field.setAccessible(true);
                    field.set(object, field.getType() == List.class ? values(property) : property.getTextContent());
                }
                out.add(object);
            } catch (ReflectiveOperationException e) {
                // an element the type does not have: Maven rejects it for check as well; not a policy to apply here
                continue;
            }
        }
        return out;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                out.add(child);
            }
        }
        return out;
    }

    /** Adds the top-level parameters of a configuration (its XML, as the model prints it); later ones win. */
    private static void add(Map<String, Element> parameters, Object configuration) {
        if (configuration == null) {
            return;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            // the JDK's default handler prints "[Fatal Error] ..." to stderr before the exception: not ours to show
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            Element root = builder.parse(new InputSource(new StringReader(configuration.toString())))
                    .getDocumentElement();
            for (Element child : children(root)) {
                parameters.put(child.getTagName(), child);
            }
        } catch (ParserConfigurationException | SAXException | IOException e) {
            // not XML (another Maven's model type): the report keeps its own configuration
        }
    }
}
