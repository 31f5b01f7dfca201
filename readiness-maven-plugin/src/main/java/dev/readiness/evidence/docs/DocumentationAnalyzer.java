package dev.readiness.evidence.docs;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Measures how much of the public API of the main sources carries Javadoc.
 *
 * <p>The sources are parsed with the JDK's own parser (see the package documentation for the rules and the choice of
 * parser), in batches on a few threads; the result does not depend on the thread count. The analyser holds no state
 * between calls and may be used from several threads.
 */
public final class DocumentationAnalyzer {

    /** Files per parser task: bounds the syntax trees held in memory at once. */
    static final int BATCH_SIZE = 200;

    /** Stack of the parser threads: deeply nested sources must not overflow it. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;

    private final int threads;

    /** An analyser with one parser thread per processor, at most 4. */
    public DocumentationAnalyzer() {
        this(Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * An analyser with the given number of parser threads.
     *
     * @param threads parser threads; 0 or less means one
     */
    public DocumentationAnalyzer(int threads) {
        this.threads = Math.max(1, threads);
    }

    /**
     * Parses the source roots of the request and counts its documented public API.
     *
     * @param request the roots, the language level and the required files
     * @return the evidence, or a {@link DocumentationEvidence#missing missing} outcome when there is no source file
     *     or no Java compiler in the running Java
     * @throws EvidenceException when a source root cannot be listed
     */
    public DocumentationEvidence analyze(DocumentationRequest request) throws EvidenceException {
        Objects.requireNonNull(request, "request");
        Path base = request.baseDir().toAbsolutePath().normalize();
        List<Path> roots = request.sourceRoots().stream()
                .map(r -> base.resolve(r).normalize())
                .toList();
        if (roots.isEmpty()) {
            return DocumentationEvidence.missing(
                    roots,
                    "No source root was given, so the public API cannot be measured: the project has no main sources"
                            + " (src/main/java). Disable the documentation gate for modules without sources.");
        }
        List<Path> files = listSources(roots);
        if (files.isEmpty()) {
            return DocumentationEvidence.missing(
                    roots,
                    "No .java file in the source roots " + roots + ": there is no public API to measure. Disable"
                            + " the documentation gate for modules without Java sources.");
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return DocumentationEvidence.missing(roots, noCompiler());
        }
        List<SourceScanner.FileResult> results;
        try {
            results = request.cache() == null || !request.cache().usable()
                    ? parseAll(compiler, files, request.release(), request.encoding())
                    : parseCached(compiler, files, request.release(), request.encoding(), request.cache());
        } catch (LinkageError e) {
            return DocumentationEvidence.missing(roots, noCompiler());
        }
        return aggregate(roots, files.size(), results, missingRequiredFiles(base, request.requiredFiles()));
    }

    private static String noCompiler() {
        return "The running Java has no compiler (module jdk.compiler), which parses the sources: run Maven on a"
                + " JDK, not a JRE, to measure documentation completeness.";
    }

    private static List<Path> listSources(List<Path> roots) throws EvidenceException {
        TreeSet<Path> files = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try {
                InputFiles.walk(root).stream()
                        .filter(DocumentationAnalyzer::isSource)
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                String cause = e instanceof UncheckedIOException u ? String.valueOf(u.getCause()) : e.toString();
                throw new EvidenceException(
                        root,
                        "Cannot list the source root " + root + " (" + cause + "). Check that it exists and is"
                                + " readable, or remove it from the source roots.",
                        e);
            }
        }
        return List.copyOf(files);
    }

    private static boolean isSource(Path p) {
        String name = p.getFileName().toString();
        // module-info.java declares no API element of its own and does not parse below release 9
        return name.endsWith(".java") && !name.equals("module-info.java") && Files.isRegularFile(p);
    }

    private static List<String> missingRequiredFiles(Path base, List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String name : required) {
            boolean exists;
            try {
                exists = Files.exists(base.resolve(name));
            } catch (RuntimeException e) { // an invalid path cannot exist
                exists = false;
            }
            if (!exists) {
                missing.add(name);
            }
        }
        return missing;
    }

    /**
     * Takes the result of each file whose bytes are in the cache from there, parses the others, and caches those that
     * parsed. The results are the same as {@link #parseAll}'s, in the same order.
     */
    private List<SourceScanner.FileResult> parseCached(
            JavaCompiler compiler, List<Path> files, int release, Charset encoding, DocumentationCache cache)
            throws EvidenceException {
        String settings = new SourceScanner(compiler, release, encoding).settings();
        Map<Path, SourceScanner.FileResult> done = new HashMap<>();
        Map<Path, byte[]> keys = new HashMap<>();
        List<Path> toParse = new ArrayList<>();
        for (Path file : files) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException | OutOfMemoryError | SecurityException e) {
                toParse.add(file); // the parser reports what is wrong with it
                continue;
            }
            byte[] key = DocumentationCache.key(content, settings);
            List<ClassDocumentation> cached = cache.get(key, file);
            if (cached != null) {
                done.put(file, new SourceScanner.FileResult(file, cached, null));
            } else {
                keys.put(file, key);
                toParse.add(file);
            }
        }
        boolean wrote = false;
        if (!toParse.isEmpty()) {
            List<SourceScanner.FileResult> parsed = parseAll(compiler, toParse, release, encoding);
            for (int i = 0; i < toParse.size(); i++) {
                SourceScanner.FileResult r = parsed.get(i);
                done.put(toParse.get(i), r);
                byte[] key = keys.get(toParse.get(i));
                if (key != null && r.problem() == null) {
                    wrote |= cache.put(key, r.classes());
                }
            }
        }
        if (wrote) {
            cache.trim();
        }
        List<SourceScanner.FileResult> ordered = new ArrayList<>(files.size());
        for (Path file : files) {
            ordered.add(done.get(file));
        }
        return ordered;
    }

    private List<SourceScanner.FileResult> parseAll(
            JavaCompiler compiler, List<Path> files, int release, Charset encoding) throws EvidenceException {
        List<List<Path>> batches = new ArrayList<>();
        for (int i = 0; i < files.size(); i += BATCH_SIZE) {
            batches.add(files.subList(i, Math.min(files.size(), i + BATCH_SIZE)));
        }
        SourceScanner scanner = new SourceScanner(compiler, release, encoding);
        int poolSize = Math.min(threads, batches.size());
        if (poolSize == 1) {
            List<SourceScanner.FileResult> all = new ArrayList<>();
            runOnBigStack(() -> batches.forEach(b -> all.addAll(scanner.scan(b))));
            return all;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
            Thread t = new Thread(null, r, "readiness-docs-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<SourceScanner.FileResult>>> futures = new ArrayList<>();
            for (List<Path> batch : batches) {
                futures.add(pool.submit(() -> scanner.scan(batch)));
            }
            List<SourceScanner.FileResult> all = new ArrayList<>();
            for (Future<List<SourceScanner.FileResult>> f : futures) {
                all.addAll(get(f));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runOnBigStack(Runnable work) throws EvidenceException {
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, work, "readiness-docs", STACK_BYTES);
        t.setUncaughtExceptionHandler((th, e) -> failure[0] = e);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvidenceException(null, "Interrupted while parsing the sources.", e);
        }
        rethrowError(failure[0]);
    }

    private static <T> T get(Future<T> future) throws EvidenceException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvidenceException(null, "Interrupted while parsing the sources.", e);
        } catch (ExecutionException e) {
            rethrowError(e.getCause());
            throw new IllegalStateException("unreachable");
        }
    }

    /** The scanner catches every parser failure per file; what is left here is an Error or a bug. */
    private static void rethrowError(Throwable t) throws EvidenceException {
        if (t == null) {
            return;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new EvidenceException(null, "The source parser failed unexpectedly: " + t, t);
    }

    private static DocumentationEvidence aggregate(
            List<Path> roots, int fileCount, List<SourceScanner.FileResult> results, List<String> missingRequired) {
        List<ClassDocumentation> classes = new ArrayList<>();
        List<UnparsableFile> unparsable = new ArrayList<>();
        long documented = 0;
        long total = 0;
        for (SourceScanner.FileResult r : results) {
            if (r.problem() != null) {
                unparsable.add(r.problem());
                continue;
            }
            for (ClassDocumentation c : r.classes()) {
                classes.add(c);
                documented += c.documented();
                total += c.total();
            }
        }
        classes.sort(Comparator.comparingInt(
                        (ClassDocumentation c) -> c.undocumented().size())
                .reversed()
                .thenComparing(ClassDocumentation::className)
                .thenComparing(ClassDocumentation::file));
        unparsable.sort(Comparator.comparing(UnparsableFile::file));
        return new DocumentationEvidence(
                roots, fileCount, documented, total, classes, missingRequired, unparsable, null);
    }
}
