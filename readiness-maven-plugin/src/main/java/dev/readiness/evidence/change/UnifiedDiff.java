package dev.readiness.evidence.change;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.text.SafeText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a unified diff ({@code git diff}, {@code diff -u}, GitHub's {@code .diff}) into {@link ChangedLines}: for
 * each file of the new side, the lines a {@code +} adds (an added or modified line; a modified line is a removed
 * line followed by an added one). Handles {@code /dev/null} (new and deleted files), renames and copies, binary
 * files, quoted paths, CRLF line ends and {@code \ No newline at end of file}; a {@code b/} prefix is removed when
 * the diff uses git's {@code a/}/{@code b/} prefixes. The hunk line counts are followed, so a content line that
 * starts with {@code ---} or {@code +++} is never mistaken for a file header. Stateless.
 */
public final class UnifiedDiff {
    private static final Pattern HUNK =
            Pattern.compile("^@@ -(\\d{1,10})(?:,(\\d{1,10}))? \\+(\\d{1,10})(?:,(\\d{1,10}))? @@.*");
    private static final Pattern GIT_HEADER = Pattern.compile("^diff --git (\"?a/.*) (\"?b/.*)$");
    /** Longest file this reader accepts: a diff is text written by a tool, not data. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private UnifiedDiff() {}

    /**
     * Reads the diff file {@code file}; its paths are relative to {@code root}.
     *
     * @throws EvidenceException when the file cannot be read or is not a unified diff
     */
    public static ChangedLines read(Path file, Path root) throws EvidenceException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new EvidenceException(
                        file,
                        "The diff file " + file + " (readiness.diffFile) is larger than " + MAX_BYTES / (1024 * 1024)
                                + " MB: write the diff of the change only (git diff <base>...HEAD).");
            }
            var decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder)) {
                return parse(in, "diff file " + file, root, file);
            }
        } catch (NoSuchFileException e) {
            throw new EvidenceException(
                    file,
                    "The diff file " + file + " (readiness.diffFile) does not exist: write it before mvn verify (e.g."
                            + " git diff origin/main...HEAD > " + file.getFileName()
                            + "), or set readiness.baseRef instead.",
                    e);
        } catch (IOException e) {
            throw new EvidenceException(
                    file, "Cannot read the diff file " + file + " (readiness.diffFile): " + e.getMessage() + ".", e);
        }
    }

    /** Parses diff text (for tests and for the diff JGit writes); {@code origin} names it in messages. */
    public static ChangedLines parse(String text, String origin, Path root) throws EvidenceException {
        try {
            return parse(new StringReader(text), origin, root, root);
        } catch (IOException e) {
            throw new IllegalStateException("a string reader does not fail", e);
        }
    }

    private static ChangedLines parse(Reader reader, String origin, Path root, Path file)
            throws IOException, EvidenceException {
        BufferedReader in = new BufferedReader(reader);
        Map<String, SortedSet<Integer>> files = new TreeMap<>();
        List<String> binary = new ArrayList<>();
        String gitNew = null; // the b/ path of the current "diff --git" section
        boolean gitPrefixes = false;
        String oldPath = null;
        String newPath = null; // null: /dev/null (deleted) or not yet seen
        boolean sawHeader = false;
        long lineNo = 0;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            line = stripCr(line);
            Matcher git = GIT_HEADER.matcher(line);
            if (git.matches()) {
                gitNew = stripPrefix(unquote(git.group(2)), "b/");
                gitPrefixes = true;
                oldPath = null;
                newPath = gitNew;
                sawHeader = true;
            } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
                newPath = unquote(line.substring(line.indexOf(" to ") + 4));
            } else if (line.startsWith("Binary files ") && line.endsWith(" differ")) {
                String path = gitNew != null ? gitNew : binaryPath(line);
                if (path != null && !line.contains(" and /dev/null differ")) {
                    binary.add(path);
                }
            } else if (line.equals("GIT binary patch")) {
                if (gitNew != null) {
                    binary.add(gitNew);
                }
            } else if (line.startsWith("--- ")) {
                oldPath = pathOf(line.substring(4));
                sawHeader = true;
            } else if (line.startsWith("+++ ")) {
                String raw = pathOf(line.substring(4));
                boolean prefixed = gitPrefixes || (oldPath != null && oldPath.startsWith("a/"));
                newPath = raw.equals("/dev/null") ? null : prefixed ? stripPrefix(raw, "b/") : raw;
                sawHeader = true;
            } else if (line.startsWith("@@ ")) {
                Matcher hunk = HUNK.matcher(line);
                if (!hunk.matches()) {
                    throw malformed(file, origin, lineNo, "a hunk header '" + SafeText.excerpt(line, 60) + "'");
                }
                long oldLeft = count(hunk.group(2));
                long newLeft = count(hunk.group(4));
                long next = Long.parseLong(hunk.group(3));
                SortedSet<Integer> lines =
                        newPath == null ? null : files.computeIfAbsent(newPath, p -> new TreeSet<>());
                while (oldLeft > 0 || newLeft > 0) {
                    String body = in.readLine();
                    lineNo++;
                    if (body == null) {
                        throw malformed(file, origin, lineNo, "the end of the input inside a hunk (truncated)");
                    }
                    body = stripCr(body);
                    char kind = body.isEmpty() ? ' ' : body.charAt(0); // some tools drop the blank of empty context
                    switch (kind) {
                        case ' ' -> {
                            oldLeft--;
                            newLeft--;
                            next++;
                        }
                        case '-' -> oldLeft--;
                        case '+' -> {
                            if (lines != null && next <= Integer.MAX_VALUE) {
                                lines.add((int) next);
                            }
                            newLeft--;
                            next++;
                        }
                        case '\\' -> {
                            // "\ No newline at end of file"
                        }
                        default ->
                            throw malformed(
                                    file,
                                    origin,
                                    lineNo,
                                    "a line that is not part of the hunk ('" + SafeText.excerpt(body, 40) + "')");
                    }
                    if (oldLeft < 0 || newLeft < 0) {
                        throw malformed(file, origin, lineNo, "more lines than the hunk header counts");
                    }
                }
                if (lines != null && lines.isEmpty()) {
                    files.remove(newPath); // only deletions
                }
            }
        }
        if (!sawHeader && lineNo > 0) {
            throw malformed(file, origin, lineNo, "no file header (--- / +++ or diff --git): not a unified diff");
        }
        return new ChangedLines(origin, root, files, binary, null);
    }

    private static long count(String group) {
        return group == null ? 1 : Long.parseLong(group);
    }

    private static EvidenceException malformed(Path file, String origin, long lineNo, String what) {
        return new EvidenceException(
                file,
                "The " + origin + " is not a valid unified diff: line " + lineNo + " holds " + what
                        + ". Write it with git diff (e.g. git diff origin/main...HEAD > pr.diff) or diff -u.");
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The path of a {@code ---}/{@code +++} line: quoted, or up to a tab (diff -u writes the time after it). */
    private static String pathOf(String text) {
        if (text.startsWith("\"")) {
            return unquote(text);
        }
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).strip();
    }

    private static String stripPrefix(String path, String prefix) {
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    /** {@code Binary files a/x.png and b/x.png differ} → {@code x.png} (the new side). */
    private static String binaryPath(String line) {
        String inner = line.substring("Binary files ".length(), line.length() - " differ".length());
        int and = inner.lastIndexOf(" and ");
        if (and < 0) {
            return null;
        }
        return stripPrefix(unquote(inner.substring(and + 5)), "b/");
    }

    private static boolean octal(char c) {
        return c >= '0' && c <= '7';
    }

    /** Git's C-style quoted path ({@code "b/na\303\257ve.java"}), or the text as it is. */
    static String unquote(String text) {
        if (text.length() < 2 || !text.startsWith("\"")) {
            return text;
        }
        int end = text.lastIndexOf('"');
        String body = text.substring(1, end > 0 ? end : text.length());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            char e = body.charAt(++i);
            if (i + 2 < body.length()
                    && octal(body.charAt(i))
                    && octal(body.charAt(i + 1))
                    && octal(body.charAt(i + 2))) {
                bytes.write(Integer.parseInt(body.substring(i, i + 3), 8));
                i += 2;
            } else {
                bytes.write(
                        switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> e;
                        });
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
