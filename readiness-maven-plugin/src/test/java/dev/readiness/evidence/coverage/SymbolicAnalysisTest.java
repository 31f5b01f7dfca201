package dev.readiness.evidence.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.internal.data.CRC64;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;

/**
 * The cached form of JaCoCo's analysis against JaCoCo's {@link Analyzer} itself, on thousands of real classes (JaCoCo,
 * ASM, and the JDK's java.util and java.time, compiled by javac with try-with-resources, string and enum switches,
 * synchronized blocks, records, lambdas, so JaCoCo's filters act): for each class, every counter of the class, its
 * methods and its lines is equal for no execution data, no probe hit, every probe hit, random probe arrays, and, for
 * classes with few probes, each probe alone. Each entry goes through its byte encoding first.
 */
class SymbolicAnalysisTest {

    @Test
    void givesJacocosCountersForAnyProbeArrayOnRealClasses() throws Exception {
        List<byte[]> classes = new ArrayList<>();
        classes.addAll(jarClasses(Analyzer.class));
        classes.addAll(jarClasses(ClassReader.class));
        classes.addAll(jdkClasses("java.base", "java/util"));
        classes.addAll(jdkClasses("java.base", "java/time"));
        assertThat(classes).hasSizeGreaterThan(1500);

        Random random = new Random(23);
        int compared = 0;
        int analysed = 0;
        for (byte[] bytes : classes) {
            long id = CRC64.classId(bytes);
            AnalysisEntry built = SymbolicAnalysis.analyze(bytes, id);
            if (built == null) {
                continue;
            }
            analysed++;
            AnalysisEntry entry = AnalysisEntry.decode(built.encode());
            int n = entry.probeCount();
            List<boolean[]> arrays = new ArrayList<>();
            arrays.add(null);
            arrays.add(new boolean[n]);
            boolean[] all = new boolean[n];
            Arrays.fill(all, true);
            arrays.add(all);
            for (double density : new double[] {0.1, 0.5, 0.9}) {
                boolean[] probes = new boolean[n];
                for (int p = 0; p < n; p++) {
                    probes[p] = random.nextDouble() < density;
                }
                arrays.add(probes);
            }
            if (n <= 12) {
                for (int p = 0; p < n; p++) {
                    boolean[] single = new boolean[n];
                    single[p] = true;
                    arrays.add(single);
                }
            }
            for (boolean[] probes : arrays) {
                IClassCoverage jacoco = jacoco(bytes, id, entry.className(), probes);
                assertThat(AnalysisEntry.difference(jacoco, entry.toCoverage(probes, false)))
                        .as("%s with probes %s", entry.className(), Arrays.toString(probes))
                        .isNull();
                compared++;
            }
        }
        assertThat(analysed).isGreaterThan(1500);
        assertThat(compared).isGreaterThan(6 * 1500);
    }

    @Test
    void aDamagedEncodingIsRejectedNotUsed() throws Exception {
        byte[] bytes = jarClasses(Analyzer.class).get(0);
        byte[] encoded = SymbolicAnalysis.analyze(bytes, CRC64.classId(bytes)).encode();
        for (int cut = 0; cut < encoded.length; cut++) {
            byte[] truncated = Arrays.copyOf(encoded, cut);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnalysisEntry.decode(truncated))
                    .isInstanceOf(IOException.class);
        }
    }

    private static IClassCoverage jacoco(byte[] bytes, long id, String name, boolean[] probes) throws IOException {
        ExecutionDataStore store = new ExecutionDataStore();
        if (probes != null) {
            store.put(new ExecutionData(id, name, probes.clone()));
        }
        IClassCoverage[] out = new IClassCoverage[1];
        new Analyzer(store, c -> out[0] = c).analyzeClass(bytes, name);
        return out[0];
    }

    static List<byte[]> jarClasses(Class<?> type) throws Exception {
        Path jar =
                Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<byte[]> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        out.add(in.readAllBytes());
                    }
                }
            }
        }
        return out;
    }

    static List<byte[]> jdkClasses(String module, String packagePath) throws IOException {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(jrt.getPath("/modules", module, packagePath))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                out.add(Files.readAllBytes(file));
            }
        }
        return out;
    }
}
