package dev.readiness.evidence.coverage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.analysis.ISourceNode;
import org.jacoco.core.internal.analysis.ClassCoverageImpl;
import org.jacoco.core.internal.analysis.CounterImpl;
import org.jacoco.core.internal.analysis.MethodCoverageImpl;
import org.jacoco.core.internal.analysis.SourceNodeImpl;

/**
 * JaCoCo's analysis of one class in a form from which its coverage follows from the probe array alone: the distinct
 * probe sets of the class, and per method the instructions JaCoCo counts (after its filters) with their line, their
 * branch count and, for the instruction and each branch, the index of the probe set whose hit covers it; for a Kotlin
 * class with an SMAP also the fragments JaCoCo records for the classes whose inline functions it inlines.
 *
 * @param classId JaCoCo's class id (CRC64 of the class file)
 * @param probeCount the number of probes JaCoCo inserts into the class
 * @param sets distinct probe sets, ascending probe ids; index 0 is the empty set
 * @param fragments JaCoCo's fragments of other classes (or of other lines of this one), by class name; empty without
 *     an SMAP
 */
record AnalysisEntry(
        long classId,
        String className,
        String signature,
        String superName,
        String[] interfaces,
        String sourceFileName,
        int probeCount,
        int[][] sets,
        List<Method> methods,
        List<Fragment> fragments) {

    /**
     * The largest line an entry may name: a class file's line numbers are unsigned 16-bit, and a source file an SMAP
     * maps from is held to the same. A larger one, only possible in a crafted entry, would make JaCoCo's line arrays
     * as large as the number.
     */
    static final int MAX_LINE = 0xFFFF;

    /**
     * One method as JaCoCo builds its coverage node.
     *
     * @param instructions the instructions JaCoCo counts, in bytecode order
     */
    record Method(String name, String desc, String signature, List<Instruction> instructions) {}

    /**
     * One counted instruction.
     *
     * @param line its source line, or {@link ISourceNode#UNKNOWN_LINE}
     * @param branches JaCoCo's branch count of the instruction
     * @param set the probe set that covers the instruction
     * @param branchSets per branch id, the probe set that covers that branch
     */
    record Instruction(int line, int branches, int set, int[] branchSets) {}

    /**
     * The instructions of this class that JaCoCo counts for another class (Kotlin inline functions, from the SMAP),
     * as {@code ClassAnalyzer.calculateFragments} records them before the filters run: {@code instructions[i]}
     * instructions at {@code lines[i]}, the original line, each covered by probe set {@code sets[i]}.
     *
     * @param className the class the fragment belongs to (JaCoCo's {@code CoverageBuilder} applies it to that class)
     */
    record Fragment(String className, int[] lines, int[] sets, int[] instructions) {}

    /**
     * The class's coverage for this probe array, built with JaCoCo's own node classes exactly as JaCoCo's analyser
     * builds it.
     *
     * @param probes the class's probes, or {@code null} when the execution data has none for this class
     * @param noMatch whether the execution data has a different class of this name
     */
    IClassCoverage toCoverage(boolean[] probes, boolean noMatch) {
        byte[] encoded;
        try {
            encoded = encode();
            return coverage(encoded, 0, encoded.length, probes, name -> noMatch);
        } catch (IOException e) {
            throw new IllegalStateException("an entry that cannot be encoded: " + e.getMessage(), e);
        }
    }

    /**
     * The class's coverage for this probe array straight from an encoded entry ({@link #encode}), in one pass over the
     * bytes, without building the entry: the warm cache's path, and {@link #toCoverage}'s. Every count and index is
     * bounds-checked as {@link #decode} checks it.
     *
     * @param probes the class's probes, or {@code null} when the execution data has none for this class
     * @param noMatch asked with the class name when {@code probes} is {@code null}: whether the execution data has a
     *     different class of this name
     * @return the coverage, or {@code null} when the probe array is shorter than the class's probes (JaCoCo decides)
     * @throws IOException when the bytes are not a well-formed entry
     */
    static IClassCoverage coverage(
            byte[] data, int offset, int length, boolean[] probes, java.util.function.Predicate<String> noMatch)
            throws IOException {
        Cursor in = new Cursor(data, offset, offset + length);
        Header header = Header.read(in, length);
        int probeCount = header.probeCount();
        if (probes != null && probes.length < probeCount) {
            return null;
        }
        int setCount = bounded(in.readInt(), length + 1);
        if (setCount < 1) {
            throw new IOException("no empty set");
        }
        boolean[] hit = new boolean[setCount]; // set 0, the empty set, is never hit
        for (int s = 1; s < setCount; s++) {
            int size = bounded(in.readVar(), length);
            int previous = -1;
            boolean any = false;
            for (int k = 0; k < size; k++) {
                previous = previous + 1 + in.readVar();
                if (previous >= probeCount || previous < 0) {
                    throw new IOException("probe " + previous + " out of range");
                }
                any |= probes != null && probes[previous];
            }
            hit[s] = any;
        }
        ClassCoverageImpl coverage = new ClassCoverageImpl(
                header.className(), header.classId(), probes == null && noMatch.test(header.className()));
        coverage.setSignature(header.signature());
        coverage.setSuperName(header.superName());
        coverage.setInterfaces(header.interfaces());
        coverage.setSourceFileName(header.sourceFileName());
        int methodCount = bounded(in.readInt(), length);
        List<MethodCoverageImpl> methods = new ArrayList<>(methodCount);
        int classFirst = ISourceNode.UNKNOWN_LINE;
        int classLast = ISourceNode.UNKNOWN_LINE;
        for (int method = 0; method < methodCount; method++) {
            MethodCoverageImpl m = new MethodCoverageImpl(in.readUTF(), in.readUTF(), in.readNullable());
            int count = bounded(in.readInt(), length);
            // first pass: the method's line range, and every index checked; second pass: the counters
            int start = in.position;
            int first = ISourceNode.UNKNOWN_LINE;
            int last = ISourceNode.UNKNOWN_LINE;
            for (int i = 0; i < count; i++) {
                int line = in.readInt();
                if (line < ISourceNode.UNKNOWN_LINE || line > MAX_LINE) {
                    throw new IOException("line " + line);
                }
                if (line != ISourceNode.UNKNOWN_LINE) {
                    if (first > line || last == ISourceNode.UNKNOWN_LINE) {
                        first = line;
                    }
                    if (last < line) {
                        last = line;
                    }
                }
                in.readVar();
                index(in.readVar(), setCount);
                int branchSets = bounded(in.readVar(), length);
                for (int b = 0; b < branchSets; b++) {
                    index(in.readVar(), setCount);
                }
            }
            in.position = start;
            m.ensureCapacity(first, last);
            // Instructions without branches are added per run of one line at once (counters and lines add up);
            // an instruction with branches is added alone, as JaCoCo derives complexity from each one's branches.
            int runLine = ISourceNode.UNKNOWN_LINE;
            int runMissed = 0;
            int runCovered = 0;
            for (int i = 0; i < count; i++) {
                int line = in.readInt();
                int branches = in.readVar();
                boolean covered = hit[in.readVar()];
                int branchSets = in.readVar();
                if (branches >= 2) {
                    int coveredBranches = 0;
                    for (int b = 0; b < branchSets; b++) {
                        if (hit[in.readVar()]) {
                            coveredBranches++;
                        }
                    }
                    m.increment(
                            covered ? CounterImpl.COUNTER_0_1 : CounterImpl.COUNTER_1_0,
                            CounterImpl.getInstance(branches - coveredBranches, coveredBranches),
                            line);
                    continue;
                }
                for (int b = 0; b < branchSets; b++) {
                    in.readVar();
                }
                if (line != runLine) {
                    addRun(m, runMissed, runCovered, runLine);
                    runLine = line;
                    runMissed = 0;
                    runCovered = 0;
                }
                if (covered) {
                    runCovered++;
                } else {
                    runMissed++;
                }
            }
            addRun(m, runMissed, runCovered, runLine);
            m.incrementMethodCounter();
            if (m.containsCode()) {
                methods.add(m);
                if (m.getFirstLine() != ISourceNode.UNKNOWN_LINE) {
                    classFirst = classFirst == ISourceNode.UNKNOWN_LINE
                            ? m.getFirstLine()
                            : Math.min(classFirst, m.getFirstLine());
                    classLast = Math.max(classLast, m.getLastLine());
                }
            }
        }
        // The class's line table sized once for all its methods: adding them one by one grows (copies) it per method,
        // the largest allocation of a warm build. The range is the union JaCoCo's growth would reach.
        coverage.ensureCapacity(classFirst, classLast);
        for (MethodCoverageImpl m : methods) {
            coverage.addMethod(m);
        }
        int fragmentCount = bounded(in.readInt(), length);
        if (fragmentCount > 0) {
            List<SourceNodeImpl> nodes = new ArrayList<>(fragmentCount);
            for (int f = 0; f < fragmentCount; f++) {
                SourceNodeImpl node = new SourceNodeImpl(null, in.readUTF());
                int count = bounded(in.readVar(), length);
                for (int i = 0; i < count; i++) {
                    int line = in.readInt();
                    if (line < 0 || line > MAX_LINE) {
                        throw new IOException("fragment line " + line);
                    }
                    boolean covered = hit[index(in.readVar(), setCount)];
                    int n = bounded(in.readVar(), Integer.MAX_VALUE);
                    if (n == 0) {
                        throw new IOException("empty fragment line");
                    }
                    node.increment(
                            covered ? CounterImpl.getInstance(0, n) : CounterImpl.getInstance(n, 0),
                            CounterImpl.COUNTER_0_0,
                            line);
                }
                nodes.add(node);
            }
            coverage.setFragments(nodes);
        }
        if (!in.atEnd()) {
            throw new IOException("trailing bytes");
        }
        return coverage;
    }

    private static void addRun(MethodCoverageImpl m, int missed, int covered, int line) {
        if (missed + covered > 0) {
            m.increment(CounterImpl.getInstance(missed, covered), CounterImpl.COUNTER_0_0, line);
        }
    }

    /** Whether this probe array fits the class (JaCoCo would index past the end of a shorter one). */
    boolean accepts(boolean[] probes) {
        return probes == null || probes.length >= probeCount;
    }

    // ---------------------------------------------------------------- comparison with JaCoCo's result

    /**
     * The first difference between two coverage nodes of one class, in every counter of the class, its methods and
     * their lines, or {@code null} when they are equal.
     */
    static String difference(IClassCoverage expected, IClassCoverage actual) {
        if (!expected.getName().equals(actual.getName())
                || expected.getId() != actual.getId()
                || expected.isNoMatch() != actual.isNoMatch()
                || !Objects.equals(expected.getSourceFileName(), actual.getSourceFileName())
                || !Objects.equals(expected.getSignature(), actual.getSignature())
                || !Objects.equals(expected.getSuperName(), actual.getSuperName())
                || !Arrays.equals(expected.getInterfaceNames(), actual.getInterfaceNames())) {
            return "class header of " + expected.getName();
        }
        String diff = nodeDifference(expected, actual);
        if (diff != null) {
            return expected.getName() + ": " + diff;
        }
        Collection<IMethodCoverage> em = expected.getMethods();
        Collection<IMethodCoverage> am = actual.getMethods();
        if (em.size() != am.size()) {
            return expected.getName() + ": " + em.size() + " methods != " + am.size();
        }
        diff = fragmentDifference(expected, actual);
        if (diff != null) {
            return expected.getName() + ": " + diff;
        }
        Iterator<IMethodCoverage> ai = am.iterator();
        for (IMethodCoverage e : em) {
            IMethodCoverage a = ai.next();
            if (!e.getName().equals(a.getName())
                    || !e.getDesc().equals(a.getDesc())
                    || !Objects.equals(e.getSignature(), a.getSignature())) {
                return expected.getName() + ": method " + e.getName() + e.getDesc() + " != " + a.getName()
                        + a.getDesc();
            }
            diff = nodeDifference(e, a);
            if (diff != null) {
                return expected.getName() + "." + e.getName() + e.getDesc() + ": " + diff;
            }
        }
        return null;
    }

    /** The first difference in the fragments (of other classes) that JaCoCo's {@code CoverageBuilder} applies. */
    private static String fragmentDifference(IClassCoverage expected, IClassCoverage actual) {
        Map<String, SourceNodeImpl> e = fragmentsOf(expected);
        Map<String, SourceNodeImpl> a = fragmentsOf(actual);
        if (e == null || a == null || !e.keySet().equals(a.keySet())) {
            return "fragments " + (e == null ? "?" : e.keySet()) + " != " + (a == null ? "?" : a.keySet());
        }
        for (Map.Entry<String, SourceNodeImpl> fragment : e.entrySet()) {
            String diff = nodeDifference(fragment.getValue(), a.get(fragment.getKey()));
            if (diff != null) {
                return "fragment of " + fragment.getKey() + ": " + diff;
            }
        }
        return null;
    }

    /** The fragments by class name, or {@code null} when they cannot be read or two share a name. */
    private static Map<String, SourceNodeImpl> fragmentsOf(IClassCoverage coverage) {
        if (!(coverage instanceof ClassCoverageImpl impl)) {
            return null;
        }
        Map<String, SourceNodeImpl> out = new TreeMap<>();
        for (SourceNodeImpl fragment : impl.getFragments()) {
            if (out.put(fragment.getName(), fragment) != null) {
                return null;
            }
        }
        return out;
    }

    private static String nodeDifference(ISourceNode expected, ISourceNode actual) {
        for (ICoverageNode.CounterEntity entity : ICoverageNode.CounterEntity.values()) {
            if (!expected.getCounter(entity).equals(actual.getCounter(entity))) {
                return entity + " " + expected.getCounter(entity) + " != " + actual.getCounter(entity);
            }
        }
        if (expected.getFirstLine() != actual.getFirstLine() || expected.getLastLine() != actual.getLastLine()) {
            return "lines " + expected.getFirstLine() + "-" + expected.getLastLine() + " != " + actual.getFirstLine()
                    + "-" + actual.getLastLine();
        }
        if (expected.getFirstLine() != ISourceNode.UNKNOWN_LINE) {
            for (int line = expected.getFirstLine(); line <= expected.getLastLine(); line++) {
                var e = expected.getLine(line);
                var a = actual.getLine(line);
                if (!e.getInstructionCounter().equals(a.getInstructionCounter())
                        || !e.getBranchCounter().equals(a.getBranchCounter())) {
                    return "line " + line;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- encoding

    /** The entry's bytes (without the cache file's header and checksum). */
    byte[] encode() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(classId);
            out.writeUTF(className);
            writeNullable(out, signature);
            writeNullable(out, superName);
            if (interfaces == null) {
                out.writeInt(-1);
            } else {
                out.writeInt(interfaces.length);
                for (String i : interfaces) {
                    out.writeUTF(i);
                }
            }
            writeNullable(out, sourceFileName);
            out.writeInt(probeCount);
            out.writeInt(sets.length);
            for (int s = 1; s < sets.length; s++) {
                writeVar(out, sets[s].length);
                int previous = -1;
                for (int p : sets[s]) {
                    writeVar(out, p - previous - 1);
                    previous = p;
                }
            }
            out.writeInt(methods.size());
            for (Method m : methods) {
                out.writeUTF(m.name());
                out.writeUTF(m.desc());
                writeNullable(out, m.signature());
                out.writeInt(m.instructions().size());
                for (Instruction i : m.instructions()) {
                    out.writeInt(i.line());
                    writeVar(out, i.branches());
                    writeVar(out, i.set());
                    writeVar(out, i.branchSets().length);
                    for (int s : i.branchSets()) {
                        writeVar(out, s);
                    }
                }
            }
            out.writeInt(fragments.size());
            for (Fragment f : fragments) {
                out.writeUTF(f.className());
                writeVar(out, f.lines().length);
                for (int i = 0; i < f.lines().length; i++) {
                    out.writeInt(f.lines()[i]);
                    writeVar(out, f.sets()[i]);
                    writeVar(out, f.instructions()[i]);
                }
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Reads an entry; every count and index is bounds-checked, so a damaged entry is rejected rather than used.
     *
     * @throws IOException when the bytes are not a well-formed entry
     */
    static AnalysisEntry decode(byte[] data) throws IOException {
        return decode(data, 0, data.length);
    }

    /** {@link #decode(byte[])} of {@code length} bytes from {@code offset}. */
    static AnalysisEntry decode(byte[] data, int offset, int length) throws IOException {
        Cursor in = new Cursor(data, offset, offset + length);
        Header header = Header.read(in, length);
        int probeCount = header.probeCount();
        int setCount = bounded(in.readInt(), length + 1);
        if (setCount < 1) {
            throw new IOException("no empty set");
        }
        int[][] sets = new int[setCount][];
        sets[0] = new int[0];
        for (int s = 1; s < setCount; s++) {
            int[] set = new int[bounded(in.readVar(), length)];
            int previous = -1;
            for (int k = 0; k < set.length; k++) {
                previous = previous + 1 + in.readVar();
                if (previous >= probeCount || previous < 0) {
                    throw new IOException("probe " + previous + " out of range");
                }
                set[k] = previous;
            }
            sets[s] = set;
        }
        int methodCount = bounded(in.readInt(), length);
        Method[] methods = new Method[methodCount];
        for (int m = 0; m < methodCount; m++) {
            String name = in.readUTF();
            String desc = in.readUTF();
            String methodSignature = in.readNullable();
            int count = bounded(in.readInt(), length);
            Instruction[] instructions = new Instruction[count];
            for (int i = 0; i < count; i++) {
                int line = in.readInt();
                if (line < ISourceNode.UNKNOWN_LINE || line > MAX_LINE) {
                    throw new IOException("line " + line);
                }
                int branches = in.readVar();
                int set = index(in.readVar(), setCount);
                int branchCount = bounded(in.readVar(), length);
                int[] branchSets = new int[branchCount];
                for (int b = 0; b < branchCount; b++) {
                    branchSets[b] = index(in.readVar(), setCount);
                }
                instructions[i] = new Instruction(line, branches, set, branchSets);
            }
            methods[m] = new Method(name, desc, methodSignature, List.of(instructions));
        }
        Fragment[] fragments = new Fragment[bounded(in.readInt(), length)];
        for (int f = 0; f < fragments.length; f++) {
            String name = in.readUTF();
            int count = bounded(in.readVar(), length);
            int[] lines = new int[count];
            int[] fragmentSets = new int[count];
            int[] instructions = new int[count];
            for (int i = 0; i < count; i++) {
                lines[i] = in.readInt();
                if (lines[i] < 0 || lines[i] > MAX_LINE) {
                    throw new IOException("fragment line " + lines[i]);
                }
                fragmentSets[i] = index(in.readVar(), setCount);
                instructions[i] = bounded(in.readVar(), Integer.MAX_VALUE);
                if (instructions[i] == 0) {
                    throw new IOException("empty fragment line");
                }
            }
            fragments[f] = new Fragment(name, lines, fragmentSets, instructions);
        }
        if (!in.atEnd()) {
            throw new IOException("trailing bytes");
        }
        return new AnalysisEntry(
                header.classId(),
                header.className(),
                header.signature(),
                header.superName(),
                header.interfaces(),
                header.sourceFileName(),
                probeCount,
                sets,
                List.of(methods),
                List.of(fragments));
    }

    /** The class fields at the start of an encoded entry, read (and bounds-checked) once for both readers. */
    private record Header(
            long classId,
            String className,
            String signature,
            String superName,
            String[] interfaces,
            String sourceFileName,
            int probeCount) {

        static Header read(Cursor in, int length) throws IOException {
            long classId = in.readLong();
            String className = in.readUTF();
            String signature = in.readNullable();
            String superName = in.readNullable();
            int interfaceCount = in.readInt();
            String[] interfaces = null;
            if (interfaceCount >= 0) {
                interfaces = new String[bounded(interfaceCount, length)];
                for (int i = 0; i < interfaces.length; i++) {
                    interfaces[i] = in.readUTF();
                }
            }
            String source = in.readNullable();
            int probeCount = bounded(in.readInt(), Integer.MAX_VALUE);
            return new Header(classId, className, signature, superName, interfaces, source, probeCount);
        }
    }

    /** Reads what {@link DataOutputStream} and {@link #writeVar} wrote, from an array, without locks or copies. */
    private static final class Cursor {
        private final byte[] data;
        private final int end;
        private int position;

        Cursor(byte[] data, int offset, int end) {
            this.data = data;
            this.position = offset;
            this.end = end;
        }

        private int next() throws IOException {
            if (position >= end) {
                throw new java.io.EOFException();
            }
            return data[position++] & 0xff;
        }

        boolean atEnd() {
            return position == end;
        }

        int readInt() throws IOException {
            return (next() << 24) | (next() << 16) | (next() << 8) | next();
        }

        long readLong() throws IOException {
            return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
        }

        int readVar() throws IOException {
            int value = 0;
            for (int shift = 0; shift < 32; shift += 7) {
                int b = next();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    if (value < 0) {
                        throw new IOException("varint out of range");
                    }
                    return value;
                }
            }
            throw new IOException("varint too long");
        }

        String readNullable() throws IOException {
            int flag = next();
            if (flag > 1) {
                throw new IOException("not a boolean: " + flag);
            }
            return flag == 1 ? readUTF() : null;
        }

        /** Java's modified UTF-8 with a two-byte length ({@link DataOutputStream#writeUTF}). */
        String readUTF() throws IOException {
            int length = (next() << 8) | next();
            if (length > end - position) {
                throw new java.io.EOFException();
            }
            int start = position;
            boolean ascii = true;
            for (int i = start; i < start + length; i++) {
                if (data[i] <= 0) { // NUL is written in two bytes, non-ASCII has the high bit set
                    ascii = false;
                    break;
                }
            }
            position += length;
            if (ascii) {
                return new String(data, start, length, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            byte[] framed = new byte[length + 2];
            framed[0] = (byte) (length >>> 8);
            framed[1] = (byte) length;
            System.arraycopy(data, start, framed, 2, length);
            return new DataInputStream(new ByteArrayInputStream(framed)).readUTF();
        }
    }

    private static int bounded(int value, int max) throws IOException {
        if (value < 0 || value > max) {
            throw new IOException("count " + value + " out of range");
        }
        return value;
    }

    private static int index(int value, int size) throws IOException {
        if (value < 0 || value >= size) {
            throw new IOException("set index " + value + " out of range");
        }
        return value;
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static void writeVar(DataOutputStream out, int value) throws IOException {
        if (value < 0) {
            throw new IOException("negative " + value);
        }
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }
}
