package dev.readiness.evidence.coverage;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jacoco.core.internal.instr.InstrSupport;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Reads the annotations of a class file (class level and method level, both CLASS and RUNTIME retention) without
 * looking at code, and the retention of an annotation type.
 */
public final class ClassScanner {
    private static final String LAMBDA_PREFIX = "lambda$";

    private ClassScanner() {}

    /**
     * The annotations of one class.
     *
     * @param internalName VM name, e.g. {@code com/acme/Outer$Inner} or {@code com/acme/package-info}
     * @param annotations binary names of the class's annotations
     * @param methodAnnotations binary names of each annotated method's annotations, by name + descriptor; a lambda
     *     body ({@code lambda$name$0}) inherits the annotations of the methods called {@code name} that declare it
     * @param retention for an annotation type its {@code @Retention} ({@code CLASS} when it has none, as javac
     *     defaults), else {@link AnnotationRetention#NOT_AN_ANNOTATION}
     */
    public record ScannedClass(
            String internalName,
            Set<String> annotations,
            Map<String, Set<String>> methodAnnotations,
            AnnotationRetention retention) {
        public ScannedClass {
            annotations = Set.copyOf(annotations);
            methodAnnotations = Map.copyOf(methodAnnotations);
        }

        public Set<String> methodAnnotations(String name, String desc) {
            return methodAnnotations.getOrDefault(name + desc, Set.of());
        }
    }

    /**
     * Scans the class file bytes. JaCoCo's own reader is used so that class files of Java versions newer than ASM
     * knows are read exactly when JaCoCo can analyse them.
     *
     * @throws RuntimeException when the bytes are not a valid class file (the caller names the file)
     */
    public static ScannedClass scan(byte[] bytes) {
        ClassReader reader = InstrSupport.classReaderFor(bytes);
        Collector collector = new Collector();
        reader.accept(collector, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return collector.result(reader.getClassName());
    }

    static String binaryName(String descriptor) {
        // Lcom/acme/Outer$Ann; -> com.acme.Outer$Ann
        String internal = descriptor.startsWith("L") && descriptor.endsWith(";")
                ? descriptor.substring(1, descriptor.length() - 1)
                : descriptor;
        return internal.replace('/', '.');
    }

    private static final class Collector extends ClassVisitor {
        private static final String RETENTION = "Ljava/lang/annotation/Retention;";
        private final Set<String> classAnnotations = new TreeSet<>();
        private boolean annotationType;
        private AnnotationRetention retention = AnnotationRetention.CLASS;
        private final Map<String, Set<String>> methods = new HashMap<>();
        private final Map<String, Set<String>> byMethodName = new HashMap<>();
        private final Map<String, String> lambdas = new HashMap<>();

        Collector() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(
                int version, int access, String name, String signature, String superName, String[] interfaces) {
            annotationType = (access & Opcodes.ACC_ANNOTATION) != 0;
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            classAnnotations.add(binaryName(descriptor));
            if (!RETENTION.equals(descriptor)) {
                return null;
            }
            return new AnnotationVisitor(Opcodes.ASM9) {
                @Override
                public void visitEnum(String name, String enumDescriptor, String value) {
                    switch (value) {
                        case "SOURCE" -> retention = AnnotationRetention.SOURCE;
                        case "RUNTIME" -> retention = AnnotationRetention.RUNTIME;
                        default -> retention = AnnotationRetention.CLASS;
                    }
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(
                int access, String name, String descriptor, String signature, String[] exceptions) {
            String key = name + descriptor;
            if ((access & Opcodes.ACC_SYNTHETIC) != 0 && name.startsWith(LAMBDA_PREFIX)) {
                int end = name.indexOf('$', LAMBDA_PREFIX.length());
                if (end > LAMBDA_PREFIX.length()) {
                    String enclosing = name.substring(LAMBDA_PREFIX.length(), end);
                    // javac names lambdas of constructors lambda$new$N and of static initialisers lambda$static$N.
                    lambdas.put(
                            key,
                            enclosing.equals("new") ? "<init>" : enclosing.equals("static") ? "<clinit>" : enclosing);
                }
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotationDescriptor, boolean visible) {
                    String annotation = binaryName(annotationDescriptor);
                    methods.computeIfAbsent(key, k -> new TreeSet<>()).add(annotation);
                    byMethodName.computeIfAbsent(name, k -> new TreeSet<>()).add(annotation);
                    return null;
                }
            };
        }

        ScannedClass result(String internalName) {
            Map<String, Set<String>> out = new HashMap<>();
            methods.forEach((key, value) -> out.put(key, Set.copyOf(value)));
            lambdas.forEach((key, enclosing) -> {
                Set<String> inherited = byMethodName.get(enclosing);
                if (inherited != null) {
                    Set<String> merged = new TreeSet<>(inherited);
                    merged.addAll(out.getOrDefault(key, Set.of()));
                    out.put(key, Set.copyOf(merged));
                }
            });
            return new ScannedClass(
                    internalName,
                    classAnnotations,
                    out,
                    annotationType ? retention : AnnotationRetention.NOT_AN_ANNOTATION);
        }
    }
}
