package dev.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libraries only some gates need stay unloaded when no configured gate needs them: a check pays for the class
 * loading of what it uses (issue 23). The engine runs in a class loader of its own that records every class the
 * engine's code asks for, so the assertion does not depend on what other tests of this JVM loaded before.
 */
class LazyLibrariesTest {
    @TempDir
    Path out;

    @Test
    void aCheckWithoutChangedLinesBundlesOrDocumentationGateLoadsNeitherJGitNorTheJavaCompiler() throws Exception {
        try (Recording loader = new Recording(testClassPath())) {
            Class<?> assessments = Class.forName("dev.readiness.report.Assessments", true, loader);
            Class<?> assessment = Class.forName("dev.readiness.assess.Assessment", true, loader);
            Object verdict = assessments.getMethod("real").invoke(null);
            Path resources = (Path) assessments.getField("RESOURCES").get(null);
            Class.forName("dev.readiness.report.ReportFiles", true, loader)
                    .getMethod("write", assessment, Path.class, Path.class)
                    .invoke(null, verdict, out, resources);

            assertThat(loader.requested)
                    .as("what the evaluation and the reports really used was recorded")
                    .anyMatch(name -> name.startsWith("org.jacoco.core."))
                    .anyMatch(name -> name.startsWith("com.fasterxml.aalto."))
                    .anyMatch(name -> name.startsWith("com.fasterxml.jackson.core."))
                    .noneMatch(name -> name.startsWith("org.eclipse.jgit."))
                    .noneMatch(name -> name.startsWith("javax.tools.") || name.startsWith("com.sun.source."));
        }
    }

    private static URL[] testClassPath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        // Surefire names the test class path here when java.class.path is only its booter jar
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }

    /** Loads the test class path again, beside the JVM's platform modules, and records each class name asked for. */
    private static final class Recording extends URLClassLoader {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        Recording(URL[] urls) {
            super("readiness-isolated", urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }
    }
}
