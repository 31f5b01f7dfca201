package dev.readiness.evidence.change;

import dev.readiness.evidence.EvidenceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.diff.ContentSource;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.NotIgnoredFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

/**
 * The lines changed in the working tree relative to the merge-base of {@code HEAD} and a base ref, read with JGit (no
 * {@code git} process): what {@code git diff $(git merge-base <baseRef> HEAD)} shows, so committed, staged and unstaged
 * edits of tracked files count; untracked and ignored files do not. Renames are detected as {@code git diff} does by
 * default (only the lines edited in a renamed file count).
 *
 * <p>The only class that uses JGit: it is referenced only when {@code readiness.baseRef} is set, so a build without a
 * change window loads no JGit class. Stateless.
 */
public final class GitChanges {
    private GitChanges() {}

    /**
     * Reads the change of the repository that contains {@code start}.
     *
     * @param start the project (or reactor root) directory
     * @param baseRef e.g. {@code origin/main}, a tag or a commit id
     * @return the changed lines, or {@link ChangedLines#missing} naming the fix when the base ref or the merge-base is
     *     not in the repository (a shallow clone) or there is no repository
     * @throws EvidenceException when the repository exists but cannot be read
     */
    public static ChangedLines read(Path start, String baseRef) throws EvidenceException {
        String origin = "working tree vs merge-base of " + baseRef + " and HEAD";
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start.toFile());
        if (builder.getGitDir() == null) {
            return ChangedLines.missing(
                    origin,
                    start,
                    "readiness.baseRef is " + baseRef + ", but " + start + " is not in a git repository: run the build"
                            + " in a clone, or pass the change as a unified diff with readiness.diffFile.");
        }
        try (Repository repo = builder.setMustExist(true).build()) {
            Path root = repo.isBare() ? start : repo.getWorkTree().toPath();
            ObjectId base = resolve(repo, baseRef);
            ObjectId head = resolve(repo, Constants.HEAD);
            if (base == null || head == null) {
                return ChangedLines.missing(
                        origin,
                        root,
                        (head == null ? "HEAD has no commit" : "the base ref " + baseRef + " is not in the repository")
                                + " (a shallow or single-branch clone fetches only the branch it builds): fetch it"
                                + " first, e.g. git fetch --depth=100 origin " + shortName(baseRef)
                                + ", or pass the change as a unified diff with readiness.diffFile.");
            }
            RevCommit mergeBase;
            try (RevWalk walk = new RevWalk(repo)) {
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(walk.parseCommit(base));
                walk.markStart(walk.parseCommit(head));
                mergeBase = walk.next();
            }
            if (mergeBase == null) {
                return ChangedLines.missing(
                        origin,
                        root,
                        "HEAD and " + baseRef + " have no common commit in this clone (a shallow clone cuts the"
                                + " history before their merge-base): deepen it, e.g. git fetch --deepen=200 origin "
                                + shortName(baseRef) + " or git fetch --unshallow, or pass the change as a unified"
                                + " diff with readiness.diffFile.");
            }
            origin = "working tree vs merge-base " + mergeBase.abbreviate(10).name() + " of " + baseRef + " and HEAD";
            List<String> paths = changedPaths(repo, mergeBase);
            if (paths.isEmpty()) {
                return new ChangedLines(origin, root, java.util.Map.of(), List.of(), null);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (DiffFormatter formatter = new DiffFormatter(out);
                    ObjectReader reader = repo.newObjectReader()) {
                formatter.setRepository(repo);
                formatter.setContext(0);
                formatter.setPathFilter(PathFilterGroup.createFromStrings(paths));
                CanonicalTreeParser baseTree = new CanonicalTreeParser();
                baseTree.reset(reader, mergeBase.getTree());
                List<DiffEntry> entries = formatter.scan(baseTree, new FileTreeIterator(repo));
                // renames as git diff finds them; the new side is read from the working tree (DiffFormatter's own
                // rename detection reads only the object database, where an unstaged edit is not)
                RenameDetector renames = new RenameDetector(repo);
                renames.addAll(entries);
                entries = renames.compute(
                        new ContentSource.Pair(
                                ContentSource.create(reader), ContentSource.create(new FileTreeIterator(repo))),
                        NullProgressMonitor.INSTANCE);
                formatter.format(entries);
            }
            ChangedLines parsed = UnifiedDiff.parse(out.toString(StandardCharsets.UTF_8), origin, root);
            return parsed;
        } catch (IOException | RevisionSyntaxException | CanceledException e) {
            throw new EvidenceException(
                    start,
                    "Cannot read the change against readiness.baseRef " + baseRef + " from the git repository of "
                            + start + ": " + e.getMessage() + ". Check the repository (git status), or pass the"
                            + " change as a unified diff with readiness.diffFile.",
                    e);
        }
    }

    private static ObjectId resolve(Repository repo, String rev) throws IOException {
        return repo.resolve(rev + "^{commit}");
    }

    private static String shortName(String ref) {
        return ref.startsWith("origin/") ? ref.substring("origin/".length()) : ref;
    }

    /**
     * The tracked paths whose content differs between the merge-base tree and the working tree: in the base or the
     * index, not ignored, and either staged differently from the base or modified in the working tree (the index's
     * file times spare reading unchanged files).
     */
    private static List<String> changedPaths(Repository repo, RevCommit mergeBase) throws IOException {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.setRecursive(true);
            int baseIndex = walk.addTree(mergeBase.getTree());
            int indexIndex = walk.addTree(new DirCacheIterator(repo.readDirCache()));
            FileTreeIterator work = new FileTreeIterator(repo);
            int workIndex = walk.addTree(work);
            work.setDirCacheIterator(walk, indexIndex);
            walk.setFilter(new NotIgnoredFilter(workIndex));
            while (walk.next()) {
                boolean inBase = walk.getRawMode(baseIndex) != 0;
                DirCacheIterator index = walk.getTree(indexIndex, DirCacheIterator.class);
                if (!inBase && index == null) {
                    continue; // untracked
                }
                WorkingTreeIterator file = walk.getTree(workIndex, WorkingTreeIterator.class);
                boolean staged = index == null
                        || !inBase
                        || !walk.getObjectId(baseIndex).equals(index.getEntryObjectId())
                        || walk.getRawMode(baseIndex) != index.getEntryRawMode();
                boolean modified = index != null
                        && (file == null || file.isModified(index.getDirCacheEntry(), true, walk.getObjectReader()));
                if ((staged || modified) && walk.getFileMode(baseIndex) != FileMode.GITLINK) {
                    paths.add(walk.getPathString());
                }
            }
        }
        return paths;
    }
}
