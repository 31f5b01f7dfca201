package dev.readiness.evidence.coverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
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
 * Execution data for any set of class files, as the JaCoCo agent would record it: the class id is the CRC64 of the
 * bytes, the probe count is what JaCoCo's ClassProbesAdapter counts, and about 60 % of the probes are hit, from a
 * fixed seed.
 */
final class SyntheticExec {
    private SyntheticExec() {}

    static int extract(Path jar, Path target) throws IOException {
        int count = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()
                        || !entry.getName().endsWith(".class")
                        || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, out);
                }
                count++;
            }
        }
        return count;
    }

    static void write(Path classes, Path exec, long seed) throws IOException {
        Random random = new Random(seed);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(exec)) {
            ExecutionDataWriter writer = new ExecutionDataWriter(out);
            writer.visitSessionInfo(new SessionInfo("benchmark", 0, 1));
            for (Path file : new ArrayList<>(files)) {
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
            }
            writer.flush();
        }
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
