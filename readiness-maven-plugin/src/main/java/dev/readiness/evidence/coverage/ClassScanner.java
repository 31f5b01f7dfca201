package dev.readiness.evidence.coverage;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
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
    private static final int CONSTANT_UTF8 = 1;

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

    /**
     * Scans the class file bytes for the tags' annotations only: when none of {@code relevant}'s annotation types
     * occurs in the class's constant pool (where every annotation of a class, its fields, methods and parameters is
     * named) and the class is neither an annotation type nor a {@code package-info}, the class carries none of them
     * and no annotation is read. Tag matching only ever asks whether a class, method or package carries one of the
     * tags' annotations, so the result matches with {@link #scan(byte[])}'s for every tag.
     *
     * @throws RuntimeException when the bytes are not a valid class file (the caller names the file)
     */
    public static ScannedClass scan(byte[] bytes, RelevantAnnotations relevant) {
        ClassReader reader = InstrSupport.classReaderFor(bytes);
        String name = reader.getClassName();
        if ((reader.getAccess() & Opcodes.ACC_ANNOTATION) == 0
                && !name.equals("package-info")
                && !name.endsWith("/package-info")
                && !relevant.occurIn(reader)) {
            return new ScannedClass(name, Set.of(), Map.of(), AnnotationRetention.NOT_AN_ANNOTATION);
        }
        Collector collector = new Collector();
        reader.accept(collector, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return collector.result(name);
    }

    /**
     * The annotation types some tag selects or excludes, as the constant pool spells their descriptors ({@code
     * Lcom/acme/Critical;}, modified UTF-8), compared with {@code /} and {@code $} both read as {@code .} because a tag
     * may name a nested annotation type either way.
     */
    public static final class RelevantAnnotations {
        private final byte[][] names;

        private RelevantAnnotations(byte[][] names) {
            this.names = names;
        }

        /** The annotation types named by binary or canonical name, e.g. {@code com.acme.Outer$Critical}. */
        public static RelevantAnnotations of(Collection<String> annotationNames) {
            Set<String> distinct = new TreeSet<>();
            for (String name : annotationNames) {
                String trimmed = name.strip();
                if (!trimmed.isEmpty()) {
                    distinct.add(trimmed.replace('$', '.').replace('/', '.'));
                }
            }
            byte[][] names = new byte[distinct.size()][];
            int i = 0;
            for (String name : distinct) {
                names[i++] = modifiedUtf8(name);
            }
            return new RelevantAnnotations(names);
        }

        /** True when a {@code CONSTANT_Utf8} entry of the class names one of the types as a descriptor. */
        boolean occurIn(ClassReader reader) {
            if (names.length == 0) {
                return false;
            }
            for (int item = 1; item < reader.getItemCount(); item++) {
                int offset = reader.getItem(item);
                if (offset == 0 || reader.readByte(offset - 1) != CONSTANT_UTF8) {
                    continue; // the unused slot after a long or double, or not a string
                }
                int length = reader.readUnsignedShort(offset);
                if (length < 3 || reader.readByte(offset + 2) != 'L' || reader.readByte(offset + 1 + length) != ';') {
                    continue;
                }
                for (byte[] name : names) {
                    if (name.length == length - 2 && sameName(reader, offset + 3, name)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean sameName(ClassReader reader, int start, byte[] name) {
            for (int i = 0; i < name.length; i++) {
                int b = reader.readByte(start + i);
                if (b == '/' || b == '$') {
                    b = '.';
                }
                if ((byte) b != name[i]) {
                    return false;
                }
            }
            return true;
        }

        private static byte[] modifiedUtf8(String name) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(name.length() + 2);
            try (DataOutputStream data = new DataOutputStream(out)) {
                data.writeUTF(name);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array stream does not fail
            }
            byte[] withLength = out.toByteArray();
            return Arrays.copyOfRange(withLength, 2, withLength.length); // without writeUTF's length prefix
        }
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
