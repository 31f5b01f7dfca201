package dev.readiness.evidence.coverage;

import dev.readiness.evidence.EvidenceException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataReader;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.IncompatibleExecDataVersionException;

/** Reads and merges JaCoCo execution data files, turning every failure into a message that names the file. */
final class ExecFileReader {
    private static final String RERUN = " Delete the file and run mvn verify again.";

    private ExecFileReader() {}

    /** Merges all files into one store, in the given order (merging is commutative: probes are OR-ed). */
    static ExecutionDataStore read(List<Path> files) throws EvidenceException {
        ExecutionDataStore store = new ExecutionDataStore();
        for (Path file : files) {
            readInto(file, store);
        }
        return store;
    }

    private static void readInto(Path file, ExecutionDataStore store) throws EvidenceException {
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
        String[] currentClass = new String[1];
        try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ExecutionDataReader reader = new GuardedReader(in, size);
            reader.setSessionInfoVisitor(info -> {});
            reader.setExecutionDataVisitor(data -> {
                currentClass[0] = data.getName();
                merge(store, data);
            });
            reader.read();
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
        } catch (ConflictingDataException e) {
            throw new EvidenceException(
                    file,
                    "JaCoCo execution data " + file + " conflicts with the other execution data files for class "
                            + currentClass[0] + " (" + e.getMessage() + "): the files come from different builds of"
                            + " the same classes. Delete the stale target/jacoco*.exec files and run mvn verify"
                            + " again.",
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
