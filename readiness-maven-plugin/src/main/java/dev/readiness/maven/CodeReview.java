package dev.readiness.maven;

import dev.readiness.report.GithubAnnotations;
import dev.readiness.report.ReportFiles;
import dev.readiness.report.ReportFormat;
import dev.readiness.text.SafeText;
import dev.readiness.view.SourceRoots;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;

/**
 * The code-review outputs of a goal: which report files to write ({@code readiness.formats}), whether to print GitHub
 * Actions annotations ({@code readiness.annotations}, read with the environment here, so the engine gets a flag),
 * and where the source files of the findings are (the Maven project's source roots).
 */
final class CodeReview {
    /** The variable GitHub Actions sets to {@code true} in every step. */
    static final String GITHUB_ACTIONS = "GITHUB_ACTIONS";

    /** Key of the session's {@link GithubAnnotations.Budget}. */
    static final String BUDGET_KEY = GithubAnnotations.Budget.class.getName();

    /**
     * What a goal writes and prints for code review.
     *
     * @param formats the report files to write
     * @param annotate whether to print the findings as GitHub Actions annotations
     * @param toolVersion the plugin's version, for the SARIF file
     */
    record Settings(Set<ReportFormat> formats, boolean annotate, String toolVersion) {
        ReportFiles.Options options(SourceRoots roots) {
            return new ReportFiles.Options(formats, roots, toolVersion);
        }
    }

    private CodeReview() {}

    /**
     * The settings of a goal.
     *
     * @param formats the {@code readiness.formats} parameter
     * @param annotations the {@code readiness.annotations} parameter: {@code auto} (when {@value #GITHUB_ACTIONS} is
     *     {@code true}), {@code github} (always) or {@code none}
     * @param env environment lookup ({@code System::getenv} in a build)
     * @throws MojoExecutionException naming the parameter and its valid values
     */
    static Settings settings(String formats, String annotations, String toolVersion, UnaryOperator<String> env)
            throws MojoExecutionException {
        Set<ReportFormat> parsed;
        try {
            parsed = ReportFormat.parse(formats == null ? List.of() : List.of(formats));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        String mode = annotations == null ? "auto" : annotations.strip().toLowerCase(Locale.ROOT);
        boolean annotate = switch (mode) {
            case "", "auto" ->
                "true"
                        .equalsIgnoreCase(
                                String.valueOf(env.apply(GITHUB_ACTIONS)).strip());
            case "github" -> true;
            case "none" -> false;
            default ->
                throw new MojoExecutionException("Unknown value '" + SafeText.excerpt(annotations, 60)
                        + "' of readiness.annotations: valid are auto (GitHub Actions annotations when "
                        + GITHUB_ACTIONS + "=true), github (always) and none.");
        };
        return new Settings(parsed, annotate, toolVersion);
    }

    /**
     * Prints workflow commands on the process's standard output, file descriptor 1, where the GitHub Actions runner
     * reads them: not through {@code System.out}, which Maven 4 routes through its log (a line then starts with
     * {@code [INFO] [stdout]}, and the runner only reads a command at the start of a line). One write per line, so
     * lines of modules built in parallel do not interleave.
     */
    static void printToProcessStdout(String line) {
        // FileOutputStream on a FileDescriptor registers no cleaner: descriptor 1 stays open
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        try {
            out.write((line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot print the GitHub Actions annotations on standard output", e);
        }
    }

    /** The source roots of one module, the repository root found above it. */
    static SourceRoots roots(MavenProject project) {
        return roots(project, List.of(project));
    }

    /** The source roots of every module, the POM and repository root of {@code root}. */
    static SourceRoots roots(MavenProject root, List<MavenProject> projects) {
        Set<Path> main = new LinkedHashSet<>();
        Set<Path> test = new LinkedHashSet<>();
        for (MavenProject p : projects) {
            paths(p.getCompileSourceRoots(), main);
            paths(p.getTestCompileSourceRoots(), test);
        }
        File pom = root.getFile();
        return SourceRoots.of(
                root.getBasedir().toPath(),
                pom == null ? null : pom.toPath(),
                new ArrayList<>(main),
                new ArrayList<>(test));
    }

    private static void paths(List<String> roots, Set<Path> into) {
        if (roots != null) {
            roots.stream().filter(r -> r != null && !r.isBlank()).map(Path::of).forEach(into::add);
        }
    }

    /**
     * The build's annotation budget, created by the first module that asks: GitHub's limits are per step, and one
     * Maven build is one step. A module built by another build of the plugin gets its own.
     */
    static GithubAnnotations.Budget budget(MavenSession session) {
        if (session == null || session.getRepositorySession() == null) {
            return new GithubAnnotations.Budget();
        }
        SessionData data = session.getRepositorySession().getData();
        Object existing = data.get(BUDGET_KEY);
        if (existing == null) {
            GithubAnnotations.Budget fresh = new GithubAnnotations.Budget();
            if (data.set(BUDGET_KEY, null, fresh)) {
                return fresh;
            }
            existing = data.get(BUDGET_KEY);
        }
        return existing instanceof GithubAnnotations.Budget b ? b : new GithubAnnotations.Budget();
    }
}
