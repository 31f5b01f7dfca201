package dev.readiness.evidence.coverage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.jacoco.core.JaCoCo;
import org.jacoco.core.analysis.IClassCoverage;

/**
 * A content-addressed store of JaCoCo analyses, keyed by JaCoCo's class id (the CRC64 of the class file), the JaCoCo
 * version and the entry format. An entry lets the next build compute the class's coverage from its probe array alone,
 * without analysing the class again (see {@link AnalysisEntry}).
 *
 * <p>Layout: {@code <root>/analysis/jacoco-<version>-v<format>/<millis>-<random>.pack}, where {@code <root>} is the
 * cache directory of all of readiness's caches. A pack holds many entries and is immutable: it is written to a
 * temporary file and moved into place atomically, so a reader sees a whole pack or none and needs no lock. A build
 * that analysed classes the packs did not hold writes them into one new pack; when there are more than
 * {@value #MAX_PACKS} packs, or they exceed the size limit, a build merges them into one (the entries it used first,
 * then the newest of the others while they fit) and deletes the packs it merged. A reader maps the packs it found when
 * it started; a pack deleted meanwhile (by another build's merge) is only a miss.
 *
 * <p>Each entry record carries the length and CRC-32C of the class file it was made from and a CRC-32C of itself: a
 * damaged, truncated or foreign record is ignored (and written again when the class is analysed again), never used.
 * An entry is only stored after it gave exactly JaCoCo's result for the build that wrote it.
 *
 * <p>One instance serves one analysis; it is thread-safe (the analysis threads share it).
 */
public final class AnalysisCache {
    /** The entry format; a new format is stored beside the old one. */
    static final int FORMAT = 3;

    /** Most packs kept before they are merged into one. */
    static final int MAX_PACKS = 8;

    private static final long MAGIC = 0x5244_4e53_504b_0003L; // "RDNSPK" + format
    private static final String SUFFIX = ".pack";
    private static final long STALE_TEMP_MILLIS = 60 * 60 * 1000L;
    /** classId, class length, class CRC-32C, payload length. */
    private static final int RECORD_HEADER = 8 + 4 + 4 + 4;

    private final Path cacheRoot;
    private final Path root;
    private final long maxBytes;
    private final ConcurrentLinkedQueue<byte[]> fresh = new ConcurrentLinkedQueue<>();
    private final Set<Long> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger unverified = new AtomicInteger();
    private final AtomicInteger evicted = new AtomicInteger();
    private final ClassIds classIds = new ClassIds();
    private volatile Index index;

    private AnalysisCache(Path cacheRoot, long maxBytes) {
        this.cacheRoot = cacheRoot.toAbsolutePath().normalize();
        this.root = this.cacheRoot
                .resolve("analysis")
                .resolve("jacoco-" + JaCoCo.VERSION.replaceAll("[^A-Za-z0-9._-]", "_") + "-v" + FORMAT);
        this.maxBytes = maxBytes;
    }

    /**
     * The analysis cache under readiness's cache directory {@code cacheRoot} (created when first written), which holds
     * at most about {@code maxBytes} for all kinds of cache together.
     */
    public static AnalysisCache at(Path cacheRoot, long maxBytes) {
        Objects.requireNonNull(cacheRoot, "cacheRoot");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes < 0: " + maxBytes);
        }
        return new AnalysisCache(cacheRoot, maxBytes);
    }

    /** The directory of this JaCoCo version's packs. */
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
        return coverage(classIds.classId(classBytes), classBytes, probes, name -> noMatch);
    }

    /**
     * The coverage of a class for these probes, evaluated straight from its entry's bytes (the warm path), or {@code
     * null} when the cache holds no usable entry for these bytes, or the probe array does not fit the class (both
     * counted as a miss: JaCoCo analyses the class).
     *
     * @param probes the class's probes, or {@code null} for a class without execution data
     * @param noMatch asked with the class name when {@code probes} is {@code null}: whether the execution data holds
     *     a different class of this name
     */
    IClassCoverage coverage(
            long classId, byte[] classBytes, boolean[] probes, java.util.function.Predicate<String> noMatch) {
        return coverage(classId, classBytes, classBytes.length, probes, noMatch, new Scratch());
    }

    /**
     * A buffer one analysis thread reuses for the records it reads, so that a warm build does not allocate a copy of
     * every record (the size of the pack) for the collector to clean up.
     */
    static final class Scratch {
        private byte[] buffer = new byte[16 * 1024];

        byte[] ensure(int length) {
            if (buffer.length < length) {
                buffer = new byte[Math.max(length, buffer.length * 2)];
            }
            return buffer;
        }
    }

    /**
     * {@link #coverage(long, byte[], boolean[], java.util.function.Predicate)} of the first {@code classLength} bytes of
     * {@code classBytes}, reading the record into {@code scratch}.
     */
    IClassCoverage coverage(
            long classId,
            byte[] classBytes,
            int classLength,
            boolean[] probes,
            java.util.function.Predicate<String> noMatch,
            Scratch scratch) {
        long location = index().find(classId);
        if (location < 0) {
            misses.incrementAndGet();
            return null;
        }
        int length = pack(location).checkedRecord((int) location, classId, classBytes, classLength, scratch);
        IClassCoverage coverage = null;
        if (length >= 0) {
            try {
                coverage = AnalysisEntry.coverage(
                        scratch.buffer, RECORD_HEADER, length - 4 - RECORD_HEADER, probes, noMatch);
                if (coverage == null) {
                    misses.incrementAndGet(); // a probe array of another length: JaCoCo decides what it means
                    return null;
                }
            } catch (IOException | RuntimeException e) {
                coverage = null;
            }
        }
        if (coverage == null || coverage.getId() != classId) {
            rejected.incrementAndGet();
            misses.incrementAndGet();
            return null;
        }
        hits.incrementAndGet();
        used.add(classId);
        return coverage;
    }

    // ---------------------------------------------------------------- reading

    /**
     * The entry of this class file, or {@code null} when there is none, or it is damaged, or it was made from other
     * bytes.
     */
    AnalysisEntry read(long classId, byte[] classBytes) {
        long location = index().find(classId);
        if (location < 0) {
            misses.incrementAndGet();
            return null;
        }
        AnalysisEntry entry = pack(location).entry((int) location, classId, classBytes);
        if (entry == null) {
            rejected.incrementAndGet();
            misses.incrementAndGet();
            return null;
        }
        hits.incrementAndGet();
        used.add(classId);
        return entry;
    }

    /** The pack an index location (pack number, offset) points into. */
    private Pack pack(long location) {
        return index().packs.get((int) (location >>> 32));
    }

    private Index index() {
        Index current = index;
        if (current == null) {
            synchronized (this) {
                current = index;
                if (current == null) {
                    current = Index.load(packFiles());
                    index = current;
                }
            }
        }
        return current;
    }

    /** The packs of this version, newest first (their names begin with the time they were written). */
    private List<Path> packFiles() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(root, "*" + SUFFIX)) {
            stream.forEach(files::add);
        } catch (IOException e) {
            return List.of(); // no cache yet, or unreadable: every class is a miss
        }
        files.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return files;
    }

    /** One mapped pack. */
    private static final class Pack {
        final Path file;
        final ByteBuffer data;

        Pack(Path file, ByteBuffer data) {
            this.file = file;
            this.data = data;
        }

        /** The record at {@code offset}, checked against its CRC-32C and the class file, or {@code null}. */
        AnalysisEntry entry(int offset, long classId, byte[] classBytes) {
            byte[] record = checkedRecord(offset, classId, classBytes);
            if (record == null) {
                return null;
            }
            try {
                AnalysisEntry entry = AnalysisEntry.decode(record, RECORD_HEADER, record.length - 4 - RECORD_HEADER);
                return entry.classId() == classId ? entry : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /**
         * The whole record at {@code offset} when its CRC-32C is right and it was made from a class file of this
         * id, length and CRC-32C; otherwise {@code null}.
         */
        byte[] checkedRecord(int offset, long classId, byte[] classBytes) {
            Scratch scratch = new Scratch();
            int length = checkedRecord(offset, classId, classBytes, classBytes.length, scratch);
            return length < 0 ? null : Arrays.copyOf(scratch.buffer, length);
        }

        /** {@link #checkedRecord(int, long, byte[])} into {@code scratch}: the record's length, or -1. */
        int checkedRecord(int offset, long classId, byte[] classBytes, int classLength, Scratch scratch) {
            byte[] record;
            int length;
            try {
                length = RECORD_HEADER + data.getInt(offset + 16) + 4;
                if (length < RECORD_HEADER + 4 || length > data.limit() - offset) {
                    return -1;
                }
                record = scratch.ensure(length);
                data.get(offset, record, 0, length);
            } catch (RuntimeException e) {
                return -1; // the pack changed under its mapping (it never should)
            }
            ByteBuffer in = ByteBuffer.wrap(record, 0, length);
            CRC32C check = new CRC32C();
            check.update(record, 0, length - 4);
            if ((int) check.getValue() != in.getInt(length - 4)
                    || in.getLong(0) != classId
                    || in.getInt(8) != classLength
                    || in.getInt(12) != crc32c(classBytes, classLength)) {
                return -1;
            }
            return length;
        }
        /** The whole record at {@code offset}, as it is stored. */
        byte[] rawRecord(int offset) {
            int payloadLength = data.getInt(offset + 16);
            byte[] record = new byte[RECORD_HEADER + payloadLength + 4];
            data.get(offset, record, 0, record.length);
            return record;
        }
    }

    /**
     * The packs found when the analysis started, and where each class id's record is: an open-addressing table from
     * class id to (pack number, offset). A class id in several packs is found in the newest.
     */
    private static final class Index {
        final List<Pack> packs;
        final long[] keys;
        final long[] values;
        final boolean[] taken;
        final int mask;

        private Index(List<Pack> packs, int capacity) {
            this.packs = packs;
            int size = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
            this.keys = new long[size];
            this.values = new long[size];
            this.taken = new boolean[size];
            this.mask = size - 1;
        }

        static Index load(List<Path> files) {
            List<Pack> packs = new ArrayList<>();
            List<int[]> offsets = new ArrayList<>();
            int total = 0;
            for (Path file : files) {
                ByteBuffer data = map(file);
                if (data == null) {
                    continue; // merged and deleted by another build meanwhile, or unreadable
                }
                int[] records = scan(data);
                packs.add(new Pack(file, data));
                offsets.add(records);
                total += records.length;
            }
            Index index = new Index(List.copyOf(packs), total);
            for (int p = 0; p < packs.size(); p++) {
                ByteBuffer data = packs.get(p).data;
                for (int offset : offsets.get(p)) {
                    index.putIfAbsent(data.getLong(offset), ((long) p << 32) | offset);
                }
            }
            return index;
        }

        private static ByteBuffer map(Path file) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = channel.size();
                if (size < 12 || size > Integer.MAX_VALUE) {
                    return null;
                }
                MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
                return mapped.order(ByteOrder.BIG_ENDIAN);
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        /**
         * The offsets of the pack's records; a length that runs past the end stops the scan (the records before it are
         * still checked one by one when used).
         */
        private static int[] scan(ByteBuffer data) {
            int limit = data.capacity();
            if (data.getLong(0) != MAGIC) {
                return new int[0];
            }
            int versionLength = data.getInt(8);
            if (versionLength < 0 || versionLength > 64 || 12 + versionLength > limit) {
                return new int[0];
            }
            byte[] version = new byte[versionLength];
            data.get(12, version);
            if (!new String(version, StandardCharsets.UTF_8).equals(JaCoCo.VERSION)) {
                return new int[0];
            }
            int[] offsets = new int[64];
            int count = 0;
            int offset = 12 + versionLength;
            while (offset + RECORD_HEADER + 4 <= limit) {
                int payloadLength = data.getInt(offset + 16);
                if (payloadLength < 0 || payloadLength > limit - offset - RECORD_HEADER - 4) {
                    break;
                }
                if (count == offsets.length) {
                    offsets = Arrays.copyOf(offsets, count * 2);
                }
                offsets[count++] = offset;
                offset += RECORD_HEADER + payloadLength + 4;
            }
            return Arrays.copyOf(offsets, count);
        }

        private void putIfAbsent(long key, long value) {
            int slot = slot(key);
            while (taken[slot]) {
                if (keys[slot] == key) {
                    return;
                }
                slot = (slot + 1) & mask;
            }
            taken[slot] = true;
            keys[slot] = key;
            values[slot] = value;
        }

        /** (pack number, offset) of the class id's record, or {@code -1}. */
        long find(long key) {
            int slot = slot(key);
            while (taken[slot]) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }
    }

    // ---------------------------------------------------------------- writing

    /** Counts an entry that was not stored because it did not give JaCoCo's result. */
    void notVerified() {
        unverified.incrementAndGet();
    }

    /**
     * Keeps the entry of this class file for the pack this analysis writes when it {@link #finish() finishes}; a
     * failure to write only means the next build analyses it again.
     */
    void write(AnalysisEntry entry, byte[] classBytes) {
        try {
            fresh.add(record(entry.classId(), classBytes.length, crc32c(classBytes), entry.encode()));
            used.add(entry.classId());
        } catch (IOException | RuntimeException e) {
            // not cached
        }
    }

    /** The first bytes of a pack: magic number with the format, and the JaCoCo version. */
    static byte[] header() {
        byte[] version = JaCoCo.VERSION.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(12 + version.length)
                .putLong(MAGIC)
                .putInt(version.length)
                .put(version)
                .array();
    }

    /** One entry as a pack stores it: class id, class file length and CRC-32C, payload, CRC-32C of all before. */
    static byte[] record(long classId, int classLength, int classCrc, byte[] payload) {
        ByteBuffer out = ByteBuffer.allocate(RECORD_HEADER + payload.length + 4);
        out.putLong(classId)
                .putInt(classLength)
                .putInt(classCrc)
                .putInt(payload.length)
                .put(payload);
        CRC32C check = new CRC32C();
        check.update(out.array(), 0, out.position());
        out.putInt((int) check.getValue());
        return out.array();
    }

    private static int crc32c(byte[] bytes) {
        return crc32c(bytes, bytes.length);
    }

    private static int crc32c(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /**
     * Writes the entries this analysis made into a new pack, then merges the packs when there are too many or they
     * exceed the size limit, and removes temporary files left by interrupted builds.
     */
    void finish() {
        List<byte[]> records = new ArrayList<>(fresh);
        fresh.clear();
        if (records.isEmpty()) {
            return; // a warm build writes nothing
        }
        try {
            Files.createDirectories(root);
            if (writePack(records) != null) {
                written.addAndGet(records.size());
            }
            maintain();
        } catch (IOException | RuntimeException e) {
            // not cached: read-only or full disk; the next build analyses these classes again
        }
    }

    /** Writes a pack atomically; its name sorts after every older pack's. */
    private Path writePack(List<byte[]> records) throws IOException {
        String name = String.format(
                Locale.ROOT,
                "%013d-%016x%s",
                System.currentTimeMillis(),
                ThreadLocalRandom.current().nextLong(),
                SUFFIX);
        Path file = root.resolve(name);
        Path temp = dev.readiness.evidence.CacheFiles.newTemporaryFile(root, "." + name);
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                out.write(header());
                for (byte[] record : records) {
                    out.write(record);
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file);
            }
            temp = null;
            return file;
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /**
     * Merges the packs into one when there are more than {@value #MAX_PACKS} or all caches exceed the limit: the
     * entries this analysis used first, then the others from the newest pack to the oldest while they fit.
     */
    private void maintain() throws IOException {
        record Found(Path path, long size) {}
        List<Found> packs = new ArrayList<>();
        long packBytes = 0;
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root)) {
            for (Path path : files) {
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(path, BasicFileAttributes.class);
                } catch (IOException e) {
                    continue; // removed meanwhile
                }
                String name = path.getFileName().toString();
                if (name.endsWith(".tmp") && now - attributes.lastModifiedTime().toMillis() > STALE_TEMP_MILLIS) {
                    deleteQuietly(path);
                } else if (name.endsWith(SUFFIX) && attributes.isRegularFile()) {
                    packs.add(new Found(path, attributes.size()));
                    packBytes += attributes.size();
                }
            }
        }
        long budget = Math.max(0, maxBytes - sizeOfOtherCaches());
        if (packs.size() <= MAX_PACKS && packBytes <= budget) {
            return;
        }
        packs.sort(Comparator.comparing((Found f) -> f.path().getFileName().toString())
                .reversed());
        Index all = Index.load(packs.stream().map(Found::path).toList());
        // what this build used, then the newest others; three quarters of the budget leave room for new packs
        long keep = budget - budget / 4;
        List<byte[]> kept = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        long size = 0;
        int dropped = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int p = 0; p < all.packs.size(); p++) {
                Pack pack = all.packs.get(p);
                for (int offset : Index.scan(pack.data)) {
                    long classId = pack.data.getLong(offset);
                    if ((pass == 0) != used.contains(classId) || taken.contains(classId)) {
                        continue;
                    }
                    byte[] record = pack.rawRecord(offset);
                    if (!intact(record)) {
                        continue;
                    }
                    if (size + record.length > keep) {
                        dropped++;
                        continue;
                    }
                    taken.add(classId);
                    kept.add(record);
                    size += record.length;
                }
            }
        }
        if (!kept.isEmpty()) {
            writePack(kept);
        }
        for (Pack pack : all.packs) {
            deleteQuietly(pack.file);
        }
        evicted.addAndGet(dropped);
    }

    private static boolean intact(byte[] record) {
        CRC32C check = new CRC32C();
        check.update(record, 0, record.length - 4);
        return (int) check.getValue() == ByteBuffer.wrap(record).getInt(record.length - 4);
    }

    /** The bytes of readiness's other caches (other kinds, other JaCoCo versions), which share the size limit. */
    private long sizeOfOtherCaches() {
        long[] total = new long[1];
        try (Stream<Path> files = Files.walk(cacheRoot)) {
            files.filter(f -> !f.startsWith(root)).forEach(f -> {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(f, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        total[0] += attributes.size();
                    }
                } catch (IOException e) {
                    // removed meanwhile
                }
            });
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return total[0];
    }

    private static boolean deleteQuietly(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return false; // another build holds or removed it
        }
    }
}
