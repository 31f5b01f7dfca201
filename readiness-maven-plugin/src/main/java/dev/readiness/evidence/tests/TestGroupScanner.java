package dev.readiness.evidence.tests;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads test-group membership from compiled test classes with ASM (annotations only, no code is loaded or run).
 *
 * <p>Recognised, on classes and on methods:
 *
 * <ul>
 *   <li>JUnit 5 {@code @Tag} and {@code @Tags}, also through meta-annotations (composed annotations such as {@code
 *       @Fast} annotated {@code @Tag("fast")}) whose class files are in the scanned directories;
 *   <li>JUnit 4 {@code @Category}: the tags are the category class's simple name, its fully qualified name and its
 *       binary name ({@code com.acme.Categories$Slow}), plus those of its super-categories (supertypes found in the
 *       scanned directories), as JUnit 4's {@code @IncludeCategory} matches sub-categories;
 *   <li>TestNG {@code @Test(groups = ...)}.
 * </ul>
 *
 * <p>Class tags are inherited from superclasses and interfaces found in the scanned directories, and a JUnit 5
 * {@code @Nested} class inherits the tags of its enclosing class. Method tags are looked up by method name in the class
 * and then its supertypes (overloads share their tags).
 *
 * <p>Instances hold no state and may be shared between threads.
 */
public final class TestGroupScanner {
    static final String JUNIT5_TAG = "Lorg/junit/jupiter/api/Tag;";
    static final String JUNIT5_TAGS = "Lorg/junit/jupiter/api/Tags;";
    static final String JUNIT5_NESTED = "Lorg/junit/jupiter/api/Nested;";
    static final String JUNIT4_CATEGORY = "Lorg/junit/experimental/categories/Category;";
    static final String TESTNG_TEST = "Lorg/testng/annotations/Test;";

    private static final int PARSING_OPTIONS = ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES;

    /** Creates a scanner. */
    public TestGroupScanner() {
        // stateless
    }

    /**
     * Scans the {@code .class} files under the given directories (recursively). A directory that does not exist is
     * skipped: with no directory at all the index is {@link TestClassIndex#isEmpty() empty}, and only class-name globs
     * can define groups.
     *
     * @throws EvidenceException when a directory cannot be listed or a class file cannot be read or parsed
     */
    public TestClassIndex scan(List<Path> testClassesDirectories) throws EvidenceException {
        Map<String, ClassInfo> classes = new HashMap<>();
        for (Path directory : testClassesDirectories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            List<Path> files;
            try {
                files = InputFiles.walk(directory).stream()
                        .filter(p -> p.getFileName() != null
                                && p.getFileName().toString().endsWith(".class")
                                && !p.getFileName().toString().equals("module-info.class")
                                && Files.isRegularFile(p))
                        .sorted()
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                throw new EvidenceException(
                        directory,
                        "Cannot list the test classes directory " + directory + ": " + e.getMessage()
                                + ". Check its permissions or readiness.testClassesDirectories.",
                        e);
            }
            for (Path file : files) {
                ClassInfo info = read(file);
                // the first directory wins, as on a class path
                classes.putIfAbsent(info.name, info);
            }
        }
        return new Resolver(classes).index();
    }

    private static ClassInfo read(Path file) throws EvidenceException {
        byte[] bytes = InputFiles.readClassFile(file, "test class");
        try {
            ClassInfo info = new ClassInfo();
            new ClassReader(bytes).accept(new InfoVisitor(info), PARSING_OPTIONS);
            return info;
        } catch (RuntimeException e) {
            throw new EvidenceException(
                    file,
                    "Cannot parse the test class " + file + " (" + e.getMessage() + "). The file is corrupt or was"
                            + " compiled for a newer Java than this plugin supports: rebuild with mvn clean verify.",
                    e);
        }
    }

    /** What one class file says about tags. Mutable only while its file is read. */
    static final class ClassInfo {
        String name = "";
        String superName;
        final List<String> interfaces = new ArrayList<>();
        boolean annotationType;
        boolean nested;
        final Set<String> tags = new LinkedHashSet<>();
        final Set<String> annotations = new LinkedHashSet<>();
        final Set<String> categories = new LinkedHashSet<>();
        final Map<String, Set<String>> methodTags = new HashMap<>();
        final Map<String, Set<String>> methodAnnotations = new HashMap<>();
        final Map<String, Set<String>> methodCategories = new HashMap<>();
    }

    private static String className(String internalName) {
        return internalName == null ? null : internalName.replace('/', '.');
    }

    private static final class InfoVisitor extends ClassVisitor {
        private final ClassInfo info;

        InfoVisitor(ClassInfo info) {
            super(Opcodes.ASM9);
            this.info = info;
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            info.name = className(name);
            info.superName = className(superName);
            if (interfaces != null) {
                for (String i : interfaces) {
                    info.interfaces.add(className(i));
                }
            }
            info.annotationType = (access & Opcodes.ACC_ANNOTATION) != 0;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (descriptor.equals(JUNIT5_NESTED)) {
                info.nested = true;
                return null;
            }
            return tagVisitor(descriptor, info.tags, info.annotations, info.categories);
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    return tagVisitor(
                            annotation,
                            info.methodTags.computeIfAbsent(name, k -> new LinkedHashSet<>()),
                            info.methodAnnotations.computeIfAbsent(name, k -> new LinkedHashSet<>()),
                            info.methodCategories.computeIfAbsent(name, k -> new LinkedHashSet<>()));
                }
            };
        }
    }

    /**
     * Collects the tags an annotation carries, or remembers its type for meta-annotation resolution; JUnit 4 category
     * classes are remembered too, for their supertypes.
     */
    static AnnotationVisitor tagVisitor(
            String descriptor, Set<String> tags, Set<String> annotations, Set<String> categories) {
        switch (descriptor) {
            case JUNIT5_TAG:
                return new StringValues(tags, "value");
            case JUNIT5_TAGS:
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitArray(String name) {
                        return new AnnotationVisitor(Opcodes.ASM9) {
                            @Override
                            public AnnotationVisitor visitAnnotation(String n, String nestedDescriptor) {
                                return nestedDescriptor.equals(JUNIT5_TAG) ? new StringValues(tags, "value") : null;
                            }
                        };
                    }
                };
            case JUNIT4_CATEGORY:
                return new AnnotationVisitor(Opcodes.ASM9) {
                    @Override
                    public void visit(String name, Object value) {
                        addCategory(value);
                    }

                    @Override
                    public AnnotationVisitor visitArray(String name) {
                        return new AnnotationVisitor(Opcodes.ASM9) {
                            @Override
                            public void visit(String n, Object value) {
                                addCategory(value);
                            }
                        };
                    }

                    private void addCategory(Object value) {
                        if (value instanceof Type type) {
                            String binary = type.getClassName();
                            categories.add(binary);
                            tags.addAll(categoryNames(binary));
                        }
                    }
                };
            case TESTNG_TEST:
                return new StringValues(tags, "groups");
            default:
                Type type = Type.getType(descriptor);
                if (type.getSort() == Type.OBJECT) {
                    annotations.add(type.getClassName());
                }
                return null;
        }
    }

    /** The tags of a JUnit 4 category class: binary, qualified and simple name. */
    static List<String> categoryNames(String binaryName) {
        return List.of(
                binaryName,
                binaryName.replace('$', '.'),
                binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1));
    }

    /** Adds the String values (single or array) of one annotation attribute. */
    private static final class StringValues extends AnnotationVisitor {
        private final Set<String> target;
        private final String attribute;

        StringValues(Set<String> target, String attribute) {
            super(Opcodes.ASM9);
            this.target = target;
            this.attribute = attribute;
        }

        @Override
        public void visit(String name, Object value) {
            if (attribute.equals(name) && value instanceof String s && !s.isBlank()) {
                target.add(s.strip());
            }
        }

        @Override
        public AnnotationVisitor visitArray(String name) {
            if (!attribute.equals(name)) {
                return null;
            }
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visit(String n, Object value) {
                    if (value instanceof String s && !s.isBlank()) {
                        target.add(s.strip());
                    }
                }
            };
        }
    }

    /** Resolves inheritance, nesting and meta-annotations into the immutable index. */
    private static final class Resolver {
        private final Map<String, ClassInfo> classes;
        private final Map<String, Set<String>> metaTags = new HashMap<>();
        private final Map<String, Set<String>> classTags = new HashMap<>();

        Resolver(Map<String, ClassInfo> classes) {
            this.classes = classes;
        }

        TestClassIndex index() {
            Map<String, Set<String>> byClass = new TreeMap<>();
            Map<String, Map<String, Set<String>>> byMethod = new TreeMap<>();
            for (ClassInfo info : classes.values()) {
                if (info.annotationType) {
                    continue;
                }
                Set<String> tags = classTags(info.name, new HashSet<>());
                if (!tags.isEmpty()) {
                    byClass.put(info.name, tags);
                }
                Set<String> methods = new TreeSet<>();
                collectMethodNames(info.name, methods, new HashSet<>());
                Map<String, Set<String>> methodTags = new TreeMap<>();
                for (String method : methods) {
                    Set<String> own = methodTags(info.name, method, new HashSet<>());
                    if (!own.isEmpty()) {
                        methodTags.put(method, own);
                    }
                }
                if (!methodTags.isEmpty()) {
                    byMethod.put(info.name, methodTags);
                }
            }
            return new TestClassIndex(classes.size(), byClass, byMethod);
        }

        private Set<String> classTags(String name, Set<String> visiting) {
            Set<String> cached = classTags.get(name);
            if (cached != null) {
                return cached;
            }
            ClassInfo info = classes.get(name);
            if (info == null || !visiting.add(name)) {
                return Set.of();
            }
            Set<String> tags = new TreeSet<>(info.tags);
            for (String annotation : info.annotations) {
                tags.addAll(metaTags(annotation, new HashSet<>()));
            }
            for (String category : info.categories) {
                tags.addAll(categorySupertypes(category, new HashSet<>()));
            }
            if (info.superName != null) {
                tags.addAll(classTags(info.superName, visiting));
            }
            for (String i : info.interfaces) {
                tags.addAll(classTags(i, visiting));
            }
            int dollar = name.lastIndexOf('$');
            if (info.nested && dollar > 0) {
                tags.addAll(classTags(name.substring(0, dollar), visiting));
            }
            visiting.remove(name);
            Set<String> result = Set.copyOf(tags);
            classTags.put(name, result);
            return result;
        }

        private Set<String> metaTags(String annotation, Set<String> visiting) {
            Set<String> cached = metaTags.get(annotation);
            if (cached != null) {
                return cached;
            }
            ClassInfo info = classes.get(annotation);
            if (info == null || !info.annotationType || !visiting.add(annotation)) {
                return Set.of();
            }
            Set<String> tags = new TreeSet<>(info.tags);
            for (String meta : info.annotations) {
                tags.addAll(metaTags(meta, visiting));
            }
            Set<String> result = Set.copyOf(tags);
            metaTags.put(annotation, result);
            return result;
        }

        /**
         * JUnit 4 includes a sub-category in its super-categories: the names of every supertype of the category
         * class found in the scanned directories.
         */
        private Set<String> categorySupertypes(String category, Set<String> visiting) {
            ClassInfo info = classes.get(category);
            if (info == null || !visiting.add(category)) {
                return Set.of();
            }
            Set<String> names = new TreeSet<>();
            List<String> supertypes = new ArrayList<>(info.interfaces);
            if (info.superName != null && !info.superName.equals("java.lang.Object")) {
                supertypes.add(info.superName);
            }
            for (String supertype : supertypes) {
                if (classes.containsKey(supertype)) {
                    names.addAll(categoryNames(supertype));
                    names.addAll(categorySupertypes(supertype, visiting));
                }
            }
            return names;
        }

        private void collectMethodNames(String name, Set<String> out, Set<String> visiting) {
            ClassInfo info = classes.get(name);
            if (info == null || !visiting.add(name)) {
                return;
            }
            out.addAll(info.methodTags.keySet());
            out.addAll(info.methodAnnotations.keySet());
            if (info.superName != null) {
                collectMethodNames(info.superName, out, visiting);
            }
            for (String i : info.interfaces) {
                collectMethodNames(i, out, visiting);
            }
        }

        private Set<String> methodTags(String name, String method, Set<String> visiting) {
            ClassInfo info = classes.get(name);
            if (info == null || !visiting.add(name)) {
                return Set.of();
            }
            Set<String> tags = new TreeSet<>(info.methodTags.getOrDefault(method, Set.of()));
            for (String annotation : info.methodAnnotations.getOrDefault(method, Set.of())) {
                tags.addAll(metaTags(annotation, new HashSet<>()));
            }
            for (String category : info.methodCategories.getOrDefault(method, Set.of())) {
                tags.addAll(categorySupertypes(category, new HashSet<>()));
            }
            if (info.superName != null) {
                tags.addAll(methodTags(info.superName, method, visiting));
            }
            for (String i : info.interfaces) {
                tags.addAll(methodTags(i, method, visiting));
            }
            return Set.copyOf(tags);
        }
    }
}
