package dev.readiness.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real repositories made with the installed {@code git} at test time; {@link GitInfo} itself never runs git. */
class GitInfoTest {
    @TempDir
    Path dir;

    private static String git(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("GIT_"));
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("git %s: %s", args, output).isZero();
        return output.strip();
    }

    private Path repoWithTwoCommits() throws IOException, InterruptedException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        git(repo, "init", "-q", "-b", "main");
        Files.writeString(repo.resolve("a.txt"), "one");
        git(repo, "add", "a.txt");
        git(repo, "commit", "-q", "-m", "one");
        Files.writeString(repo.resolve("a.txt"), "two");
        git(repo, "commit", "-q", "-a", "-m", "two");
        return repo;
    }

    @Test
    void readsBranchAndCommitOfAFreshRepositoryFromASubdirectory() throws Exception {
        Path repo = repoWithTwoCommits();
        Path module = Files.createDirectories(repo.resolve("modules/core"));

        Optional<GitInfo> info = GitInfo.find(module);

        assertThat(info).contains(new GitInfo(git(repo, "rev-parse", "HEAD"), "main"));
    }

    @Test
    void readsPackedRefs() throws Exception {
        Path repo = repoWithTwoCommits();
        git(repo, "pack-refs", "--all");
        assertThat(repo.resolve(".git/refs/heads/main")).doesNotExist();

        assertThat(GitInfo.find(repo)).contains(new GitInfo(git(repo, "rev-parse", "HEAD"), "main"));
    }

    @Test
    void detachedHeadHasACommitAndNoBranch() throws Exception {
        Path repo = repoWithTwoCommits();
        git(repo, "checkout", "-q", "--detach", "HEAD~1");

        assertThat(GitInfo.find(repo)).contains(new GitInfo(git(repo, "rev-parse", "HEAD"), null));
    }

    @Test
    void worktreeWithAGitFileReadsItsOwnHeadAndTheSharedRefs() throws Exception {
        Path repo = repoWithTwoCommits();
        git(repo, "worktree", "add", "-q", "-b", "feature/x", "../wt", "HEAD~1");
        git(repo, "pack-refs", "--all");
        Path worktree = dir.resolve("wt");
        assertThat(worktree.resolve(".git")).isRegularFile();

        assertThat(GitInfo.find(worktree)).contains(new GitInfo(git(worktree, "rev-parse", "HEAD"), "feature/x"));
        assertThat(GitInfo.find(repo)).contains(new GitInfo(git(repo, "rev-parse", "HEAD"), "main"));
    }

    @Test
    void branchWithoutCommitsHasNoCommitYet() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("empty"));
        git(repo, "init", "-q", "-b", "trunk");

        assertThat(GitInfo.find(repo)).contains(new GitInfo(null, "trunk"));
    }

    @Test
    void directoryOutsideAnyRepositoryHasNoGitInfo() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain/project"));

        assertThat(GitInfo.find(plain)).isEmpty();
    }

    @Test
    void oddGitFilesGiveNoGitInfoAndNoException() throws Exception {
        Path garbageFile = Files.createDirectories(dir.resolve("a"));
        Files.writeString(garbageFile.resolve(".git"), "not a gitdir line");
        Path missingTarget = Files.createDirectories(dir.resolve("b"));
        Files.writeString(missingTarget.resolve(".git"), "gitdir: ../nowhere\n");
        Path escapingRef = Files.createDirectories(dir.resolve("c/.git"));
        Files.writeString(escapingRef.resolve("HEAD"), "ref: refs/../../../../etc/passwd\n");
        Path garbageHead = Files.createDirectories(dir.resolve("d/.git"));
        Files.write(garbageHead.resolve("HEAD"), new byte[] {0, 1, 2, (byte) 0xff});
        Path noHead = Files.createDirectories(dir.resolve("e/.git"));

        assertThat(GitInfo.find(garbageFile)).isEmpty();
        assertThat(GitInfo.find(missingTarget)).isEmpty();
        assertThat(GitInfo.find(escapingRef.getParent())).isEmpty();
        assertThat(GitInfo.find(garbageHead.getParent())).isEmpty();
        assertThat(GitInfo.find(noHead.getParent())).isEmpty();
    }

    @Test
    void looseRefWinsOverAStalePackedRef() throws Exception {
        Path repo = repoWithTwoCommits();
        String first = git(repo, "rev-parse", "HEAD~1");
        git(repo, "pack-refs", "--all");
        git(repo, "reset", "-q", "--hard", first);
        Files.writeString(repo.resolve(".git/refs/heads/main"), first + "\n");

        assertThat(GitInfo.find(repo)).contains(new GitInfo(first, "main"));
    }
}
