package dev.readiness.evidence.coverage;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.StaleEvidence;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;

/**
 * JaCoCo execution data for evidence bundles: this build's sessions of several exec files written as one file, and the
 * classes an exec file touches. The same hardened reader as the coverage analysis ({@link ExecFileReader}).
 */
public final class ExecData {
    private ExecData() {}

    /**
     * A class the execution data touches.
     *
     * @param id JaCoCo's class id, the CRC64 of the class bytes the probes belong to
     * @param name VM name of the class ({@code com/acme/Foo})
     */
    public record ClassProbe(long id, String name) {}

    /**
     * What {@link #writeCounted} wrote.
     *
     * @param classes the classes written, sorted by name then id
     * @param sessions the sessions written
     * @param leftOut the sessions of earlier builds left out
     */
    public record Written(List<ClassProbe> classes, List<ExecSession> sessions, List<ExecSession> leftOut) {
        public Written {
            classes = List.copyOf(classes);
            sessions = List.copyOf(sessions);
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * Writes the sessions of {@code files} that the window counts (this build's) into {@code out} as one exec file:
     * their session headers, then the merged probes of every class, sorted by class name then id.
     *
     * @throws EvidenceException when a file cannot be read or is corrupt
     * @throws IOException when {@code out} cannot be written
     */
    public static Written writeCounted(List<Path> files, EvidenceWindow window, OutputStream out)
            throws EvidenceException, IOException {
        EvidenceWindow strict = new EvidenceWindow(window.buildStart(), StaleEvidence.EXCLUDE, window.accepted());
        ExecFileReader.Result read = ExecFileReader.read(files, strict);
        ExecutionDataWriter writer = new ExecutionDataWriter(out);
        List<ExecSession> counted = new ArrayList<>();
        List<ExecSession> leftOut = new ArrayList<>();
        for (ExecSession s : read.sessions()) {
            if (!s.counted()) {
                leftOut.add(s);
                continue;
            }
            counted.add(s);
            if (s.start() != null && s.dump() != null) {
                writer.visitSessionInfo(new SessionInfo(
                        s.id(), s.start().toEpochMilli(), s.dump().toEpochMilli()));
            }
        }
        List<ExecutionData> data = new ArrayList<>(read.store().getContents());
        data.sort(Comparator.comparing(ExecutionData::getName).thenComparingLong(ExecutionData::getId));
        List<ClassProbe> classes = new ArrayList<>();
        for (ExecutionData d : data) {
            writer.visitClassExecution(d);
            classes.add(new ClassProbe(d.getId(), d.getName()));
        }
        out.flush();
        return new Written(classes, counted, leftOut);
    }

    /**
     * Every class whose probes {@code file} holds (all its sessions), sorted by name then id.
     *
     * @throws EvidenceException when the file cannot be read or is corrupt
     */
    public static List<ClassProbe> classes(Path file) throws EvidenceException {
        ExecFileReader.Result read = ExecFileReader.read(List.of(file), EvidenceWindow.newestRun(StaleEvidence.WARN));
        return read.store().getContents().stream()
                .map(d -> new ClassProbe(d.getId(), d.getName()))
                .sorted(Comparator.comparing(ClassProbe::name).thenComparingLong(ClassProbe::id))
                .toList();
    }
}
