package dev.readiness.evidence.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GitChanges} on real repositories written with JGit in a temporary directory. */
class GitChangesTest {
    private static final PersonIdent ME = new PersonIdent("Test", "test@example.com");

    private static final String[] OLD = {
        "package a;", "class Old {", "  int one;", "  int two;", "  int three;", "  int four;", "  int five;", "}"
    };

    private static void write(Path file, String... lines) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    private static void commit(Git git, String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit()
                .setMessage(message)
                .setAuthor(ME)
                .setCommitter(ME)
                .setSign(false)
                .call();
    }

    private static Git repoWithMain(Path dir) throws Exception {
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        write(dir.resolve(".gitignore"), "target/");
        write(dir.resolve("src/main/java/a/A.java"), "package a;", "class A {", "  int x;", "}");
        write(dir.resolve("src/main/java/a/Old.java"), OLD);
        commit(git, "base");
        return git;
    }

    @Test
    void committedStagedAndUnstagedEditsSinceTheMergeBaseCount(@TempDir Path dir) throws Exception {
        try (Git git = repoWithMain(dir)) {
            git.checkout().setCreateBranch(true).setName("feature").call();
            write(dir.resolve("src/main/java/a/A.java"), "package a;", "class A {", "  int x;", "  int y;", "}");
            commit(git, "committed edit");
            // main moves on after the branch point: its later commits are not part of the change
            git.checkout().setName("main").call();
            write(dir.resolve("src/main/java/a/Main.java"), "package a;", "class Main {}");
            commit(git, "main only");
            git.checkout().setName("feature").call();
            // staged new file, unstaged edit, untracked and ignored files
            write(dir.resolve("src/main/java/a/B.java"), "package a;", "class B {}");
            git.add().addFilepattern("src/main/java/a/B.java").call();
            write(
                    dir.resolve("src/main/java/a/A.java"),
                    "package a;",
                    "class A {",
                    "  int x;",
                    "  int y;",
                    "  int z;",
                    "}");
            write(dir.resolve("src/main/java/a/Untracked.java"), "class Untracked {}");
            write(dir.resolve("target/classes/Ignored.java"), "class Ignored {}");

            ChangedLines c = GitChanges.read(dir.resolve("src"), "main");

            assertThat(c.available()).isTrue();
            assertThat(c.root().toRealPath()).isEqualTo(dir.toRealPath());
            assertThat(c.files())
                    .isEqualTo(Map.of(
                            "src/main/java/a/A.java", Set.of(4, 5),
                            "src/main/java/a/B.java", Set.of(1, 2)));
            assertThat(c.origin()).contains("merge-base").contains("main");
        }
    }

    @Test
    void aRenameCountsOnlyTheEditedLines(@TempDir Path dir) throws Exception {
        try (Git git = repoWithMain(dir)) {
            git.checkout().setCreateBranch(true).setName("feature").call();
            Files.delete(dir.resolve("src/main/java/a/Old.java"));
            write(dir.resolve("src/main/java/a/Renamed.java"), OLD);
            git.rm().addFilepattern("src/main/java/a/Old.java").call();
            commit(git, "rename");
            String[] renamed = OLD.clone();
            renamed[1] = "class Renamed {";
            write(dir.resolve("src/main/java/a/Renamed.java"), renamed);

            ChangedLines c = GitChanges.read(dir, "main");

            assertThat(c.files()).isEqualTo(Map.of("src/main/java/a/Renamed.java", Set.of(2)));
        }
    }

    @Test
    void noChangeIsAnEmptyWindow(@TempDir Path dir) throws Exception {
        try (Git git = repoWithMain(dir)) {
            ChangedLines c = GitChanges.read(dir, "main");
            assertThat(c.available()).isTrue();
            assertThat(c.files()).isEmpty();
        }
    }

    @Test
    void anUnknownBaseRefIsMissingWithTheFetchThatFixesIt(@TempDir Path dir) throws Exception {
        try (Git git = repoWithMain(dir)) {
            ChangedLines c = GitChanges.read(dir, "origin/main");
            assertThat(c.available()).isFalse();
            assertThat(c.missingReason())
                    .contains("origin/main is not in the repository")
                    .contains("git fetch --depth=")
                    .contains("readiness.diffFile");
        }
    }

    @Test
    void historiesWithoutACommonCommitAreMissing(@TempDir Path dir) throws Exception {
        try (Git git = repoWithMain(dir)) {
            git.checkout().setOrphan(true).setName("other").call();
            write(dir.resolve("src/main/java/a/A.java"), "package a;", "class A2 {}");
            commit(git, "unrelated root");
            ChangedLines c = GitChanges.read(dir, "main");
            assertThat(c.available()).isFalse();
            assertThat(c.missingReason()).contains("no common commit").contains("--deepen");
        }
    }

    @Test
    void outsideARepositoryIsMissing(@TempDir Path dir) throws Exception {
        ChangedLines c = GitChanges.read(dir, "origin/main");
        assertThat(c.available()).isFalse();
        assertThat(c.missingReason()).contains("not in a git repository").contains("readiness.diffFile");
    }
}
