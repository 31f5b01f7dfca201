package dev.readiness.evidence.bench;

import dev.readiness.evidence.EvidenceException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/** Creates or replaces a JMH baseline from a results file. */
public final class BenchmarkBaseline {
    private BenchmarkBaseline() {}

    /**
     * Copies a JMH results file to the baseline location, after checking that it is a well-formed JMH results file
     * with at least one benchmark. The copy is written to a temporary file next to the baseline and then moved into
     * place (atomically where the file system allows), so a reader never sees a half-written baseline and a failed
     * write leaves the previous baseline untouched. Missing parent directories are created.
     *
     * @param results the current JMH results ({@code -rf json} output)
     * @param baseline where the baseline is written; replaced when it exists
     * @throws EvidenceException when the results file is missing, malformed or empty, or the baseline cannot be
     *     written; the message names the file and the remedy
     */
    public static void write(Path results, Path baseline) throws EvidenceException {
        write(results, baseline, BenchmarkEnvironment.currentMachine());
    }

    /**
     * As {@link #write(Path, Path)}, recording {@code machine} (CPU model, cores, OS) in every benchmark of the
     * baseline, so that a later comparison can tell whether the current results come from the same environment.
     */
    public static void write(Path results, Path baseline, Map<String, String> machine) throws EvidenceException {
        Path source = results.toAbsolutePath().normalize();
        Path target = baseline.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new EvidenceException(
                    source,
                    "No JMH results at " + source + " to make a baseline from. " + BenchmarkAnalyzer.produceResults());
        }
        Path directory = target.getParent();
        if (directory == null || Files.isDirectory(target)) {
            throw new EvidenceException(
                    target,
                    "The JMH baseline location " + target + " must name a file, e.g. src/test/jmh/baseline.json.");
        }
        Path temporary = null;
        try {
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
            // Validate the copy, not the source: the source may be rewritten while we read it.
            int benchmarks = validate(source, temporary);
            if (benchmarks == 0) {
                throw new EvidenceException(
                        source,
                        "The JMH results file " + source + " contains no benchmark, so it cannot serve as a baseline. "
                                + BenchmarkAnalyzer.produceResults());
            }
            Path withMachine = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(withMachine)) {
                    BenchmarkEnvironment.writeWithMachine(temporary, out, machine);
                }
                move(withMachine, target);
            } finally {
                Files.deleteIfExists(withMachine);
            }
        } catch (IOException e) {
            throw new EvidenceException(
                    target,
                    "Cannot write the JMH baseline " + target + ": " + e
                            + ". Check that the directory is writable, or choose another location with"
                            + " readiness.benchmarkBaseline.",
                    e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // best effort: a leftover hidden .tmp file next to the baseline is harmless
                }
            }
        }
    }

    private static int validate(Path source, Path copy) throws EvidenceException {
        try {
            return new JmhResultReader(copy, List.of()).read().size();
        } catch (EvidenceException e) {
            // Report the user's file, not our temporary copy.
            String message = e.getMessage().replace(copy.toString(), source.toString());
            throw new EvidenceException(source, message, e.getCause());
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
