package dev.readiness.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.analysis.ISourceNode;
import org.jacoco.core.internal.analysis.ClassCoverageImpl;
import org.jacoco.core.internal.analysis.SourceNodeImpl;

/**
 * Compares two coverage nodes of one class in everything JaCoCo reports: header, counters, fragments (Kotlin SMAP),
 * methods, lines.
 */
final class ClassComparison {
    private ClassComparison() {}

    /** The first difference, or {@code null} when the two are equal. */
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
        String diff = node(expected, actual);
        if (diff != null) {
            return expected.getName() + ": " + diff;
        }
        Collection<IMethodCoverage> em = expected.getMethods();
        Collection<IMethodCoverage> am = actual.getMethods();
        if (em.size() != am.size()) {
            return expected.getName() + ": " + em.size() + " methods != " + am.size();
        }
        diff = fragments(expected, actual);
        if (diff != null) {
            return expected.getName() + ": " + diff;
        }
        Iterator<IMethodCoverage> ai = am.iterator();
        for (IMethodCoverage e : em) {
            IMethodCoverage a = ai.next();
            if (!e.getName().equals(a.getName()) || !e.getDesc().equals(a.getDesc())) {
                return expected.getName() + ": method " + e.getName() + e.getDesc() + " != " + a.getName()
                        + a.getDesc();
            }
            diff = node(e, a);
            if (diff != null) {
                return expected.getName() + "." + e.getName() + e.getDesc() + ": " + diff;
            }
        }
        return null;
    }

    /**
     * The fragments of other classes (Kotlin SMAP) that JaCoCo's {@code CoverageBuilder} applies to them, by class
     * name: the same names, and each equal as a node.
     */
    private static String fragments(IClassCoverage expected, IClassCoverage actual) {
        if (!(expected instanceof ClassCoverageImpl e) || !(actual instanceof ClassCoverageImpl a)) {
            return "fragments not comparable";
        }
        Map<String, SourceNodeImpl> ef = new TreeMap<>();
        e.getFragments().forEach(f -> ef.put(f.getName(), f));
        Map<String, SourceNodeImpl> af = new TreeMap<>();
        a.getFragments().forEach(f -> af.put(f.getName(), f));
        if (ef.size() != e.getFragments().size() || !ef.keySet().equals(af.keySet())) {
            return "fragments " + ef.keySet() + " != " + af.keySet();
        }
        for (Map.Entry<String, SourceNodeImpl> f : ef.entrySet()) {
            String diff = node(f.getValue(), af.get(f.getKey()));
            if (diff != null) {
                return "fragment of " + f.getKey() + ": " + diff;
            }
        }
        return null;
    }

    private static String node(ISourceNode expected, ISourceNode actual) {
        for (ICoverageNode.CounterEntity entity : ICoverageNode.CounterEntity.values()) {
            if (!expected.getCounter(entity).equals(actual.getCounter(entity))) {
                return entity + " " + expected.getCounter(entity) + " != " + actual.getCounter(entity);
            }
        }
        if (expected.getFirstLine() != actual.getFirstLine() || expected.getLastLine() != actual.getLastLine()) {
            return "line range";
        }
        if (expected.getFirstLine() != ISourceNode.UNKNOWN_LINE) {
            for (int line = expected.getFirstLine(); line <= expected.getLastLine(); line++) {
                if (!expected.getLine(line)
                                .getInstructionCounter()
                                .equals(actual.getLine(line).getInstructionCounter())
                        || !expected.getLine(line)
                                .getBranchCounter()
                                .equals(actual.getLine(line).getBranchCounter())) {
                    return "line " + line;
                }
            }
        }
        return null;
    }
}
