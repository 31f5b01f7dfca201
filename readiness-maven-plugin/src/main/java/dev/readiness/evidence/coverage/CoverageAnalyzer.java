package dev.readiness.evidence.coverage;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.InputFiles;
import dev.readiness.evidence.coverage.ClassScanner.ScannedClass;
import dev.readiness.policy.CounterKind;
import dev.readiness.policy.TagDefinition;
import dev.readiness.policy.TagMatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.ICoverageVisitor;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.analysis.ISourceNode;
import org.jacoco.core.data.ExecutionData;
import org.jacoco.core.data.ExecutionDataStore;
import org.objectweb.asm.Type;

/**
 * Analyses JaCoCo execution data against compiled classes with JaCoCo's own analyser, so every counter equals what
 * {@code jacoco:report} writes for the same inputs, and computes the coverage of each configured tag.
 *
 * <p>Class files are analysed in parallel: each thread runs its own {@link Analyzer} over files it takes from a
 * shared queue (so the sets are disjoint), and all of them feed one {@link CoverageBuilder} through one synchronised
 * visitor. Each class file is read once; the same bytes serve the annotation scan and the analysis. The result does
 * not depend on the number of threads.
 *
 * <p>Stateless and thread-safe: one instance may serve concurrent builds.
 */
public final class CoverageAnalyzer {
    /** How many offenders are listed per scope. */
    public static final int MAX_OFFENDERS = 20;

    private static final String AGENT_SNIPPET = String.join(
            "\n",
            "  <plugin>",
            "    <groupId>org.jacoco</groupId>",
            "    <artifactId>jacoco-maven-plugin</artifactId>",
            "    <version>0.8.15</version>",
            "    <executions>",
            "      <execution>",
            "        <goals>",
            "          <goal>prepare-agent</goal>",
            "        </goals>",
            "      </execution>",
            "    </executions>",
            "  </plugin>");

    private static final Comparator<Candidate> WORST_FIRST = Comparator.comparingLong(Candidate::missedLines)
            .reversed()
            .thenComparing(Candidate::className)
            .thenComparing(Candidate::methodName, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final AnalysisCache cache;
    private final ClassIds classIds = new ClassIds();

    /** An analyser that analyses every class with JaCoCo's analyser. */
    public CoverageAnalyzer() {
        this(null);
    }

    /**
     * An analyser that takes each class's analysis from {@code cache} when it has one for the class file and stores
     * the analyses it makes there.
     *
     * @param cache the analysis cache, or {@code null} for none
     */
    public CoverageAnalyzer(AnalysisCache cache) {
        this.cache = cache;
    }

    /**
     * Analyses the request.
     *
     * @return the evidence, or {@link CoverageEvidence#missing} when there is no execution data or no class file
     * @throws EvidenceException when an exec file or a class file exists but cannot be read or analysed
     */
    public CoverageEvidence analyze(CoverageRequest request) throws EvidenceException {
        Path baseDir = request.baseDir().toAbsolutePath().normalize();
        List<Path> execFiles = InputFiles.resolve(baseDir, request.execFiles()).stream()
                .filter(Files::isRegularFile)
                .toList();
        if (execFiles.isEmpty()) {
            return CoverageEvidence.missing(searched(baseDir, request.execFiles()), noExecReason(baseDir, request));
        }
        // Broken execution data is reported even when there is nothing to analyse it against.
        ExecFileReader.Result read = ExecFileReader.read(execFiles, request.window());
        List<ExecSession> sessions = read.sessions();
        if (sessions.stream().noneMatch(ExecSession::counted)) {
            return CoverageEvidence.missing(execFiles, onlyStaleReason(execFiles, sessions, request.window()))
                    .withExecSessions(sessions);
        }
        ExecutionDataStore executionData = read.store();
        List<Path> classDirectories = request.classDirectories().stream()
                .map(dir -> baseDir.resolve(dir).toAbsolutePath().normalize())
                .distinct()
                .toList();
        List<Path> classFiles = listClassFiles(classDirectories);
        if (classFiles.isEmpty()) {
            return noClasses(execFiles, classDirectories, "contain no class files")
                    .withExecSessions(sessions);
        }

        CoverageBuilder builder = new CoverageBuilder();
        // the annotation types some tag selects or excludes; none: no tag selects by annotation, no class is scanned
        List<String> tagAnnotations = new ArrayList<>();
        request.tags().stream().filter(TagDefinition::configured).forEach(t -> {
            tagAnnotations.addAll(t.annotations());
            tagAnnotations.addAll(t.excludeAnnotations());
        });
        ClassScanner.RelevantAnnotations relevant = tagAnnotations.stream().allMatch(String::isBlank)
                ? null
                : ClassScanner.RelevantAnnotations.of(tagAnnotations);
        Map<String, Path> origins = new ConcurrentHashMap<>();
        Map<String, ScannedClass> scanned;
        try {
            scanned = analyzeAll(classFiles, executionData, builder, request.effectiveThreads(), relevant, origins);
        } finally {
            if (cache != null) {
                cache.finish();
            }
        }

        List<IClassCoverage> classes = new ArrayList<>(builder.getClasses());
        if (classes.isEmpty()) {
            return noClasses(
                            execFiles,
                            classDirectories,
                            "contain no class JaCoCo analyses (only synthetic classes or module-info)")
                    .withExecSessions(sessions);
        }
        classes.sort(Comparator.comparing(IClassCoverage::getName));
        Coverage overall = coverageOf(builder.getBundle("readiness"));
        List<String> noMatch = builder.getNoMatchClasses().stream()
                .map(c -> binaryName(c.getName()))
                .toList();

        List<Candidate> offenders = new ArrayList<>();
        for (IClassCoverage c : classes) {
            addOffender(offenders, c, null);
        }

        Map<String, Set<String>> packageAnnotations = packageAnnotations(scanned);
        Map<String, TagCoverage> tags = new TreeMap<>();
        Map<String, ScannedClass> byDottedName = new HashMap<>();
        scanned.values()
                .forEach(c -> byDottedName.put(binaryName(c.internalName()).replace('$', '.'), c));
        Map<String, List<ChangedLineMapper.Selected>> selections = new TreeMap<>();
        for (TagDefinition tag : request.tags()) {
            if (tag.configured()) {
                List<ChangedLineMapper.Selected> selected = new ArrayList<>();
                selections.put(tag.name(), selected);
                tags.put(
                        tag.name(),
                        tagCoverage(TagMatcher.of(tag), classes, scanned, packageAnnotations, selected)
                                .withAnnotationRetention(annotationRetention(tag, byDottedName)));
            }
        }
        ChangedCoverage changed = request.changes() == null
                ? null
                : ChangedLineMapper.map(request.changes(), request.sourceRoots(), classes, selections);
        return new CoverageEvidence(
                execFiles,
                classDirectories,
                (int) classes.stream().filter(IClassCoverage::containsCode).count(),
                overall,
                top(offenders),
                tags,
                noMatch,
                null,
                classDirectories.size() == 1
                        ? Map.of(classDirectories.get(0), overall) // one directory: its totals are the bundle's
                        : byDirectory(classes, origins, classDirectories),
                sessions,
                changed);
    }

    /** Why there is no coverage of this build when every session found is from an earlier build or run. */
    private static String onlyStaleReason(List<Path> execFiles, List<ExecSession> sessions, EvidenceWindow window) {
        if (sessions.isEmpty()) {
            return "The JaCoCo execution data " + join(execFiles) + " holds no session and no data. Delete it and run"
                    + " mvn verify with the JaCoCo agent attached (prepare-agent).";
        }
        Instant lastDump = sessions.stream()
                .map(ExecSession::dump)
                .filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return "No JaCoCo execution data of this build: the " + sessions.size()
                + (sessions.size() == 1 ? " session" : " sessions") + " in "
                + join(execFiles) + " " + (sessions.size() == 1 ? "was" : "were") + " written by an earlier build"
                + (lastDump == null ? " (no dump time)" : " (last dump " + lastDump + ")")
                + (window.isSameBuild() ? ", before this build started at " + window.buildStart() : "")
                + ". This build's tests ran without the JaCoCo agent, or no test ran. Attach the agent with the"
                + " prepare-agent goal of the jacoco-maven-plugin (if Surefire's <argLine> is set, start it with"
                + " @{argLine}) and run mvn clean verify.";
    }

    /**
     * The counters of each class directory's classes, summed as JaCoCo sums a bundle (so a directory's totals equal
     * those {@code jacoco:report} or one module of {@code report-aggregate} shows for it).
     */
    private static Map<Path, Coverage> byDirectory(
            List<IClassCoverage> classes, Map<String, Path> origins, List<Path> classDirectories) {
        Map<Path, Accumulator> sums = new TreeMap<>();
        for (IClassCoverage c : classes) {
            Path file = origins.get(c.getName());
            Path directory = null;
            for (Path dir : classDirectories) {
                if (file != null
                        && file.startsWith(dir)
                        && (directory == null || dir.getNameCount() > directory.getNameCount())) {
                    directory = dir;
                }
            }
            if (directory != null) {
                sums.computeIfAbsent(directory, d -> new Accumulator()).addClass(c);
            }
        }
        Map<Path, Coverage> out = new TreeMap<>();
        sums.forEach((dir, sum) -> out.put(dir, sum.toCoverage()));
        return out;
    }

    // ---------------------------------------------------------------- missing evidence

    private static String noExecReason(Path baseDir, CoverageRequest request) {
        List<String> locations =
                request.execFiles().stream().filter(l -> !l.isBlank()).toList();
        return "No JaCoCo execution data: "
                + (locations.isEmpty()
                        ? "no exec file location is configured (readiness.execFiles)"
                        : "nothing matches " + String.join(", ", locations) + " in " + baseDir)
                + ". Attach the JaCoCo agent to the test JVMs with the prepare-agent goal of the jacoco-maven-plugin"
                + " (add prepare-agent-integration for Failsafe tests) and run mvn verify:\n" + AGENT_SNIPPET + "\n"
                + "If Surefire's <argLine> is set, start it with @{argLine} so the agent is kept. If the data is"
                + " written elsewhere, set readiness.execFiles.";
    }

    private static CoverageEvidence noClasses(List<Path> execFiles, List<Path> classDirectories, String what) {
        // a test-only module (tests of another module's classes) has no class directory: not only "compile"
        boolean noneExists = classDirectories.stream().noneMatch(Files::isDirectory);
        String reason = "JaCoCo execution data was found (" + join(execFiles) + "), but the class directories "
                + (classDirectories.isEmpty() ? "(none configured)" : join(classDirectories)) + " "
                + (noneExists && !classDirectories.isEmpty() ? "do not exist" : what)
                + (noneExists
                        ? ". A module without main classes (e.g. one that only holds tests of another module) has"
                                + " nothing to cover here: with readiness.aggregate its tests count in the reactor"
                                + " verdict. Otherwise run mvn verify so classes are compiled, or set"
                                + " readiness.classesDirectories to the directories that hold them."
                        : ": run mvn verify so classes are compiled, or set readiness.classesDirectories to the"
                                + " directories that hold them.");
        return new CoverageEvidence(
                execFiles, classDirectories, 0, Coverage.empty(), List.of(), Map.of(), List.of(), reason);
    }

    private static List<Path> searched(Path baseDir, List<String> locations) {
        List<Path> out = new ArrayList<>();
        for (String location : locations) {
            if (location == null || location.isBlank()) {
                continue;
            }
            try {
                out.add(baseDir.resolve(location.strip()).normalize());
            } catch (InvalidPathException e) {
                out.add(baseDir); // a glob that is not a valid path on this OS: the base directory was searched
            }
        }
        return out;
    }

    private static String join(List<Path> paths) {
        return String.join(", ", paths.stream().map(Path::toString).toList());
    }

    // ---------------------------------------------------------------- analysis

    private static List<Path> listClassFiles(List<Path> classDirectories) throws EvidenceException {
        Set<Path> files = new TreeSet<>();
        for (Path dir : classDirectories) {
            if (Files.isRegularFile(dir) && InputFiles.lowerName(dir).endsWith(".class")) {
                files.add(dir);
                continue;
            }
            if (Files.isRegularFile(dir) && isArchive(dir)) {
                // Skipping it would measure the coverage of the other classes only, which can only look better.
                throw new EvidenceException(
                        dir,
                        "readiness.classesDirectories names the archive " + dir + ", but readiness reads class files"
                                + " from directories and does not read classes inside a jar: point"
                                + " readiness.classesDirectories at the directory the classes were compiled to (e.g."
                                + " target/classes), or at a directory the jar was unpacked into.");
            }
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                InputFiles.walk(dir).stream()
                        .filter(p -> InputFiles.lowerName(p).endsWith(".class"))
                        .filter(Files::isRegularFile)
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                throw new EvidenceException(
                        dir,
                        "Cannot list the class directory " + dir + ": " + e.getMessage()
                                + ". Check its permissions, or run mvn clean verify to rebuild it.",
                        e);
            }
        }
        return List.copyOf(files);
    }

    private static boolean isArchive(Path file) {
        String name = InputFiles.lowerName(file);
        return name.endsWith(".jar") || name.endsWith(".war") || name.endsWith(".ear") || name.endsWith(".zip");
    }

    /**
     * Analyses every class file; {@code relevant} null skips the annotation scan (no tag selects by
     * annotation), which is then only run on a class file JaCoCo rejects, to say whether it is a class file at all.
     */
    private Map<String, ScannedClass> analyzeAll(
            List<Path> classFiles,
            ExecutionDataStore executionData,
            CoverageBuilder builder,
            int threads,
            ClassScanner.RelevantAnnotations relevant,
            Map<String, Path> origins)
            throws EvidenceException {
        Map<String, ScannedClass> scanned = new ConcurrentHashMap<>();
        SynchronizedVisitor visitor = new SynchronizedVisitor(builder);
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, classFiles.size()));
        if (workers == 1) {
            analyzeFromQueue(classFiles, next, executionData, visitor, scanned, relevant, origins);
            return scanned;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "readiness-coverage");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(() -> {
                    analyzeFromQueue(classFiles, next, executionData, visitor, scanned, relevant, origins);
                    return null;
                }));
            }
            EvidenceException first = null;
            for (Future<Void> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    next.set(classFiles.size()); // let the other workers stop early
                    if (first == null) {
                        first = asEvidenceException(e.getCause());
                    }
                }
            }
            if (first != null) {
                throw first;
            }
            return scanned;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EvidenceException(null, "Coverage analysis was interrupted.", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A worker's failure as the sequential path would have thrown it: bugs stay unchecked, input errors checked. */
    private static EvidenceException asEvidenceException(Throwable cause) {
        if (cause instanceof EvidenceException evidence) {
            return evidence;
        }
        if (cause instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new EvidenceException(null, "Coverage analysis failed unexpectedly: " + cause, cause);
    }

    private void analyzeFromQueue(
            List<Path> classFiles,
            AtomicInteger next,
            ExecutionDataStore executionData,
            ICoverageVisitor visitor,
            Map<String, ScannedClass> scanned,
            ClassScanner.RelevantAnnotations relevant,
            Map<String, Path> origins)
            throws EvidenceException {
        Path[] current = new Path[1]; // this worker's class file, for the per-directory breakdown
        IClassCoverage[] produced = new IClassCoverage[1]; // what JaCoCo made of it, to fill the cache
        AnalysisCache.Scratch scratch = new AnalysisCache.Scratch(); // this worker's buffer for cache records
        byte[] buffer = new byte[64 * 1024]; // this worker's buffer for class files (with the cache)
        int[] length = new int[1];
        Analyzer analyzer = new Analyzer(executionData, coverage -> {
            produced[0] = coverage;
            origins.putIfAbsent(coverage.getName(), current[0]);
            visitor.visitCoverage(coverage);
        });
        for (int i = next.getAndIncrement(); i < classFiles.size(); i = next.getAndIncrement()) {
            Path file = classFiles.get(i);
            current[0] = file;
            byte[] bytes; // the class file's bytes, exactly: copied out of the buffer only when JaCoCo or ASM reads
            // them
            if (cache == null) {
                bytes = InputFiles.readClassFile(file, "class file");
            } else {
                // with the cache, read into this worker's buffer: a class served from the cache is never copied
                buffer = InputFiles.readClassFile(file, "class file", buffer, length);
                bytes = null;
            }
            if (relevant != null) {
                bytes = bytes != null ? bytes : Arrays.copyOf(buffer, length[0]);
                ScannedClass info = scanOrReject(file, bytes, relevant);
                scanned.putIfAbsent(info.internalName(), info);
            }
            long classId = cache == null ? 0 : classIds.classId(buffer, length[0]);
            if (cache != null
                    && fromCache(classId, buffer, length[0], file, executionData, visitor, origins, scratch)) {
                continue;
            }
            if (bytes == null) {
                bytes = Arrays.copyOf(buffer, length[0]);
            }
            produced[0] = null;
            try {
                analyzer.analyzeClass(bytes, file.toString());
            } catch (IOException e) {
                Throwable cause = e.getCause();
                if (cause instanceof DuplicateClassException duplicate) {
                    throw duplicateClass(file, duplicate);
                }
                // not a class file at all: say so (the annotation scan may have read only the constant pool)
                scanOrReject(file, bytes, null);
                throw new EvidenceException(
                        file,
                        "JaCoCo 0.8.15 cannot analyse " + file + ": " + (cause != null ? cause : e) + ". If it was"
                                + " compiled for a Java version newer than JaCoCo 0.8.15 supports, upgrade the plugin;"
                                + " otherwise run mvn clean verify to rebuild it.",
                        e);
            }
            if (cache != null && produced[0] != null) {
                store(classId, bytes, produced[0], executionData);
            }
        }
    }

    private static EvidenceException duplicateClass(Path file, DuplicateClassException duplicate) {
        return new EvidenceException(
                file,
                "Class " + duplicate.className + " is found twice with different bytecode, the second time in " + file
                        + ": the class directories hold two different builds of it. Remove the stale copy (mvn clean"
                        + " verify) or list each class directory once in readiness.classesDirectories.",
                duplicate);
    }

    /**
     * Feeds the class's coverage from its cached analysis, as JaCoCo's analyser would have built it for these probes.
     *
     * @return false when the cache has no usable entry for these bytes and probes
     */
    private boolean fromCache(
            long classId,
            byte[] bytes,
            int byteCount,
            Path file,
            ExecutionDataStore executionData,
            ICoverageVisitor visitor,
            Map<String, Path> origins,
            AnalysisCache.Scratch scratch)
            throws EvidenceException {
        ExecutionData data = executionData.get(classId);
        IClassCoverage coverage = cache.coverage(
                classId,
                bytes,
                byteCount,
                data == null ? null : data.getProbes(),
                name -> data == null && executionData.contains(name),
                scratch);
        if (coverage == null) {
            return false; // no usable entry, or a probe array JaCoCo must judge
        }
        origins.putIfAbsent(coverage.getName(), file);
        try {
            visitor.visitCoverage(coverage);
        } catch (DuplicateClassException duplicate) {
            throw duplicateClass(file, duplicate);
        }
        return true;
    }

    /**
     * Stores the class's analysis for the next build, only when it gives exactly JaCoCo's result for this build's
     * probes (every counter of the class, its methods and lines).
     */
    private void store(long classId, byte[] bytes, IClassCoverage jacoco, ExecutionDataStore executionData) {
        AnalysisEntry entry;
        try {
            entry = SymbolicAnalysis.analyze(bytes, classId);
        } catch (RuntimeException e) {
            cache.notVerified();
            return;
        }
        if (entry == null) {
            return; // not cacheable (source debug extension): analysed by JaCoCo every time
        }
        ExecutionData data = executionData.get(classId);
        boolean[] probes = data == null ? null : data.getProbes();
        String difference;
        try {
            difference = entry.accepts(probes)
                    ? AnalysisEntry.difference(jacoco, entry.toCoverage(probes, jacoco.isNoMatch()))
                    : "probe array of another length";
        } catch (RuntimeException e) {
            difference = "not representable: " + e; // e.g. a line beyond the entry's bound
        }
        if (difference != null) {
            cache.notVerified();
            return;
        }
        cache.write(entry, bytes);
    }

    /** The class's annotations ({@code relevant} null: all of them, reading the whole class file). */
    private static ScannedClass scanOrReject(Path file, byte[] bytes, ClassScanner.RelevantAnnotations relevant)
            throws EvidenceException {
        try {
            return relevant == null ? ClassScanner.scan(bytes) : ClassScanner.scan(bytes, relevant);
        } catch (RuntimeException e) {
            throw new EvidenceException(
                    file,
                    "Class file " + file + " is not a valid class file (" + e + "). Run mvn clean verify to"
                            + " rebuild the classes.",
                    e);
        }
    }

    /** Serialises the analysers' results into the one builder and rejects two different classes of one name. */
    private static final class SynchronizedVisitor implements ICoverageVisitor {
        private final CoverageBuilder builder;
        private final Map<String, Long> ids = new HashMap<>();

        SynchronizedVisitor(CoverageBuilder builder) {
            this.builder = builder;
        }

        @Override
        public synchronized void visitCoverage(IClassCoverage coverage) {
            Long previous = ids.putIfAbsent(coverage.getName(), coverage.getId());
            if (previous != null && previous != coverage.getId()) {
                throw new DuplicateClassException(binaryName(coverage.getName()));
            }
            builder.visitCoverage(coverage);
        }
    }

    private static final class DuplicateClassException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String className;

        DuplicateClassException(String className) {
            super("different class with the same name: " + className);
            this.className = className;
        }
    }

    // ---------------------------------------------------------------- tags

    private static Map<String, Set<String>> packageAnnotations(Map<String, ScannedClass> scanned) {
        Map<String, Set<String>> out = new HashMap<>();
        for (ScannedClass info : scanned.values()) {
            String name = info.internalName();
            if (name.equals("package-info") || name.endsWith("/package-info")) {
                out.put(TagMatcher.packageOf(binaryName(name)), info.annotations());
            }
        }
        return out;
    }

    /**
     * The retention of each annotation type the tag names, read from its class file among the analysed classes (a
     * nested annotation type may be named {@code com.acme.Outer$Inner} or {@code com.acme.Outer.Inner}, as the tag
     * matcher accepts both).
     *
     * @param byDottedName the scanned classes by binary name with {@code $} written as {@code .}
     */
    private static Map<String, AnnotationRetention> annotationRetention(
            TagDefinition tag, Map<String, ScannedClass> byDottedName) {
        Map<String, AnnotationRetention> out = new TreeMap<>();
        List<String> names = new ArrayList<>(tag.annotations());
        names.addAll(tag.excludeAnnotations());
        for (String name : names) {
            String binary = name.strip();
            if (binary.isEmpty()) {
                continue;
            }
            ScannedClass type = byDottedName.get(binary.replace('$', '.'));
            out.put(binary, type == null ? AnnotationRetention.NOT_FOUND : type.retention());
        }
        return out;
    }

    private static TagCoverage tagCoverage(
            TagMatcher matcher,
            List<IClassCoverage> classes,
            Map<String, ScannedClass> scanned,
            Map<String, Set<String>> packageAnnotations,
            List<ChangedLineMapper.Selected> selection) {
        Accumulator sum = new Accumulator();
        List<Candidate> offenders = new ArrayList<>();
        List<String> matchedClasses = new ArrayList<>();
        int matchedMethods = 0;
        for (IClassCoverage c : classes) {
            if (!c.containsCode()) {
                continue; // no row in jacoco:report, nothing to measure
            }
            String className = binaryName(c.getName());
            ScannedClass info = scanned.get(c.getName());
            Set<String> classAnnotations = info == null ? Set.of() : info.annotations();
            Set<String> pkgAnnotations = packageAnnotations.getOrDefault(TagMatcher.packageOf(className), Set.of());
            boolean whole = matcher.matchesClass(className, classAnnotations, pkgAnnotations);
            boolean methodLevel = info != null && !info.methodAnnotations().isEmpty();
            if (!methodLevel) {
                if (whole) {
                    sum.addClass(c);
                    selection.add(new ChangedLineMapper.Selected(c, null));
                    matchedClasses.add(className);
                    addOffender(offenders, c, null);
                }
                continue;
            }
            List<IMethodCoverage> selected = new ArrayList<>();
            boolean anyExcluded = false;
            for (IMethodCoverage m : c.getMethods()) {
                Set<String> methodAnnotations = info.methodAnnotations(m.getName(), m.getDesc());
                if (matcher.matchesMethod(className, classAnnotations, pkgAnnotations, methodAnnotations)) {
                    selected.add(m);
                } else {
                    anyExcluded |= whole;
                }
            }
            if (whole && !anyExcluded) {
                sum.addClass(c);
                selection.add(new ChangedLineMapper.Selected(c, null));
                matchedClasses.add(className);
                addOffender(offenders, c, null);
            } else if (!selected.isEmpty()) {
                boolean anyCovered = false;
                for (IMethodCoverage m : selected) {
                    sum.addMethod(c, m);
                    selection.add(new ChangedLineMapper.Selected(c, m));
                    anyCovered |= m.getMethodCounter().getCoveredCount() > 0;
                    addOffender(offenders, c, m);
                }
                sum.addClassCounter(anyCovered);
                matchedClasses.add(className);
                matchedMethods += selected.size();
            }
        }
        return new TagCoverage(matcher.name(), matchedClasses, matchedMethods, sum.toCoverage(), top(offenders));
    }

    /**
     * Sums the counters of a tag's classes and methods the way JaCoCo sums a package: every counter is added, except
     * LINE, which is recounted from the lines merged per source file, so a line shared by two classes or methods of one
     * source file (a field initialiser copied into each constructor, an anonymous class on its outer method's line)
     * counts once, as in the package and bundle totals of {@code jacoco:report}.
     */
    private static final class Accumulator {
        private final long[] covered = new long[CounterKind.values().length];
        private final long[] missed = new long[CounterKind.values().length];
        private final Map<String, LineTable> lines = new HashMap<>();

        void addClass(IClassCoverage c) {
            for (CounterKind kind : CounterKind.values()) {
                if (kind != CounterKind.LINE) {
                    add(kind, c);
                }
            }
            linesOf(c).add(c);
        }

        /** A method's counters except CLASS, which is decided per class by {@link #addClassCounter}. */
        void addMethod(IClassCoverage c, IMethodCoverage method) {
            for (CounterKind kind : CounterKind.values()) {
                if (kind != CounterKind.CLASS && kind != CounterKind.LINE) {
                    add(kind, method);
                }
            }
            linesOf(c).add(method);
        }

        void addClassCounter(boolean isCovered) {
            int i = CounterKind.CLASS.ordinal();
            if (isCovered) {
                covered[i]++;
            } else {
                missed[i]++;
            }
        }

        private LineTable linesOf(IClassCoverage c) {
            String source = c.getSourceFileName();
            // Classes without a source file name are not merged with anything, as in JaCoCo's package totals.
            String key = source == null ? "class:" + c.getName() : c.getPackageName() + "/" + source;
            return lines.computeIfAbsent(key, k -> new LineTable());
        }

        private void add(CounterKind kind, ICoverageNode node) {
            ICounter counter = node.getCounter(entity(kind));
            covered[kind.ordinal()] += counter.getCoveredCount();
            missed[kind.ordinal()] += counter.getMissedCount();
        }

        Coverage toCoverage() {
            long linesCovered = 0;
            long linesMissed = 0;
            for (LineTable table : lines.values()) {
                linesCovered += table.covered();
                linesMissed += table.missed();
            }
            EnumMap<CounterKind, Counter> counters = new EnumMap<>(CounterKind.class);
            for (CounterKind kind : CounterKind.values()) {
                counters.put(
                        kind,
                        kind == CounterKind.LINE
                                ? new Counter(linesCovered, linesMissed)
                                : new Counter(covered[kind.ordinal()], missed[kind.ordinal()]));
            }
            return new Coverage(counters);
        }
    }

    /** Covered and missed instructions per line of one source file; a line is covered when one instruction ran. */
    private static final class LineTable {
        private int first = -1;
        private int[] coveredInstructions = new int[0];
        private int[] missedInstructions = new int[0];

        void add(ISourceNode node) {
            int from = node.getFirstLine();
            if (from == ISourceNode.UNKNOWN_LINE) {
                return; // compiled without line numbers: JaCoCo counts no lines either
            }
            int to = node.getLastLine();
            ensure(from, to);
            for (int line = from; line <= to; line++) {
                ICounter instructions = node.getLine(line).getInstructionCounter();
                coveredInstructions[line - first] += instructions.getCoveredCount();
                missedInstructions[line - first] += instructions.getMissedCount();
            }
        }

        private void ensure(int from, int to) {
            if (first == -1) {
                first = from;
                coveredInstructions = new int[to - from + 1];
                missedInstructions = new int[to - from + 1];
                return;
            }
            int newFirst = Math.min(first, from);
            int newLast = Math.max(first + coveredInstructions.length - 1, to);
            if (newFirst == first && newLast == first + coveredInstructions.length - 1) {
                return;
            }
            int[] newCovered = new int[newLast - newFirst + 1];
            int[] newMissed = new int[newLast - newFirst + 1];
            System.arraycopy(coveredInstructions, 0, newCovered, first - newFirst, coveredInstructions.length);
            System.arraycopy(missedInstructions, 0, newMissed, first - newFirst, missedInstructions.length);
            first = newFirst;
            coveredInstructions = newCovered;
            missedInstructions = newMissed;
        }

        long covered() {
            long count = 0;
            for (int c : coveredInstructions) {
                if (c > 0) {
                    count++;
                }
            }
            return count;
        }

        long missed() {
            long count = 0;
            for (int i = 0; i < missedInstructions.length; i++) {
                if (coveredInstructions[i] == 0 && missedInstructions[i] > 0) {
                    count++;
                }
            }
            return count;
        }
    }

    // ---------------------------------------------------------------- helpers

    static Coverage coverageOf(ICoverageNode node) {
        EnumMap<CounterKind, Counter> counters = new EnumMap<>(CounterKind.class);
        for (CounterKind kind : CounterKind.values()) {
            ICounter counter = node.getCounter(entity(kind));
            counters.put(kind, new Counter(counter.getCoveredCount(), counter.getMissedCount()));
        }
        return new Coverage(counters);
    }

    private static ICoverageNode.CounterEntity entity(CounterKind kind) {
        return ICoverageNode.CounterEntity.valueOf(kind.name());
    }

    private static Offender classOffender(IClassCoverage c) {
        return new Offender(
                binaryName(c.getName()),
                null,
                sourcePath(c),
                c.getLineCounter().getMissedCount(),
                c.getLineCounter().getCoveredCount(),
                missedLines(c));
    }

    /** Line numbers JaCoCo reports as not covered (no instruction executed), ascending. */
    private static List<Integer> missedLines(org.jacoco.core.analysis.ISourceNode node) {
        List<Integer> lines = new ArrayList<>();
        if (node.getFirstLine() == org.jacoco.core.analysis.ISourceNode.UNKNOWN_LINE) {
            return lines;
        }
        for (int line = node.getFirstLine(); line <= node.getLastLine(); line++) {
            if (node.getLine(line).getStatus() == org.jacoco.core.analysis.ICounter.NOT_COVERED) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static Offender methodOffender(IClassCoverage c, IMethodCoverage m) {
        return new Offender(
                binaryName(c.getName()),
                methodLabel(m.getName(), m.getDesc()),
                sourcePath(c),
                m.getLineCounter().getMissedCount(),
                m.getLineCounter().getCoveredCount(),
                missedLines(m));
    }

    /**
     * A class ({@code method} null) or method with missed lines, ranked by the keys of its {@link Offender}; the
     * offender itself (with its missed line numbers) is only built for the few that are listed.
     */
    private record Candidate(
            long missedLines, String className, String methodName, IClassCoverage c, IMethodCoverage method) {
        Offender offender() {
            return method == null ? classOffender(c) : methodOffender(c, method);
        }
    }

    private static void addOffender(List<Candidate> offenders, IClassCoverage c, IMethodCoverage method) {
        ISourceNode node = method == null ? c : method;
        long missed = node.getLineCounter().getMissedCount();
        if (missed > 0) {
            offenders.add(new Candidate(
                    missed,
                    binaryName(c.getName()),
                    method == null ? null : methodLabel(method.getName(), method.getDesc()),
                    c,
                    method));
        }
    }

    private static List<Offender> top(List<Candidate> offenders) {
        return offenders.stream()
                .sorted(WORST_FIRST)
                .limit(MAX_OFFENDERS)
                .map(Candidate::offender)
                .toList();
    }

    private static String sourcePath(IClassCoverage c) {
        String source = c.getSourceFileName();
        if (source == null) {
            return null;
        }
        String pkg = c.getPackageName();
        return pkg.isEmpty() ? source : pkg + "/" + source;
    }

    /** {@code clamp(DDD)D} becomes {@code clamp(double, double, double)}; types without their package. */
    static String methodLabel(String name, String desc) {
        StringBuilder label = new StringBuilder(name).append('(');
        Type[] arguments = Type.getArgumentTypes(desc);
        for (int i = 0; i < arguments.length; i++) {
            if (i > 0) {
                label.append(", ");
            }
            String type = arguments[i].getClassName();
            label.append(type.substring(type.lastIndexOf('.') + 1));
        }
        return label.append(')').toString();
    }

    static String binaryName(String internalName) {
        return internalName.replace('/', '.');
    }
}
