package dev.readiness.evidence.change;

import dev.readiness.evidence.EvidenceException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the change window a build configured: the diff file when {@code readiness.diffFile} is set, otherwise the
 * working tree against {@code readiness.baseRef} through {@link GitChanges} (the only path that loads JGit).
 */
public final class ChangeReader {
    private ChangeReader() {}

    /**
     * @param baseDir the project (or reactor root) directory; relative diff files are resolved against it
     * @param baseRef the base ref, or {@code null}/blank
     * @param diffFile the unified diff file, or {@code null}/blank; wins over {@code baseRef}
     * @return the changed lines; {@code null} when neither is configured
     */
    public static ChangedLines read(Path baseDir, String baseRef, String diffFile) throws EvidenceException {
        Path base = baseDir.toAbsolutePath().normalize();
        if (diffFile != null && !diffFile.isBlank()) {
            return UnifiedDiff.read(base.resolve(diffFile.strip()).normalize(), workTree(base));
        }
        if (baseRef != null && !baseRef.isBlank()) {
            return GitChanges.read(base, baseRef.strip());
        }
        return null;
    }

    /**
     * The git work tree that holds {@code dir} (the nearest ancestor with a {@code .git} directory or file), which the
     * paths of a diff are relative to; {@code dir} itself outside a repository.
     */
    static Path workTree(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return dir;
    }
}
