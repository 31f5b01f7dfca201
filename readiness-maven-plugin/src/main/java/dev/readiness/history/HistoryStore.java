package dev.readiness.history;

import dev.readiness.text.SafeText;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The history file: JSON Lines, one {@link HistoryRecord} per line, append-only, safe for concurrent builds.
 *
 * <h2>Writing</h2>
 * Every access holds an OS file lock ({@link FileChannel#tryLock}) on a lock file, so builds in other JVMs wait for
 * each other. The lock file is not next to the history file (which users commit, so the source tree stays clean) but
 * in a directory of the user's own under {@code java.io.tmpdir} ({@code readiness-locks-<user>}), named by a hash of
 * the history file's real path ({@code history-<sha256>.lock}): every module, thread and JVM that writes the same
 * history file (two modules sharing one through {@code readiness.historyFile}, {@code mvn -T}, builds side by side)
 * derives the same lock file, whatever the spelling of the path, and different history files never wait for each
 * other. The lock file is locked rather than the history file itself because compaction replaces the history file by
 * a rename: a lock on the old file would not exclude a writer of the new one. It is never deleted: a process waiting
 * for the lock holds an open channel on it, and a deleted lock file would let the next process lock a new file while
 * the waiting one locks the old — two writers at once. JVMs that share a history file must share
 * {@code java.io.tmpdir} (the default on one machine).
 *
 * <p>A record is serialised first and then written with one buffer of the whole line, {@code \n} included, at the end
 * of the file, and forced to disk before the lock is released. If the file does not end with {@code \n} (a writer died
 * mid-line), the record starts on a fresh line so it is not glued to the torn one. A failed write is truncated back,
 * so a line is written whole or not at all.
 *
 * <h2>Threads of one JVM</h2>
 * On Linux and macOS, file locks belong to the process, and closing <em>any</em> channel on the lock file releases
 * them, even a lock another thread still holds (see "Platform dependencies" in {@link FileLock}): a thread that merely
 * tried the lock and closed its channel would let another JVM in, and a record would be overwritten. So the threads of
 * one JVM take turns on the monitor of the interned string {@code "dev.readiness.history.lock:" + <real path of the
 * lock file>} before they open the lock file. The string pool is shared by the whole JVM and by every class loader
 * (two Maven plugin realms included), so no static field is needed. Waiting for another JVM is bounded by the lock
 * timeout; waiting for a thread of the same JVM is bounded by that thread's own lock timeout and its short I/O.
 *
 * <h2>Reading</h2>
 * A line that is torn, corrupt or not a record is skipped with a warning naming the file and line number; it never
 * makes other records unreadable. Unknown fields are ignored. Blank lines are skipped silently. Reading takes a
 * shared lock when the directory is writable, so it never sees a half-written last line of a running build.
 *
 * <h2>What is refused</h2>
 * The history is committed, and git commits symbolic links: a history or lock file that is a symbolic link, or not a
 * regular file (a FIFO would block the build forever, a device or directory makes no sense), is refused with an
 * {@link IOException} naming it, before it is opened; so is a lock directory that is a symbolic link, not a directory,
 * or writable by others (POSIX); so is a history file inside the project directory whose real
 * path leaves it (a linked parent directory). Files are opened without following links. A record longer than
 * {@value #MAX_LINE_BYTES} bytes, which the reader would skip, is refused instead of written. Warnings about
 * unreadable lines never quote the line.
 *
 * <h2>Retention</h2>
 * {@link #append(HistoryRecord, int)} with a limit keeps the last {@code limit} records: under the lock, they are
 * copied byte for byte (fields of newer versions kept) into a temporary file in the same directory, which then
 * replaces the history file by an atomic rename. Unreadable lines are dropped by compaction.
 *
 * <p>Instances hold no mutable state and can be shared between threads.
 */
public final class HistoryStore {
    /** How long {@link #append} and {@link #read} wait for another build to release the file by default. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    /** Lines longer than this are skipped without being buffered; a real record is a few kilobytes. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private static final String MONITOR_PREFIX = "dev.readiness.history.lock:";
    private static final long MAX_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Path file;
    private final Path boundary;
    private final Path lockDirectory;
    private final Duration lockTimeout;
    private final HistoryJson json = new HistoryJson();
    private final Runnable whileLocked;

    /** A store on {@code file}, waiting at most {@link #DEFAULT_LOCK_TIMEOUT} for other builds. */
    public HistoryStore(Path file) {
        this(file, DEFAULT_LOCK_TIMEOUT);
    }

    /**
     * A store on {@code file}.
     *
     * @param file the history file; it and its parent directories are created by the first append
     * @param lockTimeout how long to wait for another build holding the lock before failing
     */
    public HistoryStore(Path file, Duration lockTimeout) {
        this(file, null, lockTimeout, () -> {});
    }

    /**
     * A store on {@code file} that refuses to follow links out of {@code projectDir}: when the file is inside the
     * project directory as written, its real path must be too.
     *
     * @param file the history file
     * @param projectDir the project (or reactor root) directory, or {@code null} for no such check
     */
    public HistoryStore(Path file, Path projectDir) {
        this(file, projectDir, DEFAULT_LOCK_TIMEOUT, () -> {});
    }

    /** For tests: {@code whileLocked} runs each time the lock has been taken, before the file is touched. */
    HistoryStore(Path file, Duration lockTimeout, Runnable whileLocked) {
        this(file, null, lockTimeout, whileLocked, defaultLockDirectory());
    }

    /** For tests: a store whose lock files are in {@code lockDirectory} instead of the default. */
    static HistoryStore withLockDirectory(Path file, Path lockDirectory) {
        return new HistoryStore(file, null, DEFAULT_LOCK_TIMEOUT, () -> {}, lockDirectory);
    }

    private HistoryStore(Path file, Path projectDir, Duration lockTimeout, Runnable whileLocked) {
        this(file, projectDir, lockTimeout, whileLocked, defaultLockDirectory());
    }

    private HistoryStore(Path file, Path projectDir, Duration lockTimeout, Runnable whileLocked, Path lockDirectory) {
        this.whileLocked = Objects.requireNonNull(whileLocked, "whileLocked");
        this.lockDirectory = Objects.requireNonNull(lockDirectory, "lockDirectory")
                .toAbsolutePath()
                .normalize();
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        this.boundary = projectDir == null ? null : projectDir.toAbsolutePath().normalize();
        this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lockTimeout must not be negative: " + lockTimeout);
        }
        if (this.file.getFileName() == null || this.file.getParent() == null) {
            throw new IllegalArgumentException("history file must be a file path, was " + file);
        }
    }

    /** The history file. */
    public Path file() {
        return file;
    }

    /**
     * The directory of the lock files by default: {@code readiness-locks-<user>} under {@code java.io.tmpdir}, outside
     * every project, one per user (a user name other than letters, digits, {@code . _ -} is replaced by a hash).
     */
    public static Path defaultLockDirectory() {
        String user = System.getProperty("user.name", "");
        String name = user.matches("[A-Za-z0-9._-]{1,64}") && !user.startsWith(".") ? user : "u" + sha256(user, 16);
        return Path.of(System.getProperty("java.io.tmpdir")).resolve("readiness-locks-" + name);
    }

    /**
     * The file whose lock guards the history file: in the lock directory, named by a hash of the history file's real
     * path (its directory's real path when the file does not exist yet), so every spelling of the path gives the same
     * lock file.
     */
    public Path lockFile() {
        Path real;
        try {
            real = file.getParent().toRealPath().resolve(file.getFileName());
        } catch (IOException e) {
            real = file; // no directory yet: nothing to lock until an append creates it
        }
        return lockDirectory.resolve("history-" + sha256(real.toString(), 32) + ".lock");
    }

    private static String sha256(String text, int hexDigits) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * Appends one record as one whole line, under the lock, creating the file and its parent directories if needed.
     *
     * @throws IOException when the file cannot be written, or another build holds the lock longer than the timeout
     */
    public void append(HistoryRecord record) throws IOException {
        append(record, 0);
    }

    /**
     * Appends one record, then, when the file holds more than {@code limit} records, keeps only the last
     * {@code limit}; all under one lock.
     *
     * @param limit how many records to keep; 0 keeps all
     * @throws IOException when the file cannot be written, or another build holds the lock longer than the timeout
     */
    public void append(HistoryRecord record, int limit) throws IOException {
        Objects.requireNonNull(record, "record");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 (unlimited) or more, was " + limit);
        }
        byte[] line = json.toLine(record);
        if (line.length > MAX_LINE_BYTES) {
            throw new IOException(String.format(
                    Locale.ROOT,
                    "Cannot record this assessment in the history file %s: its record is %d bytes, more than the %d"
                            + " bytes a history line may hold, so it could never be read back. Configure fewer gates"
                            + " or shorter gate ids, or set readiness.skipHistory=true.",
                    file,
                    line.length,
                    MAX_LINE_BYTES));
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new IOException(
                    "Cannot create the directory of the history file " + file + ": " + describe(e)
                            + ". Check its permissions or set readiness.historyFile to a writable location.",
                    e);
        }
        checkLocation();
        checkFiles();
        withLock(false, () -> {
            checkFiles();
            appendLine(line);
            if (limit > 0) {
                compact(limit);
            }
            return null;
        });
    }

    /**
     * Reads every readable record. A missing file is an empty history without warnings.
     *
     * @throws IOException when the file exists but cannot be read, or another build holds the lock longer than the
     *     timeout
     */
    public HistoryRead read() throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new HistoryRead(List.of(), List.of());
        }
        checkLocation();
        checkFiles();
        try {
            return withLock(true, () -> {
                checkFiles();
                return scan().read();
            });
        } catch (RefusedFileException e) {
            throw e;
        } catch (FileSystemException | LockUnavailableException e) {
            // Only opening the lock file or creating its directory throws these (read errors are wrapped): where no
            // lock can be taken, no build can be writing either. Read without the lock.
            return scan().read();
        }
    }

    /** A history or lock file that is refused (a link, not a regular file, or outside the project). */
    static final class RefusedFileException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedFileException(String message) {
            super(message);
        }
    }

    /** The lock directory cannot be created: a read goes on without the lock, an append fails. */
    static final class LockUnavailableException extends IOException {
        private static final long serialVersionUID = 1L;

        LockUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Refuses a history file inside the project whose real path is not (a symbolic link in its path). */
    private void checkLocation() throws IOException {
        if (boundary == null || !file.startsWith(boundary) || !Files.isDirectory(file.getParent())) {
            return;
        }
        Path realParent = file.getParent().toRealPath();
        Path realBoundary = boundary.toRealPath();
        if (!realParent.startsWith(realBoundary)) {
            throw new RefusedFileException("The history file " + file + " is in " + realParent
                    + " once symbolic links are followed, outside the project directory " + realBoundary
                    + ": refused, so a build never writes outside the project. Replace the linked directory by a"
                    + " real one, or set readiness.historyFile to the file's real location.");
        }
    }

    /** Refuses a history or lock file that is a symbolic link or exists but is not a regular file. */
    private void checkFiles() throws IOException {
        checkFile(file, "history file");
        checkFile(lockFile(), "history lock file");
    }

    private static void checkFile(Path path, String what) throws IOException {
        if (Files.isSymbolicLink(path)) {
            throw new RefusedFileException("The " + what + " " + path + " is a symbolic link: refused, so that a"
                    + " committed link cannot make the build read or write a file outside the project. Replace it"
                    + " by a regular file (git rm it; the next build starts a new one), or set readiness.historyFile"
                    + " to the real file.");
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedFileException("The " + what + " " + path + " is not a regular file (a directory, FIFO,"
                    + " socket or device): refused, reading it could block the build. Remove it, or set"
                    + " readiness.historyFile to a regular file.");
        }
    }

    // ---------------------------------------------------------------------------------------------------- writing

    private void appendLine(byte[] line) throws IOException {
        try (FileChannel channel = FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            long size = channel.size();
            boolean freshLine = size > 0 && lastByte(channel, size) != '\n';
            ByteBuffer buffer = ByteBuffer.allocate(line.length + (freshLine ? 1 : 0));
            if (freshLine) {
                // The previous writer died mid-line: do not glue this record to its torn line.
                buffer.put((byte) '\n');
            }
            buffer.put(line).flip();
            try {
                long position = size;
                while (buffer.hasRemaining()) {
                    position += channel.write(buffer, position);
                }
                channel.force(false);
            } catch (IOException e) {
                truncateQuietly(channel, size, e);
                throw e;
            }
        } catch (IOException e) {
            throw new IOException(
                    "Cannot append to the history file " + file + ": " + describe(e)
                            + ". Check free disk space and permissions, or set readiness.historyFile to a writable"
                            + " file; the file was left as it was.",
                    e);
        }
    }

    private static int lastByte(FileChannel channel, long size) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        while (one.hasRemaining()) {
            if (channel.read(one, size - 1) < 0) {
                return -1;
            }
        }
        return one.get(0);
    }

    private static void truncateQuietly(FileChannel channel, long size, IOException failure) {
        try {
            channel.truncate(size);
            channel.force(false);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private void compact(int limit) throws IOException {
        Scan scan = scan();
        if (scan.lines.size() <= limit) {
            return;
        }
        List<byte[]> kept = scan.lines.subList(scan.lines.size() - limit, scan.lines.size());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
        try {
            copyPermissions(temp);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream stream = Channels.newOutputStream(out);
                for (byte[] line : kept) {
                    stream.write(line);
                    stream.write('\n');
                }
                stream.flush();
                out.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new IOException(
                    "Cannot compact the history file " + file + " to its last " + limit + " records: " + describe(e)
                            + ". The file is unchanged; check free disk space and permissions of its directory.",
                    e);
        }
    }

    private void copyPermissions(Path temp) {
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system, or not allowed: the temporary file keeps its default permissions.
        }
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** The parsed records, the raw bytes of each readable line (for compaction), and the warnings. */
    private record Scan(List<HistoryRecord> records, List<byte[]> lines, List<String> warnings) {
        HistoryRead read() {
            return new HistoryRead(records, warnings);
        }
    }

    private Scan scan() throws IOException {
        List<HistoryRecord> records = new ArrayList<>();
        List<byte[]> lines = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
            LineReader reader = new LineReader(in);
            long number = 0;
            while (reader.next()) {
                number++;
                if (reader.tooLong) {
                    warnings.add(warning(number, "longer than " + MAX_LINE_BYTES + " bytes"));
                    continue;
                }
                int length = reader.length;
                if (length > 0 && reader.buffer[length - 1] == '\r') {
                    length--;
                }
                if (isBlank(reader.buffer, length)) {
                    continue;
                }
                try {
                    records.add(json.parse(reader.buffer, length));
                    lines.add(Arrays.copyOf(reader.buffer, length));
                } catch (HistoryJson.BadLineException e) {
                    String reason = reader.terminated
                            ? e.getMessage()
                            : "incomplete last line, a build probably stopped while writing it (" + e.getMessage()
                                    + ")";
                    warnings.add(warning(number, reason));
                }
            }
        } catch (NoSuchFileException e) {
            return new Scan(List.of(), List.of(), List.of());
        } catch (IOException e) {
            throw new IOException(
                    "Cannot read the history file " + file + ": " + describe(e)
                            + ". Check its permissions, or set readiness.historyFile to another file.",
                    e);
        }
        return new Scan(records, lines, warnings);
    }

    private String warning(long line, String reason) {
        return String.format(
                Locale.ROOT,
                "%s:%d: skipped an unreadable history record: %s. Other records are not affected; delete the line"
                        + " to silence this warning.",
                file,
                line,
                SafeText.excerpt(reason, 160));
    }

    private static boolean isBlank(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Splits a stream on {@code \n} into reused byte buffers, without decoding and without unbounded buffering. */
    private static final class LineReader {
        private final InputStream in;
        byte[] buffer = new byte[4096];
        int length;
        boolean tooLong;
        boolean terminated;

        LineReader(InputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            length = 0;
            tooLong = false;
            int b = in.read();
            if (b < 0) {
                return false;
            }
            while (b >= 0 && b != '\n') {
                if (length < MAX_LINE_BYTES) {
                    if (length == buffer.length) {
                        buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE_BYTES, buffer.length * 2));
                    }
                    buffer[length++] = (byte) b;
                } else {
                    tooLong = true;
                }
                b = in.read();
            }
            terminated = b == '\n';
            return true;
        }
    }

    // ---------------------------------------------------------------------------------------------------- locking

    @FunctionalInterface
    private interface LockedAction<T> {
        T run() throws IOException;
    }

    private <T> T withLock(boolean shared, LockedAction<T> action) throws IOException {
        // lockFile() hashes the history file's real path: every spelling of it is one lock file and one monitor
        Path realLockFile = lockFile();
        prepareLockDirectory();
        checkFile(realLockFile, "history lock file");
        String monitor = (MONITOR_PREFIX + realLockFile).intern();
        synchronized (monitor) {
            try (FileChannel channel = FileChannel.open(
                    realLockFile,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                FileLock lock = acquire(channel, shared, realLockFile);
                try {
                    whileLocked.run();
                    return action.run();
                } finally {
                    lock.release();
                }
            }
        }
    }

    /**
     * Creates the lock directory (owner-only on POSIX) and refuses one that is a symbolic link, not a directory, or
     * writable by others, so no other user can swap a lock file for a link.
     */
    private void prepareLockDirectory() throws IOException {
        Path dir = lockDirectory;
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectories(dir.getParent());
                if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectory(
                            dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectory(dir);
                }
            } catch (FileAlreadyExistsException e) {
                // created by another build meanwhile: checked below
            } catch (IOException e) {
                throw new LockUnavailableException(
                        "Cannot create the directory of the history lock files " + dir + ": " + describe(e)
                                + ". Check the permissions of java.io.tmpdir (" + dir.getParent() + ") or start Maven"
                                + " with -Djava.io.tmpdir=<a writable directory>.",
                        e);
            }
        }
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedFileException("The directory of the history lock files " + dir + " is a symbolic link"
                    + " or not a directory: refused, so that no lock file is opened through a link. Remove it (the"
                    + " next build creates it), or start Maven with -Djava.io.tmpdir=<a directory of your own>.");
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
            if (permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new RefusedFileException("The directory of the history lock files " + dir + " is writable by"
                        + " other users (" + PosixFilePermissions.toString(permissions) + "): refused, another user"
                        + " could replace a lock file. Remove it (the next build creates it owner-only), or run"
                        + " chmod go-w on it.");
            }
        }
    }

    private FileLock acquire(FileChannel channel, boolean shared, Path lockFile) throws IOException {
        long start = System.nanoTime();
        long backoff = TimeUnit.MICROSECONDS.toNanos(500);
        while (true) {
            try {
                FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // Held by other code of this JVM that does not take our monitor: wait like for another process.
            }
            long waited = System.nanoTime() - start;
            if (waited >= lockTimeout.toNanos()) {
                throw new IOException(String.format(
                        Locale.ROOT,
                        "Timed out after %d ms waiting for the lock on %s, which guards the history file %s:"
                                + " another build is still writing it. Run the builds one after another, or give"
                                + " each its own readiness.historyFile.",
                        TimeUnit.NANOSECONDS.toMillis(waited),
                        lockFile,
                        file));
            }
            long sleep =
                    Math.min(backoff + ThreadLocalRandom.current().nextLong(backoff), lockTimeout.toNanos() - waited);
            try {
                TimeUnit.NANOSECONDS.sleep(Math.max(1, sleep));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while waiting for the lock on " + lockFile);
            }
            backoff = Math.min(backoff * 2, MAX_BACKOFF_NANOS);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getClass().getSimpleName() + " (" + fse.getReason() + ")";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }
}
