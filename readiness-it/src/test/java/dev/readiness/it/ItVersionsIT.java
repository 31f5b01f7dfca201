package dev.readiness.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The versions of the IT builds live in one place, {@code src/it/setup-parent/pom.xml}: no case POM names a version
 * of a plugin or a dependency, the parent's JaCoCo, Surefire and JUnit are the ones the plugin itself is built and
 * tested with (the root POM's properties, passed in by Failsafe), and its plugin version is the project's, written out
 * so that a case also runs by hand.
 */
class ItVersionsIT {
    private static final Path IT_SOURCES = Path.of("src/it");
    private static final Pattern VERSION = Pattern.compile("<version>([^<]*)</version>");
    /** A case's own version and its parent's; besides these only references to properties (of the setup-parent). */
    private static final Set<String> ALLOWED_IN_CASES = Set.of("1.0.0-SNAPSHOT", "1");

    @Test
    void noCasePomNamesAVersionOfItsOwn() throws IOException {
        Map<Path, List<String>> offenders = new TreeMap<>();
        try (Stream<Path> poms = Files.walk(IT_SOURCES)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .filter(p -> !p.startsWith(IT_SOURCES.resolve("setup-parent")))
                    .toList()) {
                List<String> versions = VERSION.matcher(Files.readString(pom, StandardCharsets.UTF_8))
                        .results()
                        .map(m -> m.group(1))
                        .filter(v -> !ALLOWED_IN_CASES.contains(v) && !v.startsWith("${"))
                        .toList();
                if (!versions.isEmpty()) {
                    offenders.put(pom, versions);
                }
            }
        }
        assertThat(offenders)
                .as("versions belong in src/it/setup-parent/pom.xml (pluginManagement, dependencyManagement)")
                .isEmpty();
    }

    @Test
    void setupParentBuildsWithTheToolVersionsOfThePlugin() throws IOException {
        String parent = Files.readString(IT_SOURCES.resolve("setup-parent/pom.xml"), StandardCharsets.UTF_8);
        for (String property : List.of("jacoco.version", "surefire.version", "junit.version")) {
            Matcher value = Pattern.compile("<" + Pattern.quote(property) + ">([^<]*)</")
                    .matcher(parent);
            assertThat(value.find()).as("%s in setup-parent", property).isTrue();
            assertThat(value.group(1))
                    .as("%s of setup-parent vs the root POM", property)
                    .isEqualTo(System.getProperty("root." + property));
        }
        // literal, so that the README's quick start runs a case by hand without -Dreadiness.version
        assertThat(parent)
                .as(
                        "readiness.version of setup-parent is the project version: set it to %s when the version changes",
                        System.getProperty("root.project.version"))
                .contains("<readiness.version>" + System.getProperty("root.project.version") + "</readiness.version>");
    }
}
