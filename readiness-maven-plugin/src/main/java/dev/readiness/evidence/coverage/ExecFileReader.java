package dev.readiness.evidence.coverage;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.StaleEvidence;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.IncompatibleExecDataVersionException;
import org.jacoco.core.data.SessionInfo;

/**
 * Reads and merges JaCoCo execution data files, session by session, turning every failure into a message that names
 * the file. Each session's data is kept or left out by the {@link EvidenceWindow}: the data following a session header
 * belongs to that session (the agent writes a header, then its data, at every dump); consecutive headers without data
 * between them (a file written by {@code jacoco:merge}) share the data that follows, which is then kept only when all
 * of them are.
 */
final class ExecFileReader {
    private static final String RERUN = " Delete the file and run mvn verify again.";

    private ExecFileReader() {}

    /** The merged data of the counted sessions, and every session found. */
    record Result(ExecutionDataStore store, List<ExecSession> sessions) {
        Result {
            sessions = List.copyOf(sessions);
        }
    }

    /** Sessions that share the data that follows them. */
    private static final class Block {
        final List<SessionInfo> sessions = new ArrayList<>();
        final List<ExecutionData> data = new ArrayList<>();
    }

    /**
     * Merges the counted sessions of all files into one store, in the given order (merging is commutative: probes are
     * OR-ed).
     */
    static Result read(List<Path> files, EvidenceWindow window) throws EvidenceException {
        ExecutionDataStore store = new ExecutionDataStore();
        List<ExecSession> sessions = new ArrayList<>();
        for (Path file : files) {
            List<Block> blocks = readBlocks(file);
            Set<SessionInfo> fresh = fresh(file, blocks, window);
            String[] currentClass = new String[1];
            try {
                for (Block block : blocks) {
                    boolean blockFresh = block.sessions.isEmpty()
                            ? !window.isSameBuild() || window.accepts(file)
                            : fresh.containsAll(block.sessions);
                    boolean counted = blockFresh || window.policy() == StaleEvidence.WARN;
                    if (block.sessions.isEmpty() && !block.data.isEmpty()) {
                        sessions.add(new ExecSession(file, "(none)", null, null, counted, !blockFresh));
                    }
                    for (SessionInfo info : block.sessions) {
                        sessions.add(new ExecSession(
                                file,
                                info.getId(),
                                Instant.ofEpochMilli(info.getStartTimeStamp()),
                                Instant.ofEpochMilli(info.getDumpTimeStamp()),
                                counted,
                                !blockFresh));
                    }
                    if (counted) {
                        for (ExecutionData data : block.data) {
                            currentClass[0] = data.getName();
                            merge(store, data);
                        }
                    }
                }
            } catch (ConflictingDataException e) {
                throw new EvidenceException(
                        file,
                        "JaCoCo execution data " + file + " conflicts with the other execution data for class "
                                + currentClass[0] + " (" + e.getMessage() + "): the data comes from different builds"
                                + " of the same classes. Delete the stale target/jacoco*.exec files and run mvn verify"
                                + " again.",
                        e);
            }
        }
        return new Result(store, sessions);
    }

    /** The sessions of the file that belong to the build or run being judged. */
    private static Set<SessionInfo> fresh(Path file, List<Block> blocks, EvidenceWindow window) {
        List<SessionInfo> all = new ArrayList<>();
        blocks.forEach(b -> all.addAll(b.sessions));
        Set<SessionInfo> fresh = new HashSet<>();
        if (window.accepts(file)) {
            fresh.addAll(all);
            return fresh;
        }
        if (window.isSameBuild()) {
            long start = window.buildStart().toEpochMilli();
            all.stream().filter(s -> s.getDumpTimeStamp() >= start).forEach(fresh::add);
            return fresh;
        }
        // newest run: the newest session, and those that overlap it in time (parallel forks), transitively
        List<SessionInfo> newestFirst = new ArrayList<>(all);
        newestFirst.sort(Comparator.comparingLong(SessionInfo::getDumpTimeStamp)
                .thenComparingLong(SessionInfo::getStartTimeStamp)
                .reversed());
        long runStart = Long.MAX_VALUE;
        for (SessionInfo s : newestFirst) {
            if (runStart != Long.MAX_VALUE && s.getDumpTimeStamp() < runStart) {
                break; // it ended before the newest run began: every older one did too
            }
            fresh.add(s);
            runStart = Math.min(runStart, s.getStartTimeStamp());
        }
        return fresh;
    }

    private static List<Block> readBlocks(Path file) throws EvidenceException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new EvidenceException(file, "Cannot read JaCoCo execution data " + file + ": " + e + "." + RERUN, e);
        }
        if (size == 0) {
            throw new EvidenceException(
                    file,
                    "JaCoCo execution data " + file + " is empty (0 bytes): the JaCoCo agent creates the file when the"
                            + " test JVM starts and fills it when the JVM exits, so that JVM was killed, crashed,"
                            + " timed out or called System.halt before writing any data." + RERUN);
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block());
        try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ExecutionDataReader reader = new GuardedReader(in, size);
            reader.setSessionInfoVisitor(info -> {
                Block last = blocks.get(blocks.size() - 1);
                if (!last.data.isEmpty()) {
                    last = new Block();
                    blocks.add(last);
                }
                last.sessions.add(info);
            });
            reader.setExecutionDataVisitor(
                    data -> blocks.get(blocks.size() - 1).data.add(data));
            reader.read();
            return blocks;
        } catch (IncompatibleExecDataVersionException e) {
            throw new EvidenceException(
                    file,
                    String.format(
                            Locale.ROOT,
                            "JaCoCo execution data %s has format version 0x%04X, but this plugin reads format 0x%04X"
                                    + " (JaCoCo 0.7.5 to 0.8.15): the JaCoCo agent that wrote it is a different,"
                                    + " incompatible version. Use jacoco-maven-plugin 0.8.15 for the prepare-agent"
                                    + " goal (any 0.7.5+ writes a compatible format).%s",
                            file,
                            e.getActualVersion(),
                            (int) ExecutionDataWriter.FORMAT_VERSION,
                            RERUN),
                    e);
        } catch (EOFException e) {
            throw new EvidenceException(
                    file,
                    "JaCoCo execution data " + file + " is truncated (" + size + " bytes, it ends inside a record): the"
                            + " test JVM was probably killed, or the disk filled up, while the JaCoCo agent was"
                            + " writing it." + RERUN,
                    e);
        } catch (IOException e) {
            throw new EvidenceException(
                    file,
                    "JaCoCo execution data " + file + " cannot be read: " + e.getMessage() + " It is not a complete"
                            + " .exec file written by the JaCoCo agent (corrupt, or another kind of file). Point"
                            + " readiness.execFiles at the files written by the jacoco-maven-plugin prepare-agent goal."
                            + RERUN,
                    e);
        } catch (RuntimeException e) {
            throw new EvidenceException(
                    file,
                    "JaCoCo execution data " + file + " is corrupt (" + e + "): it was not written completely by"
                            + " the JaCoCo agent." + RERUN,
                    e);
        }
    }

    /**
     * JaCoCo's reader, with one check first: a class record may not declare more probes than the file has bits, so a
     * hostile length cannot make it allocate gigabytes. The check peeks at the record and rewinds, then JaCoCo reads
     * the record itself.
     */
    private static final class GuardedReader extends ExecutionDataReader {
        private static final int MAX_RECORD_HEAD = 8 + 2 + 65_535 + 5; // id, UTF name, var-int length

        private final BufferedInputStream buffered;
        private final long fileSize;

        GuardedReader(BufferedInputStream buffered, long fileSize) {
            super(buffered);
            this.buffered = buffered;
            this.fileSize = fileSize;
        }

        @Override
        protected boolean readBlock(byte blockType) throws IOException {
            if (blockType == ExecutionDataWriter.BLOCK_EXECUTIONDATA) {
                buffered.mark(MAX_RECORD_HEAD);
                in.readLong();
                String name = in.readUTF();
                int probes = in.readVarInt();
                if (probes < 0 || probes > fileSize * 8) {
                    throw new IOException(
                            "The record of class " + name + " declares " + Integer.toUnsignedString(probes)
                                    + " probes, more than a file of " + fileSize + " bytes can hold.");
                }
                buffered.reset();
            }
            return super.readBlock(blockType);
        }
    }

    private static void merge(ExecutionDataStore store, ExecutionData data) {
        try {
            store.put(data);
        } catch (IllegalStateException e) {
            throw new ConflictingDataException(e.getMessage());
        }
    }

    /** Two exec files disagree about one class id (different class name or probe count). */
    private static final class ConflictingDataException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConflictingDataException(String message) {
            super(message);
        }
    }
}
