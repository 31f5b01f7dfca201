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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.internal.analysis.ClassCoverageImpl;
import org.jacoco.core.internal.data.CRC64;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The cached form of JaCoCo's analysis against JaCoCo's {@link Analyzer} itself, on thousands of real classes (JaCoCo,
 * ASM, and the JDK's java.util and java.time, compiled by javac with try-with-resources, string and enum switches,
 * synchronized blocks, records, lambdas, so JaCoCo's filters act): for each class, every counter of the class, its
 * methods and its lines is equal for no execution data, no probe hit, every probe hit, random probe arrays, and, for
 * classes with few probes, each probe alone. Each entry goes through its byte encoding first. The Kotlin standard
 * library's classes with an SMAP add JaCoCo's fragments (the lines of inlined functions, counted for the classes they
 * come from): equal per class, and equal in their effect after JaCoCo's {@link CoverageBuilder} applied them.
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
            boolean[] probes = new boolean
                    [SymbolicAnalysis.analyze(bytes, CRC64.classId(bytes)).probeCount()];
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> AnalysisEntry.coverage(truncated, 0, truncated.length, probes, name -> false))
                    .as("the warm path on %d of %d bytes", cut, encoded.length)
                    .isInstanceOf(IOException.class);
        }
    }

    /**
     * The warm path evaluates the stored bytes without decoding them first: on every class of JaCoCo's and ASM's jars,
     * with and without probes and for a random array, it gives what the decoded entry gives (itself compared with
     * JaCoCo above), and any byte of an encoding overwritten is an {@link IOException} or a result, never another
     * exception.
     */
    @Test
    void theWarmPathReadsTheEncodingAsTheDecodedEntryWouldAndSurvivesAnyDamagedByte() throws Exception {
        List<byte[]> classes = new ArrayList<>(jarClasses(Analyzer.class));
        classes.addAll(jarClasses(ClassReader.class));
        Random random = new Random(5);
        int compared = 0;
        for (byte[] bytes : classes) {
            AnalysisEntry built = SymbolicAnalysis.analyze(bytes, CRC64.classId(bytes));
            if (built == null) {
                continue;
            }
            byte[] encoded = built.encode();
            AnalysisEntry decoded = AnalysisEntry.decode(encoded);
            boolean[] some = new boolean[built.probeCount()];
            for (int p = 0; p < some.length; p++) {
                some[p] = random.nextBoolean();
            }
            for (boolean[] probes : Arrays.asList(null, new boolean[built.probeCount()], some)) {
                IClassCoverage fromBytes = AnalysisEntry.coverage(encoded, 0, encoded.length, probes, name -> false);
                IClassCoverage expected = jacoco(bytes, built.classId(), built.className(), probes);
                assertThat(AnalysisEntry.difference(expected, fromBytes))
                        .as("%s", built.className())
                        .isNull();
                assertThat(AnalysisEntry.difference(decoded.toCoverage(probes, false), fromBytes))
                        .isNull();
                compared++;
            }
            assertThat(AnalysisEntry.coverage(encoded, 0, encoded.length, null, built.className()::equals)
                            .isNoMatch())
                    .as("no probes, and the execution data knows the name: another class of this name")
                    .isTrue();
            if (built.probeCount() > 0) {
                assertThat(AnalysisEntry.coverage(
                                encoded, 0, encoded.length, new boolean[built.probeCount() - 1], name -> false))
                        .as("a shorter probe array is left to JaCoCo")
                        .isNull();
            }
            assertThat(decoded.className()).isEqualTo(built.className());
        }
        assertThat(compared).isGreaterThan(3 * 200);

        byte[] bytes = jarClasses(Analyzer.class).get(0);
        byte[] encoded = SymbolicAnalysis.analyze(bytes, CRC64.classId(bytes)).encode();
        boolean[] probes = new boolean[AnalysisEntry.decode(encoded).probeCount()];
        for (int i = 0; i < encoded.length; i++) {
            for (int value : new int[] {0x00, 0x7f, 0x80, 0xff}) {
                byte[] damaged = encoded.clone();
                damaged[i] = (byte) value;
                Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                        () -> AnalysisEntry.coverage(damaged, 0, damaged.length, probes, name -> false));
                assertThat(thrown == null || thrown instanceof IOException)
                        .as("byte %d set to %d: %s", i, value, thrown)
                        .isTrue();
            }
        }
    }

    // ---------------------------------------------------------------- Kotlin classes with SMAPs

    @Test
    void givesJacocosCountersAndFragmentsForEveryKotlinClassWithAnSmap() throws Exception {
        List<byte[]> classes = kotlinClasses();
        Random random = new Random(2323);
        int withSmap = 0;
        int withFragments = 0;
        int compared = 0;
        for (byte[] bytes : classes) {
            if (sourceDebugExtension(bytes) == null) {
                continue;
            }
            withSmap++;
            long id = CRC64.classId(bytes);
            AnalysisEntry built = SymbolicAnalysis.analyze(bytes, id);
            assertThat(built).as("entry of a class with an SMAP").isNotNull();
            AnalysisEntry entry = AnalysisEntry.decode(built.encode());
            if (!entry.fragments().isEmpty()) {
                withFragments++;
            }
            for (boolean[] probes : probeArrays(entry.probeCount(), random)) {
                IClassCoverage jacoco = jacoco(bytes, id, entry.className(), probes);
                assertThat(((ClassCoverageImpl) jacoco).getFragments())
                        .as("JaCoCo's fragments of %s", entry.className())
                        .hasSize(entry.fragments().size());
                assertThat(AnalysisEntry.difference(jacoco, entry.toCoverage(probes, false)))
                        .as("%s with probes %s", entry.className(), Arrays.toString(probes))
                        .isNull();
                compared++;
            }
        }
        assertThat(withSmap).isGreaterThan(100);
        assertThat(withFragments).isGreaterThan(50);
        assertThat(compared).isEqualTo(withSmap * 6);
    }

    /**
     * The fragments' effect: one {@link CoverageBuilder} fed by JaCoCo's {@link Analyzer}, one by the entries, for the
     * Kotlin standard library's classes with an SMAP and the classes their fragments name, and the same probes; after
     * {@code getBundle} (where JaCoCo applies each fragment to its class) every class, the bundle and every source
     * file are equal.
     */
    @Test
    void theFragmentsChangeTheirClassesAsJacocosDoAfterCoverageBuilder() throws Exception {
        Map<String, byte[]> all = new HashMap<>();
        java.util.Set<String> wanted = new java.util.TreeSet<>();
        for (byte[] bytes : kotlinClasses()) {
            String name = new ClassReader(bytes).getClassName();
            all.put(name, bytes);
            if (sourceDebugExtension(bytes) != null) {
                wanted.add(name);
                SymbolicAnalysis.analyze(bytes, CRC64.classId(bytes))
                        .fragments()
                        .forEach(f -> wanted.add(f.className()));
            }
        }
        List<byte[]> classes = new ArrayList<>();
        Map<Long, AnalysisEntry> entries = new HashMap<>();
        for (String name : wanted) {
            byte[] bytes = all.get(name);
            if (bytes != null) {
                classes.add(bytes);
                long id = CRC64.classId(bytes);
                entries.put(
                        id,
                        AnalysisEntry.decode(SymbolicAnalysis.analyze(bytes, id).encode()));
            }
        }
        assertThat(classes).hasSizeGreaterThan(150);
        int changedByFragments = 0;
        for (int pattern = 0; pattern < 4; pattern++) {
            Random random = new Random(23 + pattern);
            ExecutionDataStore store = new ExecutionDataStore();
            for (AnalysisEntry entry : entries.values()) {
                boolean[] probes = new boolean[entry.probeCount()];
                for (int p = 0; p < probes.length; p++) {
                    probes[p] = pattern == 1 || (pattern >= 2 && random.nextDouble() < (pattern == 2 ? 0.3 : 0.7));
                }
                store.put(new ExecutionData(entry.classId(), entry.className(), probes));
            }
            CoverageBuilder jacoco = new CoverageBuilder();
            Analyzer analyzer = new Analyzer(store, jacoco);
            for (byte[] bytes : classes) {
                analyzer.analyzeClass(bytes, "kotlin-stdlib");
            }
            CoverageBuilder cached = new CoverageBuilder();
            CoverageBuilder unapplied = new CoverageBuilder();
            for (AnalysisEntry entry : entries.values()) {
                boolean[] probes = store.get(entry.classId()).getProbes();
                cached.visitCoverage(entry.toCoverage(probes, false));
                AnalysisEntry withoutFragments = new AnalysisEntry(
                        entry.classId(),
                        entry.className(),
                        entry.signature(),
                        entry.superName(),
                        entry.interfaces(),
                        entry.sourceFileName(),
                        entry.probeCount(),
                        entry.sets(),
                        entry.methods(),
                        List.of());
                unapplied.visitCoverage(withoutFragments.toCoverage(probes, false));
            }
            IBundleCoverage expected = jacoco.getBundle("b");
            IBundleCoverage actual = cached.getBundle("b");
            IBundleCoverage without = unapplied.getBundle("b");
            assertThat(jacoco.getClasses()).hasSameSizeAs(entries.values());
            Map<String, IClassCoverage> actualClasses = byName(cached.getClasses());
            Map<String, IClassCoverage> withoutClasses = byName(unapplied.getClasses());
            for (IClassCoverage e : jacoco.getClasses()) {
                assertThat(AnalysisEntry.difference(e, actualClasses.get(e.getName())))
                        .as("pattern %d: %s after CoverageBuilder", pattern, e.getName())
                        .isNull();
                if (AnalysisEntry.difference(e, withoutClasses.get(e.getName())) != null) {
                    changedByFragments++;
                }
            }
            for (ICoverageNode.CounterEntity entity : ICoverageNode.CounterEntity.values()) {
                assertThat(actual.getCounter(entity))
                        .as("pattern %d: %s", pattern, entity)
                        .isEqualTo(expected.getCounter(entity));
            }
            Map<String, ISourceFileCoverage> sources = new HashMap<>();
            for (ISourceFileCoverage f : cached.getSourceFiles()) {
                sources.put(f.getPackageName() + "/" + f.getName(), f);
            }
            assertThat(sources).hasSameSizeAs(jacoco.getSourceFiles());
            for (ISourceFileCoverage f : jacoco.getSourceFiles()) {
                ISourceFileCoverage a = sources.get(f.getPackageName() + "/" + f.getName());
                for (ICoverageNode.CounterEntity entity : ICoverageNode.CounterEntity.values()) {
                    assertThat(a.getCounter(entity))
                            .as("%s %s", f.getName(), entity)
                            .isEqualTo(f.getCounter(entity));
                }
                for (int line = f.getFirstLine(); line <= f.getLastLine(); line++) {
                    assertThat(a.getLine(line).getInstructionCounter())
                            .isEqualTo(f.getLine(line).getInstructionCounter());
                }
            }
            if (pattern == 1) {
                // the entries without their fragments miss what JaCoCo's CoverageBuilder applies: the test can fail
                assertThat(without.getLineCounter()).isNotEqualTo(expected.getLineCounter());
            }
        }
        assertThat(changedByFragments).isGreaterThan(50);
    }

    @Test
    void aFragmentThatDiffersFromJacocosIsADifferenceSoTheEntryIsNotStored() throws Exception {
        byte[] bytes = kotlinClasses().stream()
                .filter(b -> {
                    AnalysisEntry e = SymbolicAnalysis.analyze(b, CRC64.classId(b));
                    return e != null
                            && !e.fragments().isEmpty()
                            && e.fragments().get(0).lines().length > 1;
                })
                .findFirst()
                .orElseThrow();
        long id = CRC64.classId(bytes);
        AnalysisEntry entry = SymbolicAnalysis.analyze(bytes, id);
        boolean[] all = new boolean[entry.probeCount()];
        Arrays.fill(all, true);
        IClassCoverage jacoco = jacoco(bytes, id, entry.className(), all);
        assertThat(AnalysisEntry.difference(jacoco, entry.toCoverage(all, false)))
                .isNull();

        AnalysisEntry.Fragment first = entry.fragments().get(0);
        List<AnalysisEntry.Fragment> rest =
                entry.fragments().subList(1, entry.fragments().size());
        int[] more = first.instructions().clone();
        more[0]++;
        int[] otherLine = first.lines().clone();
        otherLine[0] = otherLine[otherLine.length - 1] + 1;
        int[] uncovered = new int[first.sets().length];
        List<List<AnalysisEntry.Fragment>> damaged = List.of(
                List.of(),
                rest,
                concat(
                        new AnalysisEntry.Fragment("other/Name", first.lines(), first.sets(), first.instructions()),
                        rest),
                concat(new AnalysisEntry.Fragment(first.className(), first.lines(), first.sets(), more), rest),
                concat(
                        new AnalysisEntry.Fragment(first.className(), otherLine, first.sets(), first.instructions()),
                        rest),
                concat(
                        new AnalysisEntry.Fragment(first.className(), first.lines(), uncovered, first.instructions()),
                        rest));
        for (List<AnalysisEntry.Fragment> fragments : damaged) {
            AnalysisEntry wrong = new AnalysisEntry(
                    entry.classId(),
                    entry.className(),
                    entry.signature(),
                    entry.superName(),
                    entry.interfaces(),
                    entry.sourceFileName(),
                    entry.probeCount(),
                    entry.sets(),
                    entry.methods(),
                    fragments);
            assertThat(AnalysisEntry.difference(jacoco, wrong.toCoverage(all, false)))
                    .as("fragments %s", fragments)
                    .contains("fragment");
        }
    }

    @Test
    void aFragmentWithANegativeLineNoInstructionOrAnUnknownSetIsRejectedWhenRead() throws Exception {
        byte[] bytes = classWithSmap(
                "SMAP\nPage.kt\nKotlin\n*S Kotlin\n*F\n+ 1 Page.kt\ngen/Page\n+ 2 Other.kt\ngen/Other\n*L\n"
                        + "1#1,3:1\n7#2,2:4\n*E\n",
                true);
        AnalysisEntry entry = SymbolicAnalysis.analyze(bytes, CRC64.classId(bytes));
        assertThat(AnalysisEntry.decode(entry.encode()).fragments()).hasSize(1);
        int unknownSet = entry.sets().length;
        for (AnalysisEntry.Fragment bad : List.of(
                new AnalysisEntry.Fragment("gen/Other", new int[] {-3}, new int[] {0}, new int[] {1}),
                new AnalysisEntry.Fragment("gen/Other", new int[] {7}, new int[] {0}, new int[] {0}),
                new AnalysisEntry.Fragment("gen/Other", new int[] {7}, new int[] {unknownSet}, new int[] {1}))) {
            byte[] encoded = new AnalysisEntry(
                            entry.classId(),
                            entry.className(),
                            entry.signature(),
                            entry.superName(),
                            entry.interfaces(),
                            entry.sourceFileName(),
                            entry.probeCount(),
                            entry.sets(),
                            entry.methods(),
                            List.of(bad))
                    .encode();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> AnalysisEntry.decode(encoded)))
                    .as("line %d, set %d, instructions %d", bad.lines()[0], bad.sets()[0], bad.instructions()[0])
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void aSourceDebugExtensionWithoutKotlinMetadataGetsNoSmapAsInJacoco() throws Exception {
        String smap = "SMAP\nPage.kt\nKotlin\n*S Kotlin\n*F\n+ 1 Page.kt\ngen/Page\n+ 2 Other.kt\ngen/Other\n*L\n"
                + "1#1,3:1\n7#2,2:4\n*E\n";
        for (boolean kotlin : new boolean[] {false, true}) {
            byte[] bytes = classWithSmap(smap, kotlin);
            long id = CRC64.classId(bytes);
            AnalysisEntry entry =
                    AnalysisEntry.decode(SymbolicAnalysis.analyze(bytes, id).encode());
            assertThat(entry.fragments()).as("kotlin %s", kotlin).hasSize(kotlin ? 1 : 0);
            for (boolean[] probes : probeArrays(entry.probeCount(), new Random(5))) {
                assertThat(AnalysisEntry.difference(
                                jacoco(bytes, id, "gen/Page", probes), entry.toCoverage(probes, false)))
                        .isNull();
            }
        }
    }

    @Test
    void aMalformedSmapFailsAsJacocoAndAnUnnamedOneIsNotCached() throws Exception {
        byte[] malformed = classWithSmap("SMAP\nPage.kt\nKotlin\n*S Kotlin\n*F\nnot a file line\n*L\n*E\n", true);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jacoco(malformed, CRC64.classId(malformed), "gen/Page", null))
                .isInstanceOf(IOException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> SymbolicAnalysis.analyze(malformed, CRC64.classId(malformed)))
                .isInstanceOf(IllegalStateException.class);

        byte[] unnamed =
                classWithSmap("SMAP\nPage.kt\nKotlin\n*S Kotlin\n*F\n+ 1 Page.kt\ngen/Page\n*L\n5#9,2:1\n*E\n", true);
        assertThat(SymbolicAnalysis.analyze(unnamed, CRC64.classId(unnamed))).isNull();
    }

    /** A class gen/Page with one method on lines 1-5 and the given source debug extension. */
    private static byte[] classWithSmap(String smap, boolean kotlinMetadata) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, "gen/Page", null, "java/lang/Object", null);
        writer.visitSource("Page.kt", smap);
        if (kotlinMetadata) {
            writer.visitAnnotation("Lkotlin/Metadata;", true).visitEnd();
        }
        MethodVisitor m = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "run", "(I)I", null, null);
        m.visitCode();
        Label second = new Label();
        Label first = new Label();
        m.visitLabel(first);
        m.visitLineNumber(1, first);
        m.visitVarInsn(Opcodes.ILOAD, 0);
        m.visitJumpInsn(Opcodes.IFEQ, second);
        for (int line = 2; line <= 5; line++) {
            Label l = new Label();
            m.visitLabel(l);
            m.visitLineNumber(line, l);
            m.visitIincInsn(0, line);
        }
        m.visitLabel(second);
        m.visitVarInsn(Opcodes.ILOAD, 0);
        m.visitInsn(Opcodes.IRETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static List<AnalysisEntry.Fragment> concat(
            AnalysisEntry.Fragment first, List<AnalysisEntry.Fragment> rest) {
        List<AnalysisEntry.Fragment> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static Map<String, IClassCoverage> byName(java.util.Collection<IClassCoverage> classes) {
        Map<String, IClassCoverage> out = new HashMap<>();
        classes.forEach(c -> out.put(c.getName(), c));
        return out;
    }

    /** No execution data, none hit, all hit, and seeded random arrays of three densities. */
    private static List<boolean[]> probeArrays(int n, Random random) {
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
        return arrays;
    }

    /** The classes of the Kotlin standard library 2.1.0 (its inline functions give SMAPs with fragments). */
    private static List<byte[]> kotlinClasses() throws Exception {
        return jarClasses(kotlin.Unit.class);
    }

    private static String sourceDebugExtension(byte[] bytes) {
        String[] debug = new String[1];
        new ClassReader(bytes)
                .accept(
                        new ClassVisitor(Opcodes.ASM9) {
                            @Override
                            public void visitSource(String source, String extension) {
                                debug[0] = extension;
                            }
                        },
                        ClassReader.SKIP_CODE);
        return debug[0];
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
