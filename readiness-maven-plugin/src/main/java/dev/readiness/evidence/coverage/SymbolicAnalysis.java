package dev.readiness.evidence.coverage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jacoco.core.internal.analysis.filter.Filters;
import org.jacoco.core.internal.analysis.filter.IFilter;
import org.jacoco.core.internal.analysis.filter.IFilterContext;
import org.jacoco.core.internal.analysis.filter.IFilterOutput;
import org.jacoco.core.internal.analysis.filter.KotlinSMAP;
import org.jacoco.core.internal.analysis.filter.Replacements;
import org.jacoco.core.internal.flow.ClassProbesAdapter;
import org.jacoco.core.internal.flow.ClassProbesVisitor;
import org.jacoco.core.internal.flow.IFrame;
import org.jacoco.core.internal.flow.LabelInfo;
import org.jacoco.core.internal.flow.MethodProbesVisitor;
import org.jacoco.core.internal.instr.InstrSupport;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.Attribute;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * JaCoCo's analysis of one class run for every probe at once: the result says, for each instruction and branch that
 * JaCoCo counts, which probes cover it, so the counters follow from any probe array without analysing the class
 * again.
 *
 * <p>It follows JaCoCo 0.8.15's {@code ClassAnalyzer}, {@code MethodAnalyzer}, {@code InstructionsBuilder},
 * {@code Instruction} and {@code MethodCoverageCalculator} step by step, with JaCoCo's own probe placement
 * ({@link ClassProbesAdapter}) and filters ({@link Filters#all()}). Where JaCoCo keeps one covered bit per branch, this
 * keeps one bit per probe and branch: bit {@code p} is the state JaCoCo reaches when only probe {@code p} was hit.
 * JaCoCo's propagation (backwards along the predecessor links, stopping at an instruction already covered) and its
 * filter operations (ignore, merge, replace branches) are unions, so the state for any set of hit probes is the union
 * of these single-probe states: a branch is covered exactly when one of its probes was hit. Every cached entry is
 * also checked against JaCoCo's own result before it is stored (see {@link AnalysisCache}).
 *
 * <p>A Kotlin class with a {@code SourceDebugExtension} (an SMAP: the lines of inline functions inlined into it) is
 * analysed as JaCoCo does: its SMAP is given to the filters, and, before they run, every instruction on a line the SMAP
 * maps to another class or line is recorded as a fragment of that class at the original line (JaCoCo's
 * {@code ClassAnalyzer.calculateFragments}), here with the probe set that covers the instruction. JaCoCo's
 * {@code CoverageBuilder} applies the fragments to their classes, the same for cached and analysed classes. A class
 * with a source debug extension but no Kotlin metadata (JSP, Groovy) gets no SMAP, in JaCoCo as here.
 */
final class SymbolicAnalysis {
    private SymbolicAnalysis() {}

    /**
     * The analysis of one class file, or {@code null} when this class is not cacheable (a module or package-info, which
     * JaCoCo does not analyse, or a Kotlin SMAP that maps lines of a class without a name).
     *
     * @throws RuntimeException as JaCoCo's analyser throws for a class it cannot read
     */
    static AnalysisEntry analyze(byte[] bytes, long classId) {
        ClassReader reader = InstrSupport.classReaderFor(bytes);
        if ((reader.getAccess() & org.objectweb.asm.Opcodes.ACC_MODULE) != 0
                || reader.getClassName().endsWith("/package-info")) {
            return null;
        }
        ClassBuilder builder = new ClassBuilder(reader.getClassName());
        try {
            reader.accept(new ClassProbesAdapter(builder, false), 0);
        } catch (NotCacheable e) {
            return null;
        }
        return builder.entry(classId);
    }

    /** Thrown inside the visit to give up on a class that cannot be cached. */
    private static final class NotCacheable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCacheable() {
            super(null, null, false, false);
        }
    }

    // ---------------------------------------------------------------- class (ClassAnalyzer)

    private static final class ClassBuilder extends ClassProbesVisitor implements IFilterContext {
        private final String className;
        private final Set<String> classAnnotations = new HashSet<>();
        private final Set<String> classAttributes = new HashSet<>();
        private final IFilter filter = Filters.all();
        private final SetTable sets = new SetTable();
        private final List<AnalysisEntry.Method> methods = new ArrayList<>();
        /** Per class named by the SMAP: per (original line, probe set) the number of instructions. */
        private final Map<String, Map<Long, Integer>> fragments = new HashMap<>();

        private String sourceDebugExtension;
        private KotlinSMAP smap;
        private int classAccess;
        private String superName;
        private String signature;
        private String[] interfaces;
        private String sourceFileName;
        private int probeCount;

        ClassBuilder(String className) {
            this.className = className;
        }

        AnalysisEntry entry(long classId) {
            return new AnalysisEntry(
                    classId,
                    className,
                    signature,
                    superName,
                    interfaces,
                    sourceFileName,
                    probeCount,
                    sets.toArray(),
                    List.copyOf(methods),
                    fragments());
        }

        /** The fragments sorted by class name, their instructions by line and probe set. */
        private List<AnalysisEntry.Fragment> fragments() {
            List<AnalysisEntry.Fragment> out = new ArrayList<>();
            for (String name : new java.util.TreeSet<>(fragments.keySet())) {
                Map<Long, Integer> counts = new java.util.TreeMap<>(fragments.get(name));
                int[] lines = new int[counts.size()];
                int[] setIndexes = new int[counts.size()];
                int[] instructions = new int[counts.size()];
                int i = 0;
                for (Map.Entry<Long, Integer> e : counts.entrySet()) {
                    lines[i] = (int) (e.getKey() >>> 32);
                    setIndexes[i] = (int) (long) e.getKey();
                    instructions[i] = e.getValue();
                    i++;
                }
                out.add(new AnalysisEntry.Fragment(name, lines, setIndexes, instructions));
            }
            return List.copyOf(out);
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            this.classAccess = access;
            this.signature = signature;
            this.superName = superName;
            this.interfaces = interfaces;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String desc, boolean visible) {
            if (sourceDebugExtension != null && Filters.KOTLIN_METADATA_DESC.equals(desc)) {
                // as ClassAnalyzer: visitSource comes before visitAnnotation; throws as JaCoCo for a malformed SMAP
                smap = new KotlinSMAP(sourceFileName, sourceDebugExtension);
                sourceDebugExtension = null;
                for (KotlinSMAP.Mapping mapping : smap.mappings()) {
                    if (mapping.inputClassName() == null) {
                        throw new NotCacheable(); // JaCoCo would key a fragment by no name
                    }
                }
            }
            classAnnotations.add(desc);
            return super.visitAnnotation(desc, visible);
        }

        @Override
        public void visitAttribute(Attribute attribute) {
            classAttributes.add(attribute.type);
        }

        @Override
        public void visitSource(String source, String debug) {
            this.sourceFileName = source;
            this.sourceDebugExtension = debug;
        }

        @Override
        public MethodProbesVisitor visitMethod(
                int access, String name, String desc, String signature, String[] exceptions) {
            InstrSupport.assertNotInstrumented(name, className);
            Instructions instructions = new Instructions();
            return new MethodBuilder(instructions) {
                @Override
                public void accept(MethodNode methodNode, MethodVisitor methodVisitor) {
                    super.accept(methodNode, methodVisitor);
                    addMethod(name, desc, signature, instructions, methodNode);
                }
            };
        }

        private void addMethod(
                String name, String desc, String signature, Instructions builder, MethodNode methodNode) {
            Map<AbstractInsnNode, Insn> instructions = builder.instructions();
            addFragments(instructions.values(), builder);
            Calculator calculator = new Calculator(instructions);
            filter.filter(methodNode, this, calculator);
            calculator.apply();
            List<AnalysisEntry.Instruction> out = new ArrayList<>();
            for (AbstractInsnNode node : methodNode.instructions) {
                Insn insn = instructions.get(node);
                if (insn == null || calculator.ignored.contains(node)) {
                    continue;
                }
                int[] branchSets = new int[insn.maxBranchId() + 1];
                BitSet any = new BitSet();
                for (int b = 0; b < branchSets.length; b++) {
                    BitSet set = builder.toProbes(insn.branchOrNull(b));
                    branchSets[b] = sets.indexOf(set);
                    if (set != null) {
                        any.or(set);
                    }
                }
                out.add(new AnalysisEntry.Instruction(insn.line, insn.branches, sets.indexOf(any), branchSets));
            }
            methods.add(new AnalysisEntry.Method(name, desc, signature, List.copyOf(out)));
        }

        /**
         * JaCoCo's {@code calculateFragments}, before the filters, on every instruction of the method: an instruction
         * on an output line of a mapping (other than this class's identity mapping) counts as one instruction of the
         * mapping's class at the original line, covered by the probe set that covers the instruction.
         */
        private void addFragments(Iterable<Insn> instructions, Instructions builder) {
            if (smap == null) {
                return;
            }
            for (KotlinSMAP.Mapping mapping : smap.mappings()) {
                if (className.equals(mapping.inputClassName())
                        && mapping.inputStartLine() == mapping.outputStartLine()) {
                    continue;
                }
                Map<Long, Integer> fragment = fragments.computeIfAbsent(mapping.inputClassName(), k -> new HashMap<>());
                int outputEndLine = mapping.outputStartLine() + mapping.repeatCount() - 1;
                for (Insn insn : instructions) {
                    if (mapping.outputStartLine() <= insn.line && insn.line <= outputEndLine) {
                        int originalLine = mapping.inputStartLine() + insn.line - mapping.outputStartLine();
                        if (originalLine < 0) {
                            throw new NotCacheable(); // an SMAP line beyond int: not stored, JaCoCo decides
                        }
                        int set = sets.indexOf(builder.toProbes(insn.any));
                        fragment.merge(((long) originalLine << 32) | set, 1, Integer::sum);
                    }
                }
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String desc, String signature, Object value) {
            InstrSupport.assertNotInstrumented(name, className);
            return super.visitField(access, name, desc, signature, value);
        }

        @Override
        public void visitTotalProbeCount(int count) {
            this.probeCount = count; // checked against the execution data when the entry is used
        }

        @Override
        public String getClassName() {
            return className;
        }

        @Override
        public String getSuperClassName() {
            return superName;
        }

        @Override
        public Set<String> getClassAnnotations() {
            return classAnnotations;
        }

        @Override
        public Set<String> getClassAttributes() {
            return classAttributes;
        }

        @Override
        public int getClassAccess() {
            return classAccess;
        }

        @Override
        public String getSourceFileName() {
            return sourceFileName;
        }

        @Override
        public KotlinSMAP getKotlinSMAP() {
            return smap;
        }
    }

    /** Distinct probe sets of one class; index 0 is the empty set. */
    private static final class SetTable {
        private final Map<BitSet, Integer> index = new HashMap<>();
        private final List<int[]> sets = new ArrayList<>();

        SetTable() {
            indexOf(new BitSet());
        }

        int indexOf(BitSet set) {
            BitSet key = set == null ? new BitSet() : set;
            Integer i = index.get(key);
            if (i != null) {
                return i;
            }
            int next = sets.size();
            index.put((BitSet) key.clone(), next);
            sets.add(key.stream().toArray());
            return next;
        }

        int[][] toArray() {
            return sets.toArray(new int[0][]);
        }
    }

    // ---------------------------------------------------------------- method (MethodAnalyzer)

    private static class MethodBuilder extends MethodProbesVisitor {
        private final Instructions builder;
        private AbstractInsnNode currentNode;

        MethodBuilder(Instructions builder) {
            this.builder = builder;
        }

        @Override
        public void accept(MethodNode methodNode, MethodVisitor methodVisitor) {
            methodVisitor.visitCode();
            for (TryCatchBlockNode n : methodNode.tryCatchBlocks) {
                n.accept(methodVisitor);
            }
            for (AbstractInsnNode i : methodNode.instructions) {
                currentNode = i;
                i.accept(methodVisitor);
            }
            methodVisitor.visitEnd();
        }

        @Override
        public void visitLabel(Label label) {
            builder.addLabel(label);
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            builder.currentLine = line;
        }

        @Override
        public void visitInsn(int opcode) {
            builder.addInstruction(currentNode);
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            builder.addInstruction(currentNode);
        }

        @Override
        public void visitVarInsn(int opcode, int var) {
            builder.addInstruction(currentNode);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            builder.addInstruction(currentNode);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String desc) {
            builder.addInstruction(currentNode);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
            builder.addInstruction(currentNode);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String desc, Handle bsm, Object... bsmArgs) {
            builder.addInstruction(currentNode);
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            builder.addInstruction(currentNode);
            builder.addJump(label, 1);
        }

        @Override
        public void visitLdcInsn(Object cst) {
            builder.addInstruction(currentNode);
        }

        @Override
        public void visitIincInsn(int var, int increment) {
            builder.addInstruction(currentNode);
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            visitSwitchInsn(dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            visitSwitchInsn(dflt, labels);
        }

        private void visitSwitchInsn(Label dflt, Label[] labels) {
            builder.addInstruction(currentNode);
            LabelInfo.resetDone(labels);
            int branch = 0;
            builder.addJump(dflt, branch);
            LabelInfo.setDone(dflt);
            for (Label l : labels) {
                if (!LabelInfo.isDone(l)) {
                    branch++;
                    builder.addJump(l, branch);
                    LabelInfo.setDone(l);
                }
            }
        }

        @Override
        public void visitMultiANewArrayInsn(String desc, int dims) {
            builder.addInstruction(currentNode);
        }

        @Override
        public void visitProbe(int probeId) {
            builder.addProbe(probeId, 0);
            builder.noSuccessor();
        }

        @Override
        public void visitJumpInsnWithProbe(int opcode, Label label, int probeId, IFrame frame) {
            builder.addInstruction(currentNode);
            builder.addProbe(probeId, 1);
        }

        @Override
        public void visitInsnWithProbe(int opcode, int probeId) {
            builder.addInstruction(currentNode);
            builder.addProbe(probeId, 0);
        }

        @Override
        public void visitTableSwitchInsnWithProbes(int min, int max, Label dflt, Label[] labels, IFrame frame) {
            visitSwitchInsnWithProbes(dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsnWithProbes(Label dflt, int[] keys, Label[] labels, IFrame frame) {
            visitSwitchInsnWithProbes(dflt, labels);
        }

        private void visitSwitchInsnWithProbes(Label dflt, Label[] labels) {
            builder.addInstruction(currentNode);
            LabelInfo.resetDone(dflt);
            LabelInfo.resetDone(labels);
            int branch = 0;
            visitSwitchTarget(dflt, branch);
            for (Label l : labels) {
                branch++;
                visitSwitchTarget(l, branch);
            }
        }

        private void visitSwitchTarget(Label label, int branch) {
            int id = LabelInfo.getProbeId(label);
            if (!LabelInfo.isDone(label)) {
                if (id == LabelInfo.NO_PROBE) {
                    builder.addJump(label, branch);
                } else {
                    builder.addProbe(id, branch);
                }
                LabelInfo.setDone(label);
            }
        }
    }

    // ---------------------------------------------------------------- InstructionsBuilder

    private static final class Instructions {
        private final Map<AbstractInsnNode, Insn> instructions = new HashMap<>();
        private final Map<Label, Insn> labelTargets = new IdentityHashMap<>();
        private final List<Label> currentLabel = new ArrayList<>(2);
        private final List<Jump> jumps = new ArrayList<>();
        /**
         * The method's probes as lanes numbered from 0 in the order met, so the lane sets of a method are as small as
         * its own probe count, not the class's.
         */
        private final Map<Integer, Integer> laneOfProbe = new HashMap<>();

        private final List<Integer> probeOfLane = new ArrayList<>();
        int currentLine = -1; // ISourceNode.UNKNOWN_LINE
        private Insn currentInsn;

        void addLabel(Label label) {
            currentLabel.add(label);
            if (!LabelInfo.isSuccessor(label)) {
                noSuccessor();
            }
        }

        void addInstruction(AbstractInsnNode node) {
            Insn insn = new Insn(currentLine);
            for (int i = currentLabel.size(); --i >= 0; ) {
                labelTargets.put(currentLabel.get(i), insn);
            }
            currentLabel.clear();
            if (currentInsn != null) {
                currentInsn.addBranch(insn, 0);
            }
            currentInsn = insn;
            instructions.put(node, insn);
        }

        void noSuccessor() {
            currentInsn = null;
        }

        void addJump(Label target, int branch) {
            jumps.add(new Jump(currentInsn, target, branch));
        }

        void addProbe(int probeId, int branch) {
            Integer lane = laneOfProbe.get(probeId);
            if (lane == null) {
                lane = probeOfLane.size();
                probeOfLane.add(probeId);
                laneOfProbe.put(probeId, lane);
            }
            currentInsn.addProbe(lane, branch);
        }

        /** A set of lanes as the set of the class's probe ids, or {@code null} for none. */
        BitSet toProbes(BitSet lanes) {
            if (lanes == null) {
                return null;
            }
            BitSet probes = new BitSet();
            for (int lane = lanes.nextSetBit(0); lane >= 0; lane = lanes.nextSetBit(lane + 1)) {
                probes.set(probeOfLane.get(lane));
            }
            return probes;
        }

        Map<AbstractInsnNode, Insn> instructions() {
            for (Jump j : jumps) {
                j.source.addBranch(labelTargets.get(j.target), j.branch);
            }
            return instructions;
        }

        private record Jump(Insn source, Label target, int branch) {}
    }

    // ---------------------------------------------------------------- Instruction, one lane per probe

    private static final class Insn {
        final int line;
        int branches;
        /** Per branch id: the probes whose hit alone covers that branch. */
        private final List<BitSet> covered = new ArrayList<>(2);
        /** The union of {@link #covered}: the probes whose hit alone covers this instruction. */
        private final BitSet any = new BitSet();

        private Insn predecessor;
        private int predecessorBranch;

        Insn(int line) {
            this.line = line;
        }

        void addBranch(Insn target, int branch) {
            branches++;
            target.predecessor = this;
            target.predecessorBranch = branch;
            if (!target.any.isEmpty()) {
                propagate(this, branch, (BitSet) target.any.clone());
            }
        }

        void addProbe(int probeId, int branch) {
            branches++;
            BitSet lane = new BitSet();
            lane.set(probeId);
            propagate(this, branch, lane);
        }

        /**
         * JaCoCo's {@code propagateExecutedBranch} for every lane at once: each lane sets the branch and walks on to
         * the predecessor unless the instruction was already covered in that lane.
         */
        private static void propagate(Insn insn, int branch, BitSet lanes) {
            BitSet delta = lanes;
            while (insn != null && !delta.isEmpty()) {
                insn.branch(branch).or(delta);
                BitSet next = (BitSet) delta.clone();
                next.andNot(insn.any);
                insn.any.or(delta);
                branch = insn.predecessorBranch;
                insn = insn.predecessor;
                delta = next;
            }
        }

        private BitSet branch(int id) {
            while (covered.size() <= id) {
                covered.add(null);
            }
            BitSet set = covered.get(id);
            if (set == null) {
                set = new BitSet();
                covered.set(id, set);
            }
            return set;
        }

        BitSet branchOrNull(int id) {
            return id < covered.size() ? covered.get(id) : null;
        }

        int maxBranchId() {
            return covered.size() - 1;
        }

        Insn merge(Insn other) {
            Insn result = new Insn(line);
            result.branches = branches;
            for (Insn from : List.of(this, other)) {
                for (int b = 0; b < from.covered.size(); b++) {
                    BitSet set = from.covered.get(b);
                    if (set != null) {
                        result.branch(b).or(set);
                        result.any.or(set);
                    }
                }
            }
            return result;
        }

        Insn replaceBranches(Replacements replacements, Map<AbstractInsnNode, Insn> instructions) {
            Insn result = new Insn(line);
            int branchIndex = 0;
            for (var newBranch : replacements.values()) {
                BitSet target = result.branch(branchIndex);
                for (Replacements.InstructionBranch from : newBranch) {
                    BitSet set = instructions.get(from.instruction).branchOrNull(from.branch);
                    if (set != null) {
                        target.or(set);
                        result.any.or(set);
                    }
                }
                branchIndex++;
            }
            result.branches = branchIndex;
            return result;
        }
    }

    // ---------------------------------------------------------------- MethodCoverageCalculator

    private static final class Calculator implements IFilterOutput {
        private final Map<AbstractInsnNode, Insn> instructions;
        final Set<AbstractInsnNode> ignored = new HashSet<>();
        private final Map<AbstractInsnNode, AbstractInsnNode> merged = new HashMap<>();
        private final Map<AbstractInsnNode, Replacements> replacements = new HashMap<>();

        Calculator(Map<AbstractInsnNode, Insn> instructions) {
            this.instructions = instructions;
        }

        void apply() {
            for (Map.Entry<AbstractInsnNode, AbstractInsnNode> entry : merged.entrySet()) {
                AbstractInsnNode node = entry.getKey();
                Insn instruction = instructions.get(node);
                AbstractInsnNode representative = findRepresentative(node);
                ignored.add(node);
                instructions.put(
                        representative, instructions.get(representative).merge(instruction));
                entry.setValue(representative);
            }
            for (Map.Entry<AbstractInsnNode, AbstractInsnNode> entry : merged.entrySet()) {
                instructions.put(entry.getKey(), instructions.get(entry.getValue()));
            }
            for (Map.Entry<AbstractInsnNode, Replacements> entry : replacements.entrySet()) {
                AbstractInsnNode node = entry.getKey();
                instructions.put(node, instructions.get(node).replaceBranches(entry.getValue(), instructions));
            }
        }

        private AbstractInsnNode findRepresentative(AbstractInsnNode i) {
            AbstractInsnNode r;
            while ((r = merged.get(i)) != null) {
                i = r;
            }
            return i;
        }

        @Override
        public void ignore(AbstractInsnNode fromInclusive, AbstractInsnNode toInclusive) {
            for (AbstractInsnNode i = fromInclusive; i != toInclusive; i = i.getNext()) {
                ignored.add(i);
            }
            ignored.add(toInclusive);
        }

        @Override
        public void merge(AbstractInsnNode i1, AbstractInsnNode i2) {
            i1 = findRepresentative(i1);
            i2 = findRepresentative(i2);
            if (i1 != i2) {
                merged.put(i2, i1);
            }
        }

        @Override
        public void replaceBranches(AbstractInsnNode source, Replacements replacements) {
            this.replacements.put(source, replacements);
        }
    }
}
