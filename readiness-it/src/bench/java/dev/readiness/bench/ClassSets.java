package dev.readiness.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataWriter;
import org.jacoco.core.data.SessionInfo;
import org.jacoco.core.internal.data.CRC64;
import org.jacoco.core.internal.flow.ClassProbesAdapter;
import org.jacoco.core.internal.flow.ClassProbesVisitor;
import org.jacoco.core.internal.flow.MethodProbesVisitor;
import org.jacoco.core.internal.instr.InstrSupport;
import org.objectweb.asm.ClassReader;

/**
 * Class sets taken from published jars, and JaCoCo execution data for them.
 *
 * <p>A set of N classes is the first N {@code .class} entries (by entry name, {@code META-INF/} and
 * {@code module-info} excluded) of the jars in the given order: groovy 4.0.31 (4,570 classes), scala-library 2.13.15
 * (2,889), scala-compiler 2.13.15 (3,516), kotlin-compiler-embeddable 2.1.0 (25,270).
 *
 * <p>The execution data is what the JaCoCo agent would record: class id = CRC64 of the bytes, probe count as JaCoCo's
 * ClassProbesAdapter counts it, and 60 % of the probes hit, drawn from {@code new Random(seed)} over the classes in
 * path order.
 */
final class ClassSets {
    private ClassSets() {}

    static int extract(List<Path> jars, int count, Path target) throws IOException {
        int written = 0;
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                List<ZipEntry> entries = new ArrayList<>();
                zip.stream()
                        .filter(e -> !e.isDirectory()
                                && e.getName().endsWith(".class")
                                && !e.getName().startsWith("META-INF/")
                                && !e.getName().endsWith("module-info.class"))
                        .forEach(entries::add);
                entries.sort((a, b) -> a.getName().compareTo(b.getName()));
                for (ZipEntry entry : entries) {
                    if (written == count) {
                        return written;
                    }
                    Path out = target.resolve(entry.getName()).normalize();
                    if (!out.startsWith(target) || Files.exists(out)) {
                        continue;
                    }
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, out);
                    }
                    written++;
                }
            }
        }
        if (written < count) {
            throw new IOException("only " + written + " classes in " + jars + ", " + count + " wanted");
        }
        return written;
    }

    /** Writes the execution data; returns the number of classes with probes. */
    static int writeExec(Path classes, Path exec, long seed) throws IOException {
        Random random = new Random(seed);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        int withProbes = 0;
        try (OutputStream out = Files.newOutputStream(exec)) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            writer.visitSessionInfo(new SessionInfo("benchmark", 0, 1));
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                ClassReader reader = InstrSupport.classReaderFor(bytes);
                int probes = probeCount(reader);
                if (probes == 0) {
                    continue;
                }
                boolean[] hits = new boolean[probes];
                for (int i = 0; i < probes; i++) {
                    hits[i] = random.nextInt(100) < 60;
                }
                writer.visitClassExecution(new ExecutionData(CRC64.classId(bytes), reader.getClassName(), hits));
                withProbes++;
            }
            writer.flush();
        }
        return withProbes;
    }

    private static int probeCount(ClassReader reader) {
        int[] count = new int[1];
        ClassProbesVisitor counter = new ClassProbesVisitor() {
            @Override
            public MethodProbesVisitor visitMethod(
                    int access, String name, String desc, String signature, String[] exceptions) {
                return null;
            }

            @Override
            public void visitTotalProbeCount(int total) {
                count[0] = total;
            }
        };
        reader.accept(new ClassProbesAdapter(counter, false), 0);
        return count[0];
    }
}
