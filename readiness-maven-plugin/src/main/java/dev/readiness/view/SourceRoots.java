package dev.readiness.view;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds source files in source roots and names them relative to the repository root: the nearest directory at or
 * above the project directory holding {@code .git} (a directory, or a file for a worktree or submodule), else the
 * project directory. A file outside the repository root is not located (a code-review tool could not show it).
 *
 * @param repositoryRoot absolute and normalised
 * @param pomFile the project's POM, {@code null} when it has none
 * @param mainRoots the main source roots (absolute), searched in order
 * @param testRoots the test source roots (absolute), searched in order
 */
public record SourceRoots(Path repositoryRoot, Path pomFile, List<Path> mainRoots, List<Path> testRoots)
        implements SourceLocator {

    public SourceRoots {
        repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        pomFile = pomFile == null ? null : pomFile.toAbsolutePath().normalize();
        mainRoots = mainRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        testRoots = testRoots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /**
     * The source roots of a project in {@code projectDir}, the repository root found above it.
     *
     * @param pomFile the project's POM, {@code null} when it has none
     */
    public static SourceRoots of(Path projectDir, Path pomFile, List<Path> mainRoots, List<Path> testRoots) {
        return new SourceRoots(repositoryRoot(projectDir), pomFile, mainRoots, testRoots);
    }

    /** The nearest directory at or above {@code dir} that holds {@code .git}, else {@code dir}. */
    public static Path repositoryRoot(Path dir) {
        Path start = dir.toAbsolutePath().normalize();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return start;
    }

    @Override
    public String source(String sourceFile, boolean test) {
        if (sourceFile == null || sourceFile.isBlank() || sourceFile.contains("..")) {
            return null;
        }
        for (Path root : test ? testRoots : mainRoots) {
            Path file = root.resolve(sourceFile).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                return relative(file);
            }
        }
        return null;
    }

    @Override
    public String pom() {
        return pomFile == null || !Files.isRegularFile(pomFile) ? null : relative(pomFile);
    }

    private String relative(Path file) {
        return file.startsWith(repositoryRoot)
                ? repositoryRoot.relativize(file).toString().replace('\\', '/')
                : null;
    }
}
