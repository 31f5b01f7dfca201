package dev.readiness.evidence.docs;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/** Parses batches of source files with the JDK's parser (no attribution) and counts their documented API. */
final class SourceScanner {

    /** The outcome for one file: its API types, or the problem that kept it from being parsed. */
    record FileResult(Path file, List<ClassDocumentation> classes, UnparsableFile problem) {}

    private final JavaCompiler compiler;
    private final List<String> options;
    private final Charset encoding;

    SourceScanner(JavaCompiler compiler, int release) {
        this(compiler, release, StandardCharsets.UTF_8);
    }

    SourceScanner(JavaCompiler compiler, int release, Charset encoding) {
        this.compiler = compiler;
        this.encoding = encoding;
        int newest = Runtime.version().feature();
        int level = release <= 0 ? newest : Math.max(8, Math.min(release, newest));
        this.options = List.of("-proc:none", "-Xlint:none", "--source", Integer.toString(level));
    }

    /** What a file's result depends on besides its bytes: the parser's options and the encoding. */
    String settings() {
        return DocumentationCache.settings(options, encoding);
    }

    /** Parses the files together; when the parser itself fails, parses them one by one. */
    List<FileResult> scan(List<Path> files) {
        try {
            return parse(files);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            if (files.size() == 1) {
                Path file = files.get(0);
                return List.of(new FileResult(file, List.of(), failure(file, e)));
            }
            List<FileResult> results = new ArrayList<>();
            for (Path file : files) {
                results.addAll(scan(List.of(file)));
            }
            return results;
        }
    }

    private static UnparsableFile failure(Path file, Throwable e) {
        String problem;
        if (causedByStackOverflow(e)) {
            problem = "the source is nested too deeply for the parser";
        } else if (e instanceof IOException) {
            problem = "cannot be read: " + e.getMessage();
        } else {
            problem = "the parser failed: " + e;
        }
        return new UnparsableFile(file, 0, problem);
    }

    /** javac wraps a {@link StackOverflowError} of its parser in an {@link IllegalStateException}. */
    private static boolean causedByStackOverflow(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }

    private List<FileResult> parse(List<Path> files) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, Locale.ROOT, encoding);
        try {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            JavacTask task =
                    (JavacTask) compiler.getTask(new StringWriter(), fileManager, diagnostics, options, null, units);
            Iterable<? extends CompilationUnitTree> trees = task.parse();
            DocTrees docTrees = DocTrees.instance(task);

            Map<Path, UnparsableFile> errors = firstErrors(diagnostics);
            Map<Path, FileResult> results = new LinkedHashMap<>();
            for (CompilationUnitTree unit : trees) {
                Path file = Path.of(unit.getSourceFile().toUri());
                UnparsableFile error = errors.get(file);
                if (error != null) {
                    results.put(file, new FileResult(file, List.of(), error));
                    continue;
                }
                List<ClassDocumentation> classes;
                try {
                    classes = new UnitWalker(docTrees, unit, file).walk();
                } catch (RuntimeException | StackOverflowError e) {
                    results.put(file, new FileResult(file, List.of(), failure(file, e)));
                    continue;
                }
                results.put(file, new FileResult(file, classes, null));
            }
            List<FileResult> ordered = new ArrayList<>();
            for (Path file : files) {
                FileResult r = results.get(file);
                if (r == null) {
                    UnparsableFile error = errors.getOrDefault(
                            file,
                            new UnparsableFile(file, 0, "the parser returned no syntax tree" + general(diagnostics)));
                    r = new FileResult(file, List.of(), error);
                }
                ordered.add(r);
            }
            return ordered;
        } finally {
            try {
                fileManager.close();
            } catch (IOException e) {
                // nothing was written; a failure to release the file manager does not change the result
            }
        }
    }

    private static Map<Path, UnparsableFile> firstErrors(DiagnosticCollector<JavaFileObject> diagnostics) {
        Map<Path, UnparsableFile> errors = new HashMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR || d.getSource() == null) {
                continue;
            }
            Path file = Path.of(d.getSource().toUri());
            long line = Math.max(0, d.getLineNumber());
            errors.putIfAbsent(file, new UnparsableFile(file, line, firstLine(d.getMessage(Locale.ROOT))));
        }
        return errors;
    }

    private static String general(DiagnosticCollector<JavaFileObject> diagnostics) {
        String text = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR && d.getSource() == null)
                .map(d -> firstLine(d.getMessage(Locale.ROOT)))
                .collect(Collectors.joining("; "));
        return text.isEmpty() ? "" : ": " + text;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** Walks the type declarations of one compilation unit; never enters method bodies or initialisers. */
    private static final class UnitWalker {
        private final DocTrees docTrees;
        private final CompilationUnitTree unit;
        private final Path file;
        private final SourcePositions positions;
        private final LineMap lines;
        private final List<ClassDocumentation> out = new ArrayList<>();
        private CharSequence source;

        UnitWalker(DocTrees docTrees, CompilationUnitTree unit, Path file) {
            this.docTrees = docTrees;
            this.unit = unit;
            this.file = file;
            this.positions = docTrees.getSourcePositions();
            this.lines = unit.getLineMap();
        }

        List<ClassDocumentation> walk() {
            String pkg = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
            TreePath root = new TreePath(unit);
            for (Tree decl : unit.getTypeDecls()) {
                if (decl instanceof ClassTree type) {
                    visitType(type, pkg + type.getSimpleName(), false, new TreePath(root, decl));
                }
            }
            return out;
        }

        private void visitType(ClassTree type, String name, boolean inInterface, TreePath path) {
            if (!isApi(type.getModifiers(), inInterface)) {
                return; // neither the type nor anything inside it is API
            }
            Tally tally = new Tally();
            tally.count("type", name, type, hasJavadoc(path));
            Tree.Kind kind = type.getKind();
            boolean membersPublic = kind == Tree.Kind.INTERFACE || kind == Tree.Kind.ANNOTATION_TYPE;
            boolean record = kind == Tree.Kind.RECORD;
            String recordDoc = record ? docTrees.getDocComment(path) : null;
            List<Runnable> nested = new ArrayList<>();
            for (Tree member : type.getMembers()) {
                TreePath memberPath = new TreePath(path, member);
                if (member instanceof ClassTree inner) {
                    nested.add(() -> visitType(inner, name + "." + inner.getSimpleName(), membersPublic, memberPath));
                } else if (member instanceof MethodTree method) {
                    if (isOverride(method.getModifiers()) || !isApi(method.getModifiers(), membersPublic)) {
                        continue;
                    }
                    boolean constructor = method.getName().contentEquals("<init>");
                    String signature = (constructor ? type.getSimpleName() : method.getName())
                            + method.getParameters().stream()
                                    .map(this::parameterType)
                                    .collect(Collectors.joining(", ", "(", ")"));
                    tally.count(constructor ? "constructor" : "method", signature, method, hasJavadoc(memberPath));
                } else if (member instanceof VariableTree field) {
                    Set<Modifier> flags = field.getModifiers().getFlags();
                    if (record && !flags.contains(Modifier.STATIC)) {
                        // a record component: documented by an @param tag of the record, as the javadoc tool does
                        String component = field.getName().toString();
                        tally.count("field", component, field, hasParamTag(recordDoc, component));
                    } else if (isApi(field.getModifiers(), membersPublic)) {
                        tally.count("field", field.getName().toString(), field, hasJavadoc(memberPath));
                    }
                }
            }
            out.add(new ClassDocumentation(name, file, tally.documented, tally.total, tally.undocumented));
            nested.forEach(Runnable::run);
        }

        /** The type as written; javac reads {@code T...} as {@code T[]}, so the source text tells them apart. */
        private String parameterType(VariableTree parameter) {
            String type = String.valueOf(parameter.getType());
            if (type.endsWith("[]") && isVarargs(parameter)) {
                return type.substring(0, type.length() - 2) + "...";
            }
            return type;
        }

        private boolean isVarargs(VariableTree parameter) {
            long start = positions.getStartPosition(unit, parameter.getType());
            long end = positions.getEndPosition(unit, parameter);
            CharSequence text = source();
            if (start < 0 || end < 0 || text == null || end > text.length()) {
                return false;
            }
            String declaration = text.subSequence((int) start, (int) end).toString();
            return declaration.contains("...");
        }

        private CharSequence source() {
            if (source == null) {
                try {
                    source = unit.getSourceFile().getCharContent(true);
                } catch (IOException e) {
                    source = "";
                }
            }
            return source;
        }

        private boolean hasJavadoc(TreePath path) {
            String doc = docTrees.getDocComment(path);
            return doc != null && !doc.replace('*', ' ').isBlank();
        }

        private int line(Tree tree) {
            long pos = positions.getStartPosition(unit, tree);
            return pos < 0 ? 0 : (int) lines.getLineNumber(pos);
        }

        private final class Tally {
            long documented;
            long total;
            final List<UndocumentedElement> undocumented = new ArrayList<>();

            void count(String kind, String signature, Tree tree, boolean hasDoc) {
                total++;
                if (hasDoc) {
                    documented++;
                } else {
                    undocumented.add(new UndocumentedElement(kind, signature, line(tree)));
                }
            }
        }
    }

    /** API: public or protected, or any member of an interface or annotation type that is not private. */
    static boolean isApi(ModifiersTree modifiers, boolean inInterface) {
        Set<Modifier> flags = modifiers.getFlags();
        return flags.contains(Modifier.PUBLIC)
                || flags.contains(Modifier.PROTECTED)
                || (inInterface && !flags.contains(Modifier.PRIVATE));
    }

    static boolean isOverride(ModifiersTree modifiers) {
        for (AnnotationTree a : modifiers.getAnnotations()) {
            String type = a.getAnnotationType().toString();
            if (type.equals("Override") || type.equals("java.lang.Override")) {
                return true;
            }
        }
        return false;
    }

    /** True when the Javadoc has {@code @param name} followed by a description. */
    static boolean hasParamTag(String doc, String name) {
        if (doc == null) {
            return false;
        }
        return Pattern.compile("@param\\s+" + Pattern.quote(name) + "(?![\\w$])[ \\t]*\\R?[ \\t*]*[^\\s@*]")
                .matcher(doc)
                .find();
    }
}
