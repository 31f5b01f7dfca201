package dev.readiness.evidence.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.evidence.EvidenceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnifiedDiffTest {
    private static final Path ROOT = Path.of("/repo");

    private static ChangedLines parse(String text) throws EvidenceException {
        return UnifiedDiff.parse(text, "test diff", ROOT);
    }

    @Test
    void recordsAddedAndModifiedLinesOfTheNewSideOnly() throws Exception {
        ChangedLines c = parse(String.join(
                "\n",
                "diff --git a/src/main/java/com/acme/Foo.java b/src/main/java/com/acme/Foo.java",
                "index 1111111..2222222 100644",
                "--- a/src/main/java/com/acme/Foo.java",
                "+++ b/src/main/java/com/acme/Foo.java",
                "@@ -10,3 +10,4 @@ class Foo {",
                "     int a;",
                "-    int b;",
                "+    int b = 1;",
                "+    int c;",
                "     int d;",
                "@@ -40 +41,0 @@",
                "-    gone();",
                ""));
        assertThat(c.files()).isEqualTo(Map.of("src/main/java/com/acme/Foo.java", Set.of(11, 12)));
        assertThat(c.available()).isTrue();
        assertThat(c.lineCount()).isEqualTo(2);
    }

    @Test
    void aFileWhoseChangeOnlyDeletesLinesHasNoEntryAndADeletedFileNeither() throws Exception {
        ChangedLines c = parse(String.join(
                "\n",
                "diff --git a/A.java b/A.java",
                "--- a/A.java",
                "+++ b/A.java",
                "@@ -3,2 +2,0 @@",
                "-x",
                "-y",
                "diff --git a/B.java b/B.java",
                "deleted file mode 100644",
                "--- a/B.java",
                "+++ /dev/null",
                "@@ -1,2 +0,0 @@",
                "-a",
                "-b"));
        assertThat(c.files()).isEmpty();
    }

    @Test
    void aNewFileCountsEveryLine() throws Exception {
        ChangedLines c = parse(String.join(
                "\n",
                "diff --git a/New.java b/New.java",
                "new file mode 100644",
                "--- /dev/null",
                "+++ b/New.java",
                "@@ -0,0 +1,3 @@",
                "+class New {",
                "+}",
                "+",
                "\\ No newline at end of file"));
        assertThat(c.files()).isEqualTo(Map.of("New.java", Set.of(1, 2, 3)));
    }

    @Test
    void aRenamedFileIsKeyedByItsNewPathWithOnlyItsEditedLines() throws Exception {
        ChangedLines c = parse(String.join(
                "\n",
                "diff --git a/old/Name.java b/new/Name.java",
                "similarity index 90%",
                "rename from old/Name.java",
                "rename to new/Name.java",
                "--- a/old/Name.java",
                "+++ b/new/Name.java",
                "@@ -5 +5 @@",
                "-package old;",
                "+package neu;",
                "diff --git a/x/Pure.java b/y/Pure.java",
                "similarity index 100%",
                "rename from x/Pure.java",
                "rename to y/Pure.java"));
        assertThat(c.files()).isEqualTo(Map.of("new/Name.java", Set.of(5)));
    }

    @Test
    void crlfLineEndsAreRead() throws Exception {
        ChangedLines c = parse("--- a/W.java\r\n+++ b/W.java\r\n@@ -1,2 +1,2 @@\r\n a\r\n-b\r\n+c\r\n");
        assertThat(c.files()).isEqualTo(Map.of("W.java", Set.of(2)));
    }

    @Test
    void binaryFilesAreNamedWithoutLines() throws Exception {
        ChangedLines c = parse(String.join(
                "\n",
                "diff --git a/logo.png b/logo.png",
                "index 1..2 100644",
                "Binary files a/logo.png and b/logo.png differ",
                "diff --git a/data.bin b/data.bin",
                "new file mode 100644",
                "GIT binary patch",
                "literal 3",
                "KcmZQz00031",
                "",
                "literal 0",
                "HcmV?d00001",
                ""));
        assertThat(c.files()).isEmpty();
        assertThat(c.binaryFiles()).containsExactly("data.bin", "logo.png");
    }

    @Test
    void contentLinesThatLookLikeHeadersStayContent() throws Exception {
        ChangedLines c = parse(String.join(
                "\n",
                "--- a/S.sql",
                "+++ b/S.sql",
                "@@ -1,2 +1,3 @@",
                "--- a comment that was removed",
                "+++ a line that was added",
                "+-- another",
                " keep"));
        assertThat(c.files()).isEqualTo(Map.of("S.sql", Set.of(1, 2)));
    }

    @Test
    void plainDiffUWithTimestampsKeepsThePathAsWritten() throws Exception {
        ChangedLines c = parse(String.join(
                "\n",
                "--- src/Foo.java\t2026-11-30 10:00:00.000000000 +0000",
                "+++ src/Foo.java\t2026-11-30 10:01:00.000000000 +0000",
                "@@ -1 +1 @@",
                "-a",
                "+b"));
        assertThat(c.files()).containsOnlyKeys("src/Foo.java");
    }

    @Test
    void quotedPathsAreUnquoted() throws Exception {
        ChangedLines c = parse(String.join(
                "\n",
                "diff --git \"a/na\\303\\257ve.java\" \"b/na\\303\\257ve.java\"",
                "--- \"a/na\\303\\257ve.java\"",
                "+++ \"b/na\\303\\257ve.java\"",
                "@@ -1 +1 @@",
                "-a",
                "+b"));
        assertThat(c.files()).containsOnlyKeys("naïve.java");
    }

    @Test
    void anOverlongLineNumberIsMalformedNotACrash() {
        assertThatThrownBy(() -> parse("--- a/T.java\n+++ b/T.java\n@@ -1 +99999999999999999999 @@\n+x\n"))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("hunk header");
    }

    @Test
    void aBrokenEscapeInAQuotedPathIsKeptAsText() throws Exception {
        assertThat(UnifiedDiff.unquote("\"b/a\\1x.java\"")).isEqualTo("b/a1x.java");
    }

    @Test
    void anEmptyDiffIsAnEmptyChange() throws Exception {
        assertThat(parse("").files()).isEmpty();
    }

    @Test
    void aTruncatedHunkFailsNamingTheLine() {
        assertThatThrownBy(() -> parse("--- a/T.java\n+++ b/T.java\n@@ -1,3 +1,3 @@\n a\n"))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("line 5")
                .hasMessageContaining("truncated");
    }

    @Test
    void textThatIsNotADiffFails() {
        assertThatThrownBy(() -> parse("<html>not a diff</html>\n"))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("not a unified diff");
    }

    @Test
    void aBrokenHunkHeaderFails() {
        assertThatThrownBy(() -> parse("--- a/T.java\n+++ b/T.java\n@@ -x +y @@\n"))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining("hunk header");
    }

    @Test
    void aMissingDiffFileNamesTheFileAndTheFix(@TempDir Path dir) {
        Path file = dir.resolve("pr.diff");
        assertThatThrownBy(() -> UnifiedDiff.read(file, dir))
                .isInstanceOf(EvidenceException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("git diff");
    }

    @Test
    void aDiffFileIsReadAsUtf8(@TempDir Path dir) throws IOException, EvidenceException {
        Path file = dir.resolve("pr.diff");
        Files.writeString(file, "--- a/Ä.java\n+++ b/Ä.java\n@@ -0,0 +1 @@\n+x\n", StandardCharsets.UTF_8);
        ChangedLines c = UnifiedDiff.read(file, dir);
        assertThat(c.files()).containsOnlyKeys("Ä.java");
        assertThat(c.origin()).contains(file.toString());
        assertThat(c.root()).isEqualTo(dir);
    }

    @Test
    void missingChangeSaysWhy() {
        ChangedLines c = ChangedLines.missing("base ref origin/main", ROOT, "not fetched");
        assertThat(c.available()).isFalse();
        assertThat(c.files()).isEmpty();
        assertThat(c.binaryFiles()).isEqualTo(List.of());
    }
}
