package dev.readiness.evidence.docs;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The parse result of each source file, kept between builds in the subdirectory {@value #SUBDIRECTORY} of readiness's
 * cache directory, so that an unchanged file is not parsed again.
 *
 * <p>An entry is found by a SHA-256 of the file's bytes and of everything else its result depends on: the parser's
 * options (language level, encoding), the Java runtime that parses, and the bytes of the scanner's own classes (a
 * readiness version that counts differently never reads an entry of another). Only files that parsed are cached.
 *
 * <p>Entries are written to a temporary file and moved into place, so a reader sees a whole entry or none, and need no
 * lock. Every entry carries its key and a CRC-32C of its content: an entry that is truncated, damaged or not ours is
 * ignored (the file is parsed and the entry written again). A cache directory that cannot be written only costs the
 * parse; the result is the same with and without the cache. When the cache directory as a whole grows past its size
 * limit, the oldest entries of this kind are deleted.
 *
 * <p>Instances are immutable and may be used from several threads.
 */
public final class DocumentationCache {
    /** Subdirectory of the cache root; a new entry format gets a new name. */
    public static final String SUBDIRECTORY = "javadoc-v1";

    private static final int MAGIC = 0x52444a31; // "RDJ1"
    private static final String SUFFIX = ".bin";
    private static final int KEY_BYTES = 32;
    /** Entries larger than this are not ours (a type with this much API does not occur in a source file). */
    private static final int MAX_ENTRY_BYTES = 16 << 20;
    /** After a size cut, the directory is trimmed to this share of its limit, so that the next run writes freely. */
    private static final double TRIM_TO = 0.9;

    /** Hex SHA-256 of the scanner's class files (a String: no mutable static state). */
    private static final String SCANNER_DIGEST = scannerDigest();

    private final Path root;
    private final Path directory;
    private final long maxBytes;

    private DocumentationCache(Path root, long maxBytes) {
        this.root = root;
        this.directory = root.resolve(SUBDIRECTORY);
        this.maxBytes = maxBytes;
    }

    /**
     * The cache under a cache root.
     *
     * @param root readiness's cache directory (the entries go into its subdirectory {@value #SUBDIRECTORY})
     * @param maxBytes the size limit of the whole root, in bytes; more than 0
     * @return the cache
     */
    public static DocumentationCache at(Path root, long maxBytes) {
        Objects.requireNonNull(root, "root");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        return new DocumentationCache(root.toAbsolutePath().normalize(), maxBytes);
    }

    /** The directory of the entries. */
    public Path directory() {
        return directory;
    }

    /** The key of a file's content under the scanner's settings. */
    static byte[] key(byte[] content, String settings) {
        MessageDigest sha = sha256();
        sha.update(String.valueOf(SCANNER_DIGEST).getBytes(StandardCharsets.US_ASCII));
        sha.update(settings.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(content);
        return sha.digest();
    }

    /** The settings part of a key: what the result depends on besides the file's bytes. */
    static String settings(List<String> parserOptions, Charset encoding) {
        return "javadoc-v1\0" + Runtime.version() + "\0" + String.join(" ", parserOptions) + "\0" + encoding.name();
    }

    /**
     * The cached types of a file, or {@code null} when there is no usable entry.
     *
     * @param key the key of the file's content
     * @param file the file, which the returned types name
     */
    List<ClassDocumentation> get(byte[] key, Path file) {
        Path entry = entry(key);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(entry) || Files.size(entry) > MAX_ENTRY_BYTES) {
                return null;
            }
            bytes = Files.readAllBytes(entry);
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return null;
        }
        try {
            return decode(bytes, key, file);
        } catch (IOException | RuntimeException e) {
            return null; // damaged or foreign: parsed again and rewritten
        }
    }

    /**
     * Stores the types of a file; a failure to write leaves the cache as it was.
     *
     * @return true when the entry was written
     */
    boolean put(byte[] key, List<ClassDocumentation> classes) {
        Path entry = entry(key);
        Path temp = null;
        try {
            Files.createDirectories(entry.getParent());
            temp = dev.readiness.evidence.CacheFiles.newTemporaryFile(entry.getParent(), "." + entry.getFileName());
            Files.write(temp, encode(key, classes));
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            return true;
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return false;
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException | SecurityException e) {
                    // a stray temporary file is removed by a later trim
                }
            }
        }
    }

    /**
     * Deletes the oldest entries of this kind while the whole cache root is larger than its limit. Best effort: what
     * cannot be listed or deleted stays.
     */
    void trim() {
        try {
            long total = sizeOf(root);
            if (total <= maxBytes) {
                return;
            }
            List<Path> entries;
            try (Stream<Path> files = Files.walk(directory, 2)) {
                entries = files.filter(p -> isEntryName(p) || isTempName(p))
                        .filter(Files::isRegularFile)
                        .toList();
            }
            List<Aged> aged = new ArrayList<>();
            for (Path p : entries) {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    aged.add(new Aged(p, a.lastModifiedTime().toMillis(), a.size()));
                } catch (IOException e) {
                    // gone meanwhile
                }
            }
            aged.sort(Comparator.comparingLong(Aged::modified)
                    .thenComparing(a -> a.file().toString()));
            long target = (long) (maxBytes * TRIM_TO);
            for (Aged a : aged) {
                if (total <= target) {
                    break;
                }
                if (Files.deleteIfExists(a.file())) {
                    total -= a.size();
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // an unreadable cache directory is simply not trimmed
        }
    }

    private record Aged(Path file, long modified, long size) {}

    private static long sizeOf(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long[] total = new long[1];
        Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                total[0] += attrs.size();
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException exc) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return total[0];
    }

    private static boolean isEntryName(Path p) {
        String name = p.getFileName().toString();
        return name.length() == 2 * KEY_BYTES + SUFFIX.length() && name.endsWith(SUFFIX);
    }

    private static boolean isTempName(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".tmp") && name.contains(SUFFIX);
    }

    private Path entry(byte[] key) {
        String hex = HexFormat.of().formatHex(key);
        return directory.resolve(hex.substring(0, 2)).resolve(hex + SUFFIX);
    }

    /** The number of entries in the cache directory (for tests and diagnostics). */
    long entries() {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory, 2)) {
            return files.filter(DocumentationCache::isEntryName).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    static byte[] encode(byte[] key, List<ClassDocumentation> classes) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(payload)) {
            out.writeInt(classes.size());
            for (ClassDocumentation c : classes) {
                writeString(out, c.className());
                out.writeLong(c.documented());
                out.writeLong(c.total());
                out.writeInt(c.undocumented().size());
                for (UndocumentedElement u : c.undocumented()) {
                    writeString(out, u.kind());
                    writeString(out, u.signature());
                    out.writeInt(u.line());
                }
            }
        }
        byte[] body = payload.toByteArray();
        CRC32C crc = new CRC32C();
        crc.update(key);
        crc.update(body);
        ByteBuffer entry = ByteBuffer.allocate(4 + KEY_BYTES + 4 + body.length + 4);
        entry.putInt(MAGIC).put(key).putInt(body.length).put(body).putInt((int) crc.getValue());
        return entry.array();
    }

    static List<ClassDocumentation> decode(byte[] bytes, byte[] key, Path file) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < 4 + KEY_BYTES + 4 + 4 || in.getInt() != MAGIC) {
            throw new IOException("not an entry");
        }
        byte[] stored = new byte[KEY_BYTES];
        in.get(stored);
        if (!Arrays.equals(stored, key)) {
            throw new IOException("an entry of another key");
        }
        int length = in.getInt();
        if (length < 0 || length != bytes.length - (4 + KEY_BYTES + 4 + 4)) {
            throw new IOException("truncated");
        }
        CRC32C crc = new CRC32C();
        crc.update(key);
        crc.update(bytes, 4 + KEY_BYTES + 4, length);
        int expected = ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt();
        if ((int) crc.getValue() != expected) {
            throw new IOException("checksum mismatch");
        }
        try (DataInputStream data =
                new DataInputStream(new java.io.ByteArrayInputStream(bytes, 4 + KEY_BYTES + 4, length))) {
            int count = nonNegative(data.readInt());
            List<ClassDocumentation> classes = new ArrayList<>(Math.min(count, 1024));
            for (int i = 0; i < count; i++) {
                String className = readString(data);
                long documented = data.readLong();
                long total = data.readLong();
                int undocumentedCount = nonNegative(data.readInt());
                List<UndocumentedElement> undocumented = new ArrayList<>(Math.min(undocumentedCount, 1024));
                for (int j = 0; j < undocumentedCount; j++) {
                    undocumented.add(new UndocumentedElement(readString(data), readString(data), data.readInt()));
                }
                classes.add(new ClassDocumentation(className, file, documented, total, undocumented));
            }
            if (data.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return List.copyOf(classes);
        }
    }

    private static int nonNegative(int n) throws IOException {
        if (n < 0) {
            throw new IOException("negative count");
        }
        return n;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = nonNegative(in.readInt());
        if (length > in.available()) {
            throw new EOFException("string past the end");
        }
        byte[] b = in.readNBytes(length);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * SHA-256 of the class files of the scanner: what it counts, and how, is part of every key. {@code null} when they
     * cannot be read, and then nothing is cached.
     */
    private static String scannerDigest() {
        MessageDigest sha = sha256();
        for (String name :
                List.of("SourceScanner.class", "SourceScanner$UnitWalker.class", "DocumentationCache.class")) {
            try (InputStream in = DocumentationCache.class.getResourceAsStream(name)) {
                if (in == null) {
                    return null;
                }
                sha.update(in.readAllBytes());
            } catch (IOException e) {
                return null;
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** False when the scanner's class files cannot be read: without them no key is safe, so nothing is cached. */
    boolean usable() {
        return SCANNER_DIGEST != null;
    }
}
