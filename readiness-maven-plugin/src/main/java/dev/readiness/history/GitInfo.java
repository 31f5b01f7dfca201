package dev.readiness.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commit and branch of a git checkout, read from the files under {@code .git} without running {@code git}.
 *
 * <p>Understands a {@code .git} directory and a {@code .git} file ({@code gitdir: …}, as in worktrees and
 * submodules), the {@code commondir} of a worktree, loose and packed refs, symbolic refs and a detached HEAD.
 * Repositories that keep refs in the reftable format are reported as unknown.
 *
 * @param commit full commit id, or {@code null} on a branch that has no commit yet
 * @param branch branch name without {@code refs/heads/} (other refs keep their full name), or {@code null} when HEAD
 *     is detached
 */
public record GitInfo(String commit, String branch) {
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final int MAX_SMALL_FILE = 8192;
    private static final int MAX_SYMREF_DEPTH = 5;

    public GitInfo {
        if (commit == null && branch == null) {
            throw new IllegalArgumentException("a checkout has a commit, a branch, or both");
        }
    }

    /**
     * Finds the checkout that contains {@code projectDir}, walking up to the file-system root.
     *
     * @return the commit and branch, or empty when the directory is not in a git checkout or its files cannot be
     *     read; never throws
     */
    public static Optional<GitInfo> find(Path projectDir) {
        try {
            for (Path dir = projectDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path dotGit = dir.resolve(".git");
                if (Files.isDirectory(dotGit)) {
                    return read(dotGit);
                }
                if (Files.isRegularFile(dotGit)) {
                    Optional<Path> gitDir = gitDirFromFile(dotGit);
                    return gitDir.isPresent() ? read(gitDir.get()) : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Odd input (unreadable files, strange paths) means "unknown", never a failed build.
            return Optional.empty();
        }
    }

    private static Optional<Path> gitDirFromFile(Path dotGitFile) throws IOException {
        String content = readSmall(dotGitFile);
        if (!content.startsWith("gitdir:")) {
            return Optional.empty();
        }
        Path gitDir = dotGitFile
                .getParent()
                .resolve(content.substring("gitdir:".length()).strip());
        return Files.isDirectory(gitDir) ? Optional.of(gitDir.normalize()) : Optional.empty();
    }

    private static Optional<GitInfo> read(Path gitDir) throws IOException {
        Path commonDir = gitDir;
        Path commonDirFile = gitDir.resolve("commondir");
        if (Files.isRegularFile(commonDirFile)) {
            commonDir = gitDir.resolve(readSmall(commonDirFile)).normalize();
        }
        if (Files.isDirectory(commonDir.resolve("reftable"))) {
            return Optional.empty();
        }
        Path headFile = gitDir.resolve("HEAD");
        if (!Files.isRegularFile(headFile)) {
            return Optional.empty();
        }
        String head = readSmall(headFile);
        if (OBJECT_ID.matcher(head).matches()) {
            return Optional.of(new GitInfo(head, null));
        }
        if (!head.startsWith("ref:")) {
            return Optional.empty();
        }
        String ref = head.substring("ref:".length()).strip();
        if (!isSafeRefName(ref)) {
            return Optional.empty();
        }
        String branch = ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : ref;
        return Optional.of(new GitInfo(resolve(gitDir, commonDir, ref, 0), branch));
    }

    /** The commit a ref points to, or {@code null} when it does not exist (yet). */
    private static String resolve(Path gitDir, Path commonDir, String ref, int depth) throws IOException {
        if (depth > MAX_SYMREF_DEPTH || !isSafeRefName(ref)) {
            return null;
        }
        for (Path base : gitDir.equals(commonDir) ? new Path[] {gitDir} : new Path[] {gitDir, commonDir}) {
            Path loose = base.resolve(ref);
            if (Files.isRegularFile(loose)) {
                String content = readSmall(loose);
                if (OBJECT_ID.matcher(content).matches()) {
                    return content;
                }
                if (content.startsWith("ref:")) {
                    return resolve(
                            gitDir,
                            commonDir,
                            content.substring("ref:".length()).strip(),
                            depth + 1);
                }
                return null;
            }
        }
        return packedRef(commonDir.resolve("packed-refs"), ref);
    }

    private static String packedRef(Path packedRefs, String ref) throws IOException {
        if (!Files.isRegularFile(packedRefs)) {
            return null;
        }
        try (BufferedReader reader = Files.newBufferedReader(packedRefs, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '^') {
                    continue;
                }
                int space = line.indexOf(' ');
                if (space > 0 && line.substring(space + 1).equals(ref)) {
                    String id = line.substring(0, space);
                    return OBJECT_ID.matcher(id).matches() ? id : null;
                }
            }
        }
        return null;
    }

    /** A ref must stay inside the git directory: no absolute paths, no {@code ..}, no backslashes. */
    private static boolean isSafeRefName(String ref) {
        return ref.startsWith("refs/")
                && !ref.contains("..")
                && !ref.contains("\\")
                && !ref.contains("//")
                && !ref.endsWith("/")
                && ref.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static String readSmall(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_SMALL_FILE), StandardCharsets.UTF_8).strip();
        }
    }
}
