package dev.readiness.evidence.bundle;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The commit a checkout is at and whether its tracked files differ from it (untracked files such as {@code target/}
 * do not count).
 *
 * @param commit 40 or 64 lower-case hex digits, {@code null} when the directory is not in a git checkout
 * @param dirty whether tracked files (or the index) differ from the commit, {@code null} when unknown
 */
public record GitState(String commit, Boolean dirty) {
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");

    public GitState {
        if (commit != null && !OBJECT_ID.matcher(commit).matches()) {
            throw new IllegalArgumentException("not a commit id: " + commit);
        }
    }

    /** Neither commit nor state known. */
    public static final GitState UNKNOWN = new GitState(null, null);

    /** The state of the checkout containing {@code dir}; {@link #UNKNOWN} when there is none or it cannot be read. */
    public static GitState of(Path dir) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            return UNKNOWN;
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            ObjectId head = repo.resolve("HEAD^{commit}");
            if (head == null) {
                return UNKNOWN;
            }
            Boolean dirty;
            try (Git git = Git.wrap(repo)) {
                dirty = git.status().call().hasUncommittedChanges();
            } catch (Exception e) {
                dirty = null; // the commit is known; its state is not
            }
            return new GitState(head.name(), dirty);
        } catch (Exception e) {
            return UNKNOWN; // odd checkouts (unreadable, shallow oddities) are "unknown", never a failed build
        }
    }
}
