package dev.readiness.evidence.coverage;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;
import org.jacoco.core.JaCoCo;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.internal.data.CRC64;

/**
 * A content-addressed store of JaCoCo analyses, one file per class, keyed by JaCoCo's class id (the CRC64 of the
 * class file), the JaCoCo version and the entry format. An entry lets the next build compute the class's coverage
 * from its probe array alone, without analysing the class again (see {@link AnalysisEntry}).
 *
 * <p>Layout: {@code <directory>/jacoco-<version>-v<format>/<first two hex digits>/<class id>.entry}. Entries are
 * written to a temporary file and moved into place atomically, so a reader sees a whole entry or none and needs no
 * lock; builds running at the same time may write the same entry, with the same content. Each entry carries the
 * length and CRC-32C of the class file it was made from and a CRC-32C of itself: a damaged, truncated or foreign file
 * is ignored (and replaced when the class is analysed again), never used. An entry is only stored after it gave
 * exactly JaCoCo's result for the build that wrote it.
 *
 * <p>The size is bounded per shard (a 256th of the limit each): when a build has written into a shard that has grown
 * past its share, the oldest entries of that shard are deleted.
 *
 * <p>One instance serves one analysis; it is thread-safe (the analysis threads share it).
 */
public final class AnalysisCache {
    /** The entry format; a new format is stored beside the old one, which ages out. */
    static final int FORMAT = 1;

    private static final String MAGIC = "RDNSAC\u0001\n";
    private static final String SUFFIX = ".entry";
    private static final int SHARDS = 256;
    private static final long STALE_TEMP_MILLIS = 60 * 60 * 1000L;

    private final Path root;
    private final long maxBytes;
    private final Set<Path> touchedShards = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unverified = new AtomicInteger();
    private final AtomicInteger evicted = new AtomicInteger();

    private AnalysisCache(Path directory, long maxBytes) {
        this.root = directory
                .toAbsolutePath()
                .normalize()
                .resolve("jacoco-" + JaCoCo.VERSION.replaceAll("[^A-Za-z0-9._-]", "_") + "-v" + FORMAT);
        this.maxBytes = maxBytes;
    }

    /**
     * A cache in {@code directory} (created when first written), holding at most about {@code maxBytes} of entries.
     */
    public static AnalysisCache at(Path directory, long maxBytes) {
        Objects.requireNonNull(directory, "directory");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        }
        return new AnalysisCache(directory, maxBytes);
    }

    /** The directory of this JaCoCo version's entries. */
    public Path root() {
        return root;
    }

    /** What the cache did for one analysis. */
    public record Statistics(int hits, int misses, int rejected, int written, int unverified, int evicted) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d hits, %d misses (%d damaged or foreign entries ignored), %d written, %d not cached (differed"
                            + " from JaCoCo), %d evicted",
                    hits,
                    misses,
                    rejected,
                    written,
                    unverified,
                    evicted);
        }
    }

    public Statistics statistics() {
        return new Statistics(hits.get(), misses.get(), rejected.get(), written.get(), unverified.get(), evicted.get());
    }

    /**
     * The coverage of a class built from its entry for these probes, as the analysis uses it, or {@code null} when the
     * cache holds no usable entry for these bytes: for tools that compare it with JaCoCo's own analysis.
     *
     * @param probes the class's probes, or {@code null} for a class without execution data
     * @param noMatch whether the execution data holds a different class of this name
     */
    public IClassCoverage coverageOf(byte[] classBytes, boolean[] probes, boolean noMatch) {
        AnalysisEntry entry = read(CRC64.classId(classBytes), classBytes);
        return entry == null || !entry.accepts(probes) ? null : entry.toCoverage(probes, noMatch);
    }

    Path fileOf(long classId) {
        String hex = String.format(Locale.ROOT, "%016x", classId);
        return root.resolve(hex.substring(0, 2)).resolve(hex + SUFFIX);
    }

    /**
     * The entry of this class file, or {@code null} when there is none, or it is damaged, or it was made from other
     * bytes.
     */
    AnalysisEntry read(long classId, byte[] classBytes) {
        byte[] data;
        try {
            data = Files.readAllBytes(fileOf(classId));
        } catch (NoSuchFileException e) {
            misses.incrementAndGet();
            return null;
        } catch (IOException | RuntimeException e) {
            return rejected();
        }
        AnalysisEntry entry = parse(data, classId, classBytes);
        if (entry == null) {
            return rejected();
        }
        hits.incrementAndGet();
        return entry;
    }

    private AnalysisEntry rejected() {
        rejected.incrementAndGet();
        misses.incrementAndGet();
        return null;
    }

    private static AnalysisEntry parse(byte[] data, long classId, byte[] classBytes) {
        byte[] magic = MAGIC.getBytes(StandardCharsets.ISO_8859_1);
        int headerEnd = magic.length;
        if (data.length < headerEnd + 4 * 4 || !Arrays.equals(data, 0, headerEnd, magic, 0, headerEnd)) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        CRC32C check = new CRC32C();
        check.update(data, 0, data.length - 4);
        if ((int) check.getValue() != buffer.getInt(data.length - 4)) {
            return null;
        }
        buffer.position(headerEnd);
        int versionLength = buffer.getInt();
        if (versionLength < 0 || versionLength > 64 || buffer.remaining() < versionLength + 16) {
            return null;
        }
        String version = new String(data, buffer.position(), versionLength, StandardCharsets.UTF_8);
        buffer.position(buffer.position() + versionLength);
        if (!version.equals(JaCoCo.VERSION)
                || buffer.getInt() != classBytes.length
                || buffer.getInt() != crc32c(classBytes)) {
            return null;
        }
        int payloadLength = buffer.getInt();
        if (payloadLength < 0 || payloadLength != buffer.remaining() - 4) {
            return null;
        }
        try {
            AnalysisEntry entry = AnalysisEntry.decode(
                    Arrays.copyOfRange(data, buffer.position(), buffer.position() + payloadLength));
            return entry.classId() == classId ? entry : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Counts an entry that was not stored because it did not give JaCoCo's result. */
    void notVerified() {
        unverified.incrementAndGet();
    }

    /** Stores the entry of this class file; a failure to write only means the next build analyses it again. */
    void write(AnalysisEntry entry, byte[] classBytes) {
        Path file = fileOf(entry.classId());
        Path shard = file.getParent();
        Path temp = null;
        try {
            byte[] data = serialize(entry, classBytes);
            Files.createDirectories(shard);
            temp = Files.createTempFile(shard, "." + file.getFileName(), ".tmp");
            Files.write(temp, data);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            written.incrementAndGet();
            touchedShards.add(shard);
        } catch (IOException | RuntimeException e) {
            // not cached: read-only or full disk, or a concurrent eviction removed the shard
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the next eviction of this shard removes it
                }
            }
        }
    }

    static byte[] serialize(AnalysisEntry entry, byte[] classBytes) throws IOException {
        byte[] payload = entry.encode();
        byte[] version = JaCoCo.VERSION.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC.getBytes(StandardCharsets.ISO_8859_1));
            out.writeInt(version.length);
            out.write(version);
            out.writeInt(classBytes.length);
            out.writeInt(crc32c(classBytes));
            out.writeInt(payload.length);
            out.write(payload);
            CRC32C check = new CRC32C();
            byte[] sofar = bytes.toByteArray();
            check.update(sofar, 0, sofar.length);
            out.writeInt((int) check.getValue());
        }
        return bytes.toByteArray();
    }

    private static int crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }

    /**
     * Keeps each shard this analysis wrote into within its share of the size limit, deleting its oldest entries
     * first, and removes temporary files left by interrupted builds.
     */
    void evict() {
        long perShard = maxBytes / SHARDS;
        for (Path shard : touchedShards) {
            evict(shard, perShard);
        }
        touchedShards.clear();
    }

    private void evict(Path shard, long limit) {
        record Found(Path path, long size, long modified) {}
        List<Found> entries = new ArrayList<>();
        long total = 0;
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
            for (Path path : files) {
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(path, BasicFileAttributes.class);
                } catch (IOException e) {
                    continue; // removed meanwhile
                }
                String name = path.getFileName().toString();
                long modified = attributes.lastModifiedTime().toMillis();
                if (name.endsWith(".tmp") && now - modified > STALE_TEMP_MILLIS) {
                    deleteQuietly(path);
                } else if (name.endsWith(SUFFIX) && attributes.isRegularFile()) {
                    entries.add(new Found(path, attributes.size(), modified));
                    total += attributes.size();
                }
            }
        } catch (IOException e) {
            return; // the shard is unreadable or gone: nothing to bound
        }
        if (total <= limit) {
            return;
        }
        entries.sort(Comparator.comparingLong(Found::modified).thenComparing(Found::path));
        for (Found found : entries) {
            if (total <= limit) {
                break;
            }
            if (deleteQuietly(found.path())) {
                evicted.incrementAndGet();
            }
            total -= found.size();
        }
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            return false; // another build holds or removed it
        }
    }
}
