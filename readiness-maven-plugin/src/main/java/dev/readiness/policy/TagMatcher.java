package dev.readiness.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A {@link TagDefinition} compiled for matching (DESIGN.md §5). Pure: it knows names and annotation names, never
 * bytecode.
 *
 * <ul>
 *   <li>Package globs: {@code com.acme.control} or {@code com.acme.control.*} select that package only,
 *       {@code com.acme.control.**} selects it and its sub-packages; elsewhere {@code *} matches within one name
 *       segment and {@code **} across segments.
 *   <li>Class globs: {@code *} does not cross a {@code .}, {@code **} does, {@code ?} is one character. A class glob
 *       also selects the nested classes of the classes it matches ({@code com.acme.Outer} selects
 *       {@code com.acme.Outer$Inner} and the anonymous {@code com.acme.Outer$1}): they are part of the same source.
 *       A glob with a leading {@code =} ({@code =com.acme.Outer}) selects only the classes it matches itself, not
 *       their nested classes; {@code =} cannot occur in a Java class name, so it is never ambiguous.
 *   <li>Annotations: fully qualified type names; nested annotation types may be written with {@code $} or {@code .}.
 *       On a class: the whole class; on a {@code package-info}: every class of that package; on a method: that method.
 *   <li>Excludes of the same kinds win over includes.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TagMatcher {
    /** The prefix of a class glob that selects the matched classes without their nested classes. */
    public static final String EXACT_PREFIX = "=";

    private final String name;
    private final boolean configured;
    private final List<Pattern> packages;
    private final List<Pattern> classes;
    private final List<Pattern> exactClasses;
    private final Set<String> annotations;
    private final List<Pattern> excludePackages;
    private final List<Pattern> excludeClasses;
    private final List<Pattern> exactExcludeClasses;
    private final Set<String> excludeAnnotations;

    private TagMatcher(TagDefinition tag) {
        this.name = tag.name();
        this.configured = tag.configured();
        this.packages = compile(tag.packages(), true);
        this.classes = compile(withNested(tag.classes()), false);
        this.exactClasses = compile(exact(tag.classes()), false);
        this.annotations = normalize(tag.annotations());
        this.excludePackages = compile(tag.excludePackages(), true);
        this.excludeClasses = compile(withNested(tag.excludeClasses()), false);
        this.exactExcludeClasses = compile(exact(tag.excludeClasses()), false);
        this.excludeAnnotations = normalize(tag.excludeAnnotations());
    }

    /** Compiles the tag's selectors. */
    public static TagMatcher of(TagDefinition tag) {
        return new TagMatcher(Objects.requireNonNull(tag, "tag"));
    }

    /** The tag's name. */
    public String name() {
        return name;
    }

    /** False when the tag has no inclusion selector (see {@link TagDefinition#configured()}). */
    public boolean configured() {
        return configured;
    }

    /** True when the tag has annotation selectors, so single methods may be selected. */
    public boolean hasAnnotationSelectors() {
        return !annotations.isEmpty() || !excludeAnnotations.isEmpty();
    }

    /**
     * True when the whole class belongs to the tag (before method-level excludes).
     *
     * @param binaryClassName binary name with dots, e.g. {@code com.acme.Outer$Inner}
     * @param classAnnotations fully qualified names of the annotations on the class
     * @param packageAnnotations fully qualified names of the annotations on the class's {@code package-info}
     */
    public boolean matchesClass(String binaryClassName, Set<String> classAnnotations, Set<String> packageAnnotations) {
        return !excludesClass(binaryClassName, classAnnotations, packageAnnotations)
                && includesClass(binaryClassName, classAnnotations, packageAnnotations);
    }

    /**
     * True when the code of this method belongs to the tag: its class is selected whole or the method carries a
     * selected annotation, and neither the class nor the method is excluded.
     */
    public boolean matchesMethod(
            String binaryClassName,
            Set<String> classAnnotations,
            Set<String> packageAnnotations,
            Set<String> methodAnnotations) {
        if (excludesClass(binaryClassName, classAnnotations, packageAnnotations) || excludesMethod(methodAnnotations)) {
            return false;
        }
        return includesClass(binaryClassName, classAnnotations, packageAnnotations)
                || intersects(methodAnnotations, annotations);
    }

    /** True when a method with these annotations is excluded from the tag. */
    public boolean excludesMethod(Set<String> methodAnnotations) {
        return intersects(methodAnnotations, excludeAnnotations);
    }

    private boolean includesClass(String className, Set<String> classAnnotations, Set<String> packageAnnotations) {
        return matchesAny(packages, packageOf(className))
                || matchesClassGlob(classes, className)
                || matchesAny(exactClasses, className)
                || intersects(classAnnotations, annotations)
                || intersects(packageAnnotations, annotations);
    }

    private boolean excludesClass(String className, Set<String> classAnnotations, Set<String> packageAnnotations) {
        return matchesAny(excludePackages, packageOf(className))
                || matchesClassGlob(excludeClasses, className)
                || matchesAny(exactExcludeClasses, className)
                || intersects(classAnnotations, excludeAnnotations)
                || intersects(packageAnnotations, excludeAnnotations);
    }

    /** The package of a binary class name, {@code ""} for the unnamed package. */
    public static String packageOf(String binaryClassName) {
        int dot = binaryClassName.lastIndexOf('.');
        return dot < 0 ? "" : binaryClassName.substring(0, dot);
    }

    /** The class globs without the {@link #EXACT_PREFIX}: they also select nested classes. */
    private static List<String> withNested(List<String> globs) {
        return globs.stream().filter(g -> !g.strip().startsWith(EXACT_PREFIX)).toList();
    }

    /** The class globs written with the {@link #EXACT_PREFIX}, without it. */
    private static List<String> exact(List<String> globs) {
        return globs.stream()
                .map(String::strip)
                .filter(g -> g.startsWith(EXACT_PREFIX))
                .map(g -> g.substring(EXACT_PREFIX.length()))
                .toList();
    }

    private static boolean matchesClassGlob(List<Pattern> globs, String className) {
        if (globs.isEmpty()) {
            return false;
        }
        // The class itself, then each enclosing class: Outer$Inner$Deep -> Outer$Inner -> Outer.
        String candidate = className;
        while (true) {
            if (matchesAny(globs, candidate)) {
                return true;
            }
            int dollar = candidate.lastIndexOf('$');
            if (dollar <= candidate.lastIndexOf('.') + 1) {
                return false;
            }
            candidate = candidate.substring(0, dollar);
        }
    }

    private static boolean matchesAny(List<Pattern> globs, String value) {
        for (Pattern glob : globs) {
            if (glob.matcher(value).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean intersects(Set<String> found, Set<String> wanted) {
        if (found.isEmpty() || wanted.isEmpty()) {
            return false;
        }
        for (String annotation : found) {
            if (wanted.contains(normalizeAnnotation(annotation))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> normalize(List<String> annotationNames) {
        Set<String> out = new TreeSet<>();
        for (String annotation : annotationNames) {
            String trimmed = annotation.strip();
            if (!trimmed.isEmpty()) {
                out.add(normalizeAnnotation(trimmed));
            }
        }
        return Set.copyOf(out);
    }

    private static String normalizeAnnotation(String annotationName) {
        return annotationName.replace('$', '.');
    }

    private static List<Pattern> compile(List<String> globs, boolean packageGlobs) {
        List<Pattern> out = new ArrayList<>();
        for (String glob : globs) {
            String trimmed = glob.strip();
            if (!trimmed.isEmpty()) {
                out.add(packageGlobs ? packageGlob(trimmed) : Pattern.compile(globToRegex(trimmed)));
            }
        }
        return List.copyOf(out);
    }

    /** Compiles a package glob: a trailing {@code .*} means that package only, {@code .**} adds sub-packages. */
    static Pattern packageGlob(String glob) {
        if (glob.equals("**")) {
            return Pattern.compile(".*");
        }
        if (glob.endsWith(".**")) {
            String base = globToRegex(glob.substring(0, glob.length() - 3));
            return Pattern.compile(base + "(\\..+)?");
        }
        if (glob.endsWith(".*")) {
            return Pattern.compile(globToRegex(glob.substring(0, glob.length() - 2)));
        }
        return Pattern.compile(globToRegex(glob));
    }

    /** {@code **} matches anything, {@code *} anything but a dot, {@code ?} one character but a dot. */
    static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                if (c == '?') {
                    regex.append("[^.]");
                } else if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    regex.append(".*");
                    i++;
                } else {
                    regex.append("[^.]*");
                }
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return regex.toString();
    }

    @Override
    public String toString() {
        return "TagMatcher[" + name + "]";
    }
}
