package dev.readiness.evidence.tests;

import dev.readiness.policy.TestGroupDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Tags of compiled test classes and methods, built by {@link TestGroupScanner}; maps report cases to test groups.
 *
 * <p>A case's tags are its class's tags (own, inherited, meta-annotated, enclosing class for {@code @Nested}) plus the
 * tags of its method. The method is found from the Surefire case name by its prefix before {@code (} or {@code [}:
 * {@code adds}, {@code positive(int)[1]}, {@code repeated()[2]}, {@code method[0]} (JUnit 4 parameterized) all map.
 * Names that cannot be mapped (see {@link #methodNameOf(String)}): cases of reports written with Surefire's phrased
 * names ({@code usePhrasedTestCaseMethodName}, e.g. {@code [1] 1, 2} or a {@code @DisplayName}) get their class tags
 * only, and with {@code usePhrasedTestCaseClassName} not even those, since the class name is a display name too.
 *
 * <p>Immutable and thread-safe.
 */
public final class TestClassIndex {
    private static final TestClassIndex EMPTY = new TestClassIndex(0, Map.of(), Map.of());

    private final int scannedClasses;
    private final Map<String, SortedSet<String>> classTags;
    private final Map<String, Map<String, SortedSet<String>>> methodTags;

    TestClassIndex(
            int scannedClasses, Map<String, Set<String>> classTags, Map<String, Map<String, Set<String>>> methodTags) {
        this.scannedClasses = scannedClasses;
        Map<String, SortedSet<String>> classes = new TreeMap<>();
        classTags.forEach((k, v) -> classes.put(k, sorted(v)));
        Map<String, Map<String, SortedSet<String>>> methods = new TreeMap<>();
        methodTags.forEach((k, v) -> {
            Map<String, SortedSet<String>> byName = new TreeMap<>();
            v.forEach((m, tags) -> byName.put(m, sorted(tags)));
            methods.put(k, Collections.unmodifiableMap(byName));
        });
        this.classTags = Collections.unmodifiableMap(classes);
        this.methodTags = Collections.unmodifiableMap(methods);
    }

    /** An index without classes: groups can only be defined by class-name globs. */
    public static TestClassIndex empty() {
        return EMPTY;
    }

    /**
     * The two indexes together; for a class both know, {@code preferred}'s tags (e.g. those JUnit reported in an Open
     * Test Reporting file) replace {@code other}'s.
     */
    public static TestClassIndex merge(TestClassIndex preferred, TestClassIndex other) {
        Map<String, Set<String>> classes = new TreeMap<>(other.classTags);
        Map<String, Map<String, Set<String>>> methods = new TreeMap<>();
        other.methodTags.forEach((k, v) -> methods.put(k, new TreeMap<>(v)));
        preferred.classTags.forEach((k, v) -> {
            classes.put(k, v);
            methods.remove(k);
        });
        preferred.methodTags.forEach((k, v) -> methods.put(k, new TreeMap<>(v)));
        return new TestClassIndex(preferred.scannedClasses + other.scannedClasses, classes, methods);
    }

    /** True when no class file was scanned. */
    public boolean isEmpty() {
        return scannedClasses == 0;
    }

    /** Number of class files scanned (annotation types included). */
    public int scannedClasses() {
        return scannedClasses;
    }

    /**
     * True when a scanned class or method carries one of the tags (own, inherited or through a composed annotation):
     * the group they define exists in the test code, whether or not a report holds its cases.
     */
    public boolean declaresAny(Collection<String> tags) {
        if (tags.isEmpty()) {
            return false;
        }
        Set<String> wanted = Set.copyOf(tags);
        return classTags.values().stream().flatMap(Set::stream).anyMatch(wanted::contains)
                || methodTags.values().stream()
                        .flatMap(m -> m.values().stream())
                        .flatMap(Set::stream)
                        .anyMatch(wanted::contains);
    }

    /**
     * The tags of one report case, sorted; empty when the class is unknown or untagged.
     *
     * @param className the case's class name as in the report, e.g. {@code com.acme.CalculatorTest$WhenEmpty}
     * @param caseName the case's name as in the report, e.g. {@code positive(int)[1]}
     */
    public Set<String> tagsOf(String className, String caseName) {
        SortedSet<String> ofClass = classTags.getOrDefault(className, Collections.emptySortedSet());
        Optional<String> method = methodNameOf(caseName);
        Map<String, SortedSet<String>> methods = methodTags.get(className);
        if (method.isEmpty() || methods == null || !methods.containsKey(method.get())) {
            return ofClass;
        }
        SortedSet<String> all = new TreeSet<>(ofClass);
        all.addAll(methods.get(method.get()));
        return Collections.unmodifiableSortedSet(all);
    }

    /**
     * The cases that belong to the group, in the given order: a case belongs when it carries one of the group's tags
     * or its class matches one of the group's class-name globs. An empty result means the configured group matches no
     * case, which the caller reports as such.
     */
    public List<TestCaseResult> members(TestGroupDefinition group, List<TestCaseResult> cases) {
        List<Pattern> globs = group.classes().stream()
                .filter(g -> !g.isBlank())
                .map(TestClassIndex::classGlob)
                .toList();
        Set<String> wanted = Set.copyOf(group.tags());
        List<TestCaseResult> members = new ArrayList<>();
        for (TestCaseResult c : cases) {
            if (matchesClass(globs, c.className()) || matchesTag(wanted, c)) {
                members.add(c);
            }
        }
        return List.copyOf(members);
    }

    /**
     * The group's members with their counts, and the cases that could belong to it but whose names cannot be mapped to
     * a method (see {@link TestGroupResult#unmappedCases()}).
     */
    public TestGroupResult group(TestGroupDefinition group, List<TestCaseResult> cases) {
        List<TestCaseResult> members = members(group, cases);
        Set<String> wanted = Set.copyOf(group.tags());
        Set<TestCaseResult> memberSet = Collections.newSetFromMap(new IdentityHashMap<>());
        memberSet.addAll(members);
        List<TestCaseResult> unmapped = new ArrayList<>();
        for (TestCaseResult c : cases) {
            if (!memberSet.contains(c)
                    && methodNameOf(c.name()).isEmpty()
                    && hasMethodTaggedWithAny(c.className(), wanted)) {
                unmapped.add(c);
            }
        }
        return new TestGroupResult(group.name(), members, TestCounts.of(members), unmapped);
    }

    private boolean hasMethodTaggedWithAny(String className, Set<String> wanted) {
        Map<String, SortedSet<String>> methods = methodTags.get(className);
        if (methods == null || wanted.isEmpty()) {
            return false;
        }
        return methods.values().stream().flatMap(Set::stream).anyMatch(wanted::contains);
    }

    private boolean matchesTag(Set<String> wanted, TestCaseResult c) {
        if (wanted.isEmpty()) {
            return false;
        }
        for (String tag : tagsOf(c.className(), c.name())) {
            if (wanted.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesClass(List<Pattern> globs, String className) {
        if (globs.isEmpty()) {
            return false;
        }
        int dollar = className.indexOf('$');
        String topLevel = dollar > 0 ? className.substring(0, dollar) : className;
        for (Pattern glob : globs) {
            if (glob.matcher(className).matches() || glob.matcher(topLevel).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The method a Surefire case name refers to: the part before the first {@code (} or {@code [}, stripped; empty when
     * that part is empty (phrased parameterized names such as {@code [1] 1, 2}) or the name contains a space (a
     * display name, which is never a Java method name).
     */
    public static Optional<String> methodNameOf(String caseName) {
        if (caseName == null) {
            return Optional.empty();
        }
        int end = caseName.length();
        int paren = caseName.indexOf('(');
        int bracket = caseName.indexOf('[');
        if (paren >= 0) {
            end = paren;
        }
        if (bracket >= 0 && bracket < end) {
            end = bracket;
        }
        String method = caseName.substring(0, end).strip();
        if (method.isEmpty() || method.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        return Optional.of(method);
    }

    /**
     * Compiles a class-name glob: {@code *} matches within one name segment (no {@code .}), {@code **} across
     * segments, {@code ?} one character of a segment; {@code **.} at the start also matches no package at all.
     */
    static Pattern classGlob(String glob) {
        String g = glob.strip();
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < g.length()) {
            char c = g.charAt(i);
            if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
                if (i + 2 < g.length() && g.charAt(i + 2) == '.') {
                    regex.append("(?:.*\\.)?");
                    i += 3;
                } else {
                    regex.append(".*");
                    i += 2;
                }
            } else if (c == '*') {
                regex.append("[^.]*");
                i++;
            } else if (c == '?') {
                regex.append("[^.]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static SortedSet<String> sorted(Set<String> tags) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(tags));
    }

    @Override
    public String toString() {
        return "TestClassIndex[" + scannedClasses + " classes, " + classTags.size() + " tagged]";
    }
}
