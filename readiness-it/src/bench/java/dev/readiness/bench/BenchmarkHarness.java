package dev.readiness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark harness of issue 9, run by {@code readiness-it -Pbenchmark} (see the site page "Performance"):
 * generates deterministic inputs, measures readiness side by side with JaCoCo and surefire-report-parser, and
 * {@code readiness:check} inside {@code mvn verify}, then writes {@code results.json} (every sample) and
 * {@code results.md}. Exits non-zero when a tool fails or when a count differs from the oracle's.
 */
public final class BenchmarkHarness {
    static final long REPORT_SEED = 20261122L;
    static final long EXEC_SEED = 20261123L;
    static final long PROJECT_SEED = 20261124L;
    private static final String READINESS = "readiness";

    private final Path dir;
    private final Path mavenHome;
    private final String pluginVersion;
    private final boolean quick;
    /** Only the analysis cache's section (inputs, in-process and goal level on the largest class set). */
    private final boolean onlyCache;

    private final int repetitions;
    private final Path sample;
    private final Results results = new Results();
    private final MavenRunner maven;
    private final Path logs;
    private int forks;
    private final long started = System.nanoTime();
    private final Map<String, Object> phases = new LinkedHashMap<>();
    private long phaseStart = System.nanoTime();

    private BenchmarkHarness(Map<String, String> options) throws IOException {
        dir = Path.of(options.get("directory")).toAbsolutePath();
        mavenHome = Path.of(options.get("maven-home"));
        pluginVersion = options.get("plugin-version");
        quick = Boolean.parseBoolean(options.getOrDefault("quick", "false"));
        int reps = Integer.parseInt(options.getOrDefault("repetitions", "0"));
        repetitions = reps > 0 ? reps : quick ? 1 : 3;
        onlyCache = Boolean.parseBoolean(options.getOrDefault("only-cache", "false"));
        sample = Path.of(options.get("sample"));
        logs = dir.resolve("logs");
        deleteRecursively(logs);
        maven = new MavenRunner(
                mavenHome, logs, Path.of(options.get("local-repository")), Path.of(options.get("repository-tail")));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        List<String> mismatches = new BenchmarkHarness(options).run();
        if (!mismatches.isEmpty()) {
            System.err.println("[benchmark] FAILED: counts differ from the oracle:");
            mismatches.forEach(m -> System.err.println("  " + m));
            System.exit(1);
        }
    }

    private List<String> run() throws Exception {
        long start = System.nanoTime();
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        int[] caseSizes = quick ? new int[] {1_000} : new int[] {1_000, 10_000, 100_000};
        int[] classSizes = quick ? new int[] {1_000} : new int[] {1_000, 5_000, 20_000};
        int outputCases = quick ? 1_000 : 10_000;
        int largerClasses = quick ? 40 : 150;

        Map<String, Object> env = results.environment();
        env.put("date", started.toString());
        env.put("quick", quick);
        env.put("repetitions", repetitions);
        env.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        env.put("maven", maven.version());
        env.put("readinessPluginVersion", pluginVersion);
        env.put(
                "physicalMemoryMB",
                ((com.sun.management.OperatingSystemMXBean)
                                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                                .getTotalMemorySize()
                        >> 20);
        Map<String, Long> seeds = new LinkedHashMap<>();
        seeds.put("reports", REPORT_SEED);
        seeds.put("exec", EXEC_SEED);
        seeds.put("largerProject", PROJECT_SEED);
        env.put("seeds", seeds);
        env.put("loadBefore", loadAverage());
        env.put(
                "heapMeasurement",
                "in-process: sum of the heap MemoryPoolMXBeans' peak usage, reset before the call; retained = heap used"
                        + " after System.gc() with the result alive. Maven: -Xlog:gc,gc+heap+exit in MAVEN_OPTS, peak ="
                        + " max(heap before any GC, heap used at exit), retained = max heap after a GC");
        log(
                "%s, %d processors, %s; %d repetition(s)%s",
                env.get("java"), env.get("availableProcessors"), env.get("maven"), repetitions, quick ? ", quick" : "");

        // 1. inputs
        Map<Integer, Path> reportDirs = new LinkedHashMap<>();
        Map<Integer, SurefireReports.Expected> expected = new HashMap<>();
        for (int cases : caseSizes) {
            Path reports = dir.resolve("data/reports-" + cases);
            deleteRecursively(reports);
            expected.put(cases, SurefireReports.write(reports, cases, 1, REPORT_SEED));
            reportDirs.put(cases, reports);
            log(
                    "generated %,d cases: %s, %.1f MB",
                    cases, expected.get(cases), expected.get(cases).bytes() / 1e6);
        }
        Path loud = dir.resolve("data/reports-" + outputCases + "-output-x10");
        deleteRecursively(loud);
        SurefireReports.Expected loudExpected = SurefireReports.write(loud, outputCases, 10, REPORT_SEED);
        log("generated %,d cases with 10x system-out: %.1f MB", outputCases, loudExpected.bytes() / 1e6);
        List<Path> jars;
        try (Stream<Path> list = Files.list(dir.resolve("jars"))) {
            jars = list.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        Map<Integer, Path> coverageProjects = new LinkedHashMap<>();
        for (int classes : classSizes) {
            Path project = dir.resolve("projects/coverage-" + classes);
            deleteRecursively(project);
            Projects.coverageProject(project, pluginVersion);
            Path classDir = project.resolve("target/classes");
            ClassSets.extract(jars, classes, classDir);
            int withProbes = ClassSets.writeExec(classDir, project.resolve("target/jacoco.exec"), EXEC_SEED);
            coverageProjects.put(classes, project);
            log("generated %,d classes (%,d with probes) from %s", classes, withProbes, jars);
        }

        phase("generate inputs");

        // 2a. the analysis cache: cold and warm beside JaCoCo, in process and at goal level, largest class set
        int largest = classSizes[classSizes.length - 1];
        measureCache(coverageProjects.get(largest), largest);
        phase("analysis cache");
        if (onlyCache) {
            return finish(start, started, env, classSizes, caseSizes, outputCases, true);
        }

        // 2. library level, each sample in a JVM of its own
        for (int classes : classSizes) {
            Path project = coverageProjects.get(classes);
            for (int rep = 0; rep < repetitions; rep++) {
                boolean oursFirst = rep % 2 == 0;
                for (String mode : oursFirst
                        ? List.of("coverage-ours", "coverage-jacoco")
                        : List.of("coverage-jacoco", "coverage-ours")) {
                    String tool = mode.equals("coverage-ours")
                            ? "readiness CoverageAnalyzer (2 tags)"
                            : "JaCoCo Analyzer + CoverageBuilder";
                    results.measurement("Coverage, library level (in-process)", classes, "classes", tool)
                            .samples()
                            .add(fork(mode, project));
                }
            }
            Map<String, Long> ours = lastCounts("Coverage, library level (in-process)", classes, "readiness");
            Map<String, Long> jacoco = lastCounts("Coverage, library level (in-process)", classes, "JaCoCo");
            for (String key : List.of("classes", "lineCovered", "lineMissed", "noMatch")) {
                results.check(
                        classes + " classes, " + key + " readiness vs JaCoCo Analyzer", ours.get(key), jacoco.get(key));
            }
        }
        phase("coverage, library level");
        for (int cases : caseSizes) {
            measureReports(
                    "Test reports, library level (in-process)", cases, reportDirs.get(cases), expected.get(cases));
        }
        measureReports("Test reports: system-out 10x larger (in-process)", outputCases, loud, loudExpected);

        phase("test reports, library level");

        // 3. goal level: the coverage goals on the same generated projects, plus Maven's fixed cost
        String jacocoPlugin = "org.jacoco:jacoco-maven-plugin:" + Projects.JACOCO_VERSION;
        String readinessCheck = "dev.readiness:readiness-maven-plugin:" + pluginVersion + ":check";
        Map<String, List<String>> goals = new LinkedHashMap<>();
        goals.put("mvn validate (Maven's fixed cost)", List.of("validate"));
        goals.put("jacoco:check (BUNDLE LINE COVEREDRATIO)", List.of(jacocoPlugin + ":check"));
        goals.put("jacoco:report (HTML, XML, CSV)", List.of(jacocoPlugin + ":report"));
        goals.put("readiness:check (2 tags)", List.of(readinessCheck, "-Dreadiness.cache=none"));
        boolean primed = false;
        // Maven's fixed cost and the goals' growth are seen at the smallest and the largest set; the middle one is
        // measured in-process only (it would add a third of this phase's time)
        int[] goalSizes =
                classSizes.length > 2 ? new int[] {classSizes[0], classSizes[classSizes.length - 1]} : classSizes;
        for (int classes : goalSizes) {
            Path project = coverageProjects.get(classes);
            if (!primed) {
                for (List<String> g : goals.values()) {
                    maven.run(project, g, false, "");
                }
                primed = true;
            }
            for (int rep = 0; rep < repetitions; rep++) {
                List<String> order = new ArrayList<>(goals.keySet());
                java.util.Collections.rotate(order, rep);
                for (String label : order) {
                    results.measurement("Coverage, goal level (one Maven process each)", classes, "classes", label)
                            .samples()
                            .add(maven.run(project, goals.get(label), true, ""));
                }
            }
            crossCheckReportFiles(project, classes);
        }

        phase("coverage, goal level");

        // 4. end to end: one readiness:check on the largest test set and class set, -Xmx512m
        int maxCases = caseSizes[caseSizes.length - 1];
        int maxClasses = classSizes[classSizes.length - 1];
        Path e2e = coverageProjects.get(maxClasses);
        for (int rep = 0; rep < repetitions; rep++) {
            results.measurement(
                            "End to end: readiness:check, " + maxCases + " cases + " + maxClasses
                                    + " classes, MAVEN_OPTS=-Xmx512m",
                            maxClasses,
                            "classes",
                            "readiness:check")
                    .samples()
                    .add(maven.run(
                            e2e,
                            List.of(
                                    readinessCheck,
                                    "-Dreadiness.surefireReports=" + reportDirs.get(maxCases),
                                    "-Dreadiness.cache=none"),
                            true,
                            "-Xmx512m"));
        }
        JsonNode e2eJson = readinessJson(e2e);
        results.check(
                "end to end: readiness.json tests.total vs generated",
                e2eJson.path("tests").path("total").asLong(),
                expected.get(maxCases).total());
        results.check(
                "end to end: readiness.json coverage.analyzedClasses vs JaCoCo Analyzer",
                e2eJson.path("coverage").path("analyzedClasses").asLong(),
                lastCounts("Coverage, library level (in-process)", maxClasses, "JaCoCo")
                        .get("classes"));

        phase("end to end");

        // 5. overhead of readiness:check on mvn verify
        Path sampleCopy = dir.resolve("projects/sample-controller");
        deleteRecursively(sampleCopy);
        copyRecursively(sample, sampleCopy);
        // the sample's parent (<relativePath>../setup-parent</relativePath>), unfiltered: -Dreadiness.version below
        Path parentCopy = dir.resolve("projects/setup-parent");
        deleteRecursively(parentCopy);
        copyRecursively(sample.resolveSibling("setup-parent"), parentCopy);
        Files.createDirectories(sampleCopy.resolve(".mvn"));
        Path larger = dir.resolve("projects/larger-project");
        deleteRecursively(larger);
        int largerTests = Projects.largerProject(larger, pluginVersion, largerClasses, PROJECT_SEED);
        log("generated larger project: %d classes, %d test cases", largerClasses, largerTests);
        measureOverhead("sample-controller (bundled IT sample, JMH skipped)", sampleCopy, 1);
        phase("overhead, sample-controller");
        measureOverhead(
                "larger generated project (" + largerClasses + " classes, " + largerTests + " tests)", larger, 2);
        phase("overhead, larger project");
        JsonNode largerJson = readinessJson(larger);
        results.check(
                "larger project: readiness.json tests.total vs generated",
                largerJson.path("tests").path("total").asLong(),
                (long) largerTests);

        return finish(start, started, env, classSizes, caseSizes, outputCases, false);
    }

    private List<String> finish(
            long start,
            Instant started,
            Map<String, Object> env,
            int[] classSizes,
            int[] caseSizes,
            int outputCases,
            boolean cacheOnly)
            throws IOException {
        cacheBudgets(classSizes[classSizes.length - 1]);
        if (!cacheOnly) {
            budgets(
                    classSizes,
                    caseSizes,
                    outputCases,
                    caseSizes[caseSizes.length - 1],
                    classSizes[classSizes.length - 1]);
        }
        double minutes = (System.nanoTime() - start) / 60e9;
        env.put("harnessMinutes", Math.round(minutes * 10) / 10.0);
        env.put("phaseMinutes", phases);
        results.write(
                dir,
                String.format(
                        Locale.ROOT,
                        "# readiness benchmark results%n%n%s, %s processors, %s, %s; %d repetition(s)%s%s; "
                                + "harness run %.1f min; load average before / after: %s / %s.%n",
                        started,
                        env.get("availableProcessors"),
                        env.get("java"),
                        env.get("maven"),
                        repetitions,
                        quick ? " (quick mode)" : "",
                        cacheOnly ? " (analysis cache section only)" : "",
                        minutes,
                        env.get("loadBefore"),
                        loadAverage()));
        log("results: %s and %s (%.1f min)", dir.resolve("results.md"), dir.resolve("results.json"), minutes);
        return results.mismatches();
    }

    /** The load average of the machine (other builds running at the same time make absolute times noisy). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }

    private static final String CACHE_LIBRARY = "Analysis cache, library level (in-process)";
    private static final String CACHE_GOAL = "Analysis cache, goal level (one Maven process each)";

    /**
     * The analysis cache on one class set, side by side with JaCoCo: in process (JaCoCo's Analyzer, readiness with the
     * cache emptied first, readiness with the cache warm, with and without tags), then every class compared with
     * JaCoCo's Analyzer from the warm cache; at goal level (validate, jacoco:check, readiness:check without cache, cold
     * and warm), with readiness.json of the cold and the warm run compared byte by byte apart from the timestamp.
     */
    private void measureCache(Path project, int classes) throws Exception {
        Map<String, String> tools = new LinkedHashMap<>();
        tools.put("coverage-jacoco", "JaCoCo Analyzer + CoverageBuilder");
        tools.put("coverage-nocache", "readiness, no cache (2 tags)");
        tools.put("coverage-cold", "readiness, cache cold (2 tags)");
        tools.put("coverage-warm", "readiness, cache warm (2 tags)");
        tools.put("coverage-warm-untagged", "readiness, cache warm (no tags)");
        tools.put("coverage-floor", "floor: exec file + read and class id of every class file, no analysis");
        for (int rep = 0; rep < repetitions; rep++) {
            List<String> order = new ArrayList<>(tools.keySet());
            if (rep % 2 == 1) {
                java.util.Collections.rotate(order, -1); // JaCoCo last; cold still runs before warm
            }
            for (String mode : order) {
                results.measurement(CACHE_LIBRARY, classes, "classes", tools.get(mode))
                        .samples()
                        .add(fork(mode, project));
            }
        }
        Map<String, Long> jacoco = lastCounts(CACHE_LIBRARY, classes, "JaCoCo");
        Map<String, Long> cold = lastCounts(CACHE_LIBRARY, classes, "readiness, cache cold");
        results.check(
                classes + " classes, class files read by the floor measurement vs generated",
                lastCounts(CACHE_LIBRARY, classes, "floor:").get("classFiles"),
                (long) classes);
        Map<String, Long> warm = lastCounts(CACHE_LIBRARY, classes, "readiness, cache warm (2");
        for (String key : List.of("classes", "noMatch")) {
            results.check(
                    classes + " classes, " + key + " cache cold vs JaCoCo Analyzer", cold.get(key), jacoco.get(key));
            results.check(
                    classes + " classes, " + key + " cache warm vs JaCoCo Analyzer", warm.get(key), jacoco.get(key));
        }
        results.check(
                classes + " classes, lineCovered cache cold vs JaCoCo Analyzer",
                cold.get("lineCovered"),
                jacoco.get("lineCovered"));
        results.check(
                classes + " classes, lineMissed cache warm vs JaCoCo Analyzer",
                warm.get("lineMissed"),
                jacoco.get("lineMissed"));
        for (String key : cold.keySet()) {
            if (!key.startsWith("cache") && !key.equals("cpuNanos")) { // CPU time is a measurement, not a count
                results.check(classes + " classes, " + key + " cache warm vs cold", warm.get(key), cold.get(key));
            }
        }
        results.check(
                classes + " classes, warm cache hits vs entries written cold",
                warm.get("cacheHits"),
                cold.get("cacheWritten"));
        results.check(
                classes + " classes, entries not stored because they differed from JaCoCo",
                cold.get("cacheUnverified"),
                0L);
        Sample cross = fork("coverage-crosscheck", project);
        log(
                "cross-check of every class, warm cache vs JaCoCo Analyzer: %d compared, %d differ, %d not cached",
                cross.counts().get("classesCompared"),
                cross.counts().get("classesDiffering"),
                cross.counts().get("classesNotCached"));
        results.check(
                classes + " classes, classes whose counters, methods or lines differ, warm cache vs JaCoCo Analyzer"
                        + " (of " + cross.counts().get("classesCompared") + " compared, "
                        + cross.counts().get("classesNotCached") + " not cacheable)",
                cross.counts().get("classesDiffering"),
                0L);

        Path cacheDir = Measure.cacheOf(project).resolveSibling(project.getFileName() + "-goal-cache");
        String jacocoPlugin = "org.jacoco:jacoco-maven-plugin:" + Projects.JACOCO_VERSION;
        String readinessCheck = "dev.readiness:readiness-maven-plugin:" + pluginVersion + ":check";
        Map<String, List<String>> goals = new LinkedHashMap<>();
        goals.put("mvn validate (Maven's fixed cost)", List.of("validate"));
        goals.put("jacoco:check (BUNDLE LINE COVEREDRATIO)", List.of(jacocoPlugin + ":check"));
        goals.put("readiness:check, no cache (2 tags)", List.of(readinessCheck, "-Dreadiness.cache=none"));
        goals.put("readiness:check, cache cold (2 tags)", List.of(readinessCheck, "-Dreadiness.cache=" + cacheDir));
        goals.put("readiness:check, cache warm (2 tags)", List.of(readinessCheck, "-Dreadiness.cache=" + cacheDir));
        for (List<String> g : goals.values()) {
            maven.run(project, g, false, ""); // resolves the plugins once; fills the cache
        }
        String coldJson = null;
        String warmJson = null;
        for (int rep = 0; rep < repetitions; rep++) {
            List<String> order = new ArrayList<>(goals.keySet());
            java.util.Collections.rotate(order, rep);
            for (String label : order) {
                if (label.contains("cache warm") && !Files.isDirectory(cacheDir)) {
                    maven.run(project, goals.get(label), true, ""); // the cold run came after it: fill it again
                }
                if (label.contains("cache cold")) {
                    deleteRecursively(cacheDir);
                }
                results.measurement(CACHE_GOAL, classes, "classes", label)
                        .samples()
                        .add(maven.run(project, goals.get(label), true, ""));
                if (label.contains("cache cold")) {
                    coldJson = readinessJsonWithoutTimestamp(project);
                } else if (label.contains("cache warm")) {
                    warmJson = readinessJsonWithoutTimestamp(project);
                }
            }
        }
        results.check(
                classes + " classes, readiness.json of the cold and the warm run (apart from the timestamp): identical",
                coldJson != null && coldJson.equals(warmJson),
                true);
        results.check(
                classes + " classes, covered lines readiness:check warm (readiness.json) vs JaCoCo Analyzer",
                new ObjectMapper()
                        .readTree(warmJson)
                        .path("coverage")
                        .path("overall")
                        .path("line")
                        .path("covered")
                        .asLong(),
                jacoco.get("lineCovered"));
    }

    private static String readinessJsonWithoutTimestamp(Path project) throws IOException {
        String json = Files.readString(project.resolve("target/" + READINESS + "/readiness.json"));
        return json.replaceFirst("\"timestamp\" : \"[^\"]*\"", "\"timestamp\" : \"-\"");
    }

    private void cacheBudgets(int classes) {
        Results.Measurement warmGoal = find(CACHE_GOAL, classes, "readiness:check, cache warm");
        Results.Measurement coldGoal = find(CACHE_GOAL, classes, "readiness:check, cache cold");
        Results.Measurement noCache = find(CACHE_GOAL, classes, "readiness:check, no cache");
        Results.Measurement check = find(CACHE_GOAL, classes, "jacoco:check");
        double validate = find(CACHE_GOAL, classes, "mvn validate").medianSeconds();
        results.budget(
                String.format(
                        Locale.ROOT, "warm cache, readiness:check vs jacoco:check, %,d classes (goal level)", classes),
                String.format(
                        Locale.ROOT,
                        "%.2f× (%.2f s vs %.2f s; CPU %.2f s vs %.2f s, %.2f×; above mvn validate's %.2f s: %.2f×)",
                        warmGoal.medianSeconds() / check.medianSeconds(),
                        warmGoal.medianSeconds(),
                        check.medianSeconds(),
                        warmGoal.medianCpuSeconds(),
                        check.medianCpuSeconds(),
                        warmGoal.medianCpuSeconds() / check.medianCpuSeconds(),
                        validate,
                        (warmGoal.medianSeconds() - validate) / (check.medianSeconds() - validate)),
                "≤ 0.5×",
                warmGoal.medianSeconds() <= 0.5 * check.medianSeconds());
        results.budget(
                String.format(
                        Locale.ROOT, "cold cache, readiness:check vs jacoco:check, %,d classes (goal level)", classes),
                String.format(
                        Locale.ROOT,
                        "%.2f× (%.2f s vs %.2f s; CPU %.2f s vs %.2f s; without the cache %.2f s, %.2f×)",
                        coldGoal.medianSeconds() / check.medianSeconds(),
                        coldGoal.medianSeconds(),
                        check.medianSeconds(),
                        coldGoal.medianCpuSeconds(),
                        check.medianCpuSeconds(),
                        noCache.medianSeconds(),
                        noCache.medianSeconds() / check.medianSeconds()),
                "≤ 1.0×",
                coldGoal.medianSeconds() <= check.medianSeconds());
        Results.Measurement analyzer = find(CACHE_LIBRARY, classes, "JaCoCo");
        Results.Measurement warm = find(CACHE_LIBRARY, classes, "readiness, cache warm (2");
        Results.Measurement untagged = find(CACHE_LIBRARY, classes, "readiness, cache warm (no");
        Results.Measurement cold = find(CACHE_LIBRARY, classes, "readiness, cache cold");
        Results.Measurement none = find(CACHE_LIBRARY, classes, "readiness, no cache");
        Results.Measurement floor = find(CACHE_LIBRARY, classes, "floor:");
        results.budget(
                String.format(
                        Locale.ROOT, "warm analysis speed-up vs JaCoCo Analyzer, %,d classes (in process)", classes),
                String.format(
                        Locale.ROOT,
                        "%.1f× without tags, %.1f× with the 2 tags (%.2f s, %.2f s vs %.2f s; CPU %.2f s, %.2f s vs"
                                + " %.2f s; no cache %.2f s, cold %.2f s; floor of any content-addressed cache, reading"
                                + " and hashing every class file: %.2f s, at most %.1f×)",
                        analyzer.medianSeconds() / untagged.medianSeconds(),
                        analyzer.medianSeconds() / warm.medianSeconds(),
                        untagged.medianSeconds(),
                        warm.medianSeconds(),
                        analyzer.medianSeconds(),
                        untagged.medianCpuSeconds(),
                        warm.medianCpuSeconds(),
                        analyzer.medianCpuSeconds(),
                        none.medianSeconds(),
                        cold.medianSeconds(),
                        floor.medianSeconds(),
                        analyzer.medianSeconds() / floor.medianSeconds()),
                "≥ 5×",
                analyzer.medianSeconds() >= 5 * untagged.medianSeconds());
    }

    /** The report readers measured side by side: mode of {@link Measure}, and the tool's name in the tables. */
    static final Map<String, String> REPORT_TOOLS = reportTools();

    private static Map<String, String> reportTools() {
        Map<String, String> tools = new LinkedHashMap<>();
        tools.put("reports-ours", "readiness TestReportReader (Aalto, one file per task on min(cores, files) threads)");
        tools.put("reports-sequential", "variant: TestReportReader, Aalto, 1 thread");
        tools.put("reports-woodstox", "variant: TestReportReader with Woodstox 7.1 (skipElement)");
        tools.put("reports-jdk", "variant: TestReportReader with the JDK's StAX (before this change)");
        tools.put("reports-parser", "surefire-report-parser 3.6.0");
        return tools;
    }

    private void measureReports(String group, int cases, Path reports, SurefireReports.Expected expected)
            throws Exception {
        for (int rep = 0; rep < repetitions; rep++) {
            List<String> modes = new ArrayList<>(REPORT_TOOLS.keySet());
            java.util.Collections.rotate(modes, rep);
            for (String mode : modes) {
                results.measurement(group, cases, "cases", REPORT_TOOLS.get(mode))
                        .samples()
                        .add(fork(mode, reports));
            }
        }
        Map<String, Long> ours = lastCounts(group, cases, "readiness");
        Map<String, Long> parser = lastCounts(group, cases, "surefire-report-parser");
        Map<String, Long> generated = Map.of(
                "total", expected.total(),
                "failed", expected.failed(),
                "errors", expected.errors(),
                "skipped", expected.skipped(),
                "flaky", expected.flaky());
        for (String key : List.of("total", "failed", "errors", "skipped", "flaky")) {
            results.check(
                    cases + " cases, " + key + " readiness vs surefire-report-parser", ours.get(key), parser.get(key));
            results.check(cases + " cases, " + key + " readiness vs generated", ours.get(key), generated.get(key));
            for (String mode : List.of("reports-sequential", "reports-woodstox", "reports-jdk")) {
                String tool = REPORT_TOOLS.get(mode);
                results.check(
                        cases + " cases, " + key + " " + tool + " vs generated",
                        lastCounts(group, cases, tool).get(key),
                        generated.get(key));
            }
        }
    }

    private void measureOverhead(String name, Path project, int parity) throws Exception {
        List<String> common = List.of(
                "clean",
                "verify",
                // warm after the first (unmeasured) build; beside the project, never the user's cache
                "-Dreadiness.cache=" + project.resolveSibling(project.getFileName() + "-analysis-cache"),
                "-Dexec.skip=true",
                "-Dreadiness.failOnViolation=false",
                "-Dreadiness.version=" + pluginVersion,
                "-Dreadiness.historyFile=target/readiness-history.jsonl",
                // outside target/, so that clean keeps it: the first run below fills it, the measured ones are warm
                "-Dreadiness.cache=" + dir.resolve("readiness-cache"));
        List<String> without = new ArrayList<>(common);
        without.add("-Dreadiness.skip=true");
        maven.run(project, common, false, "");
        for (int rep = 0; rep < repetitions; rep++) {
            boolean withFirst = (rep + parity) % 2 == 0;
            for (boolean with : withFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                results.measurement(
                                "Overhead of readiness:check on mvn clean verify",
                                0,
                                name,
                                with ? "mvn clean verify with readiness:check" : "mvn clean verify -Dreadiness.skip")
                        .samples()
                        .add(maven.run(project, with ? common : without, true, "", true));
            }
        }
        // the last run may have been the skipped one: make sure readiness.json is from a run with the check
        maven.run(project, common, true, "");
    }

    /**
     * readiness (in-process and readiness.json) against jacoco:report's report-level LINE counter in jacoco.xml. The
     * sum of the CSV's class rows is only logged: it counts a line shared by several classes of one source file (inner
     * classes, lambdas, Groovy and Scala closures) once per class, the report total once.
     */
    private void crossCheckReportFiles(Path project, int classes) throws IOException {
        long[] xml = JacocoXml.reportLineCounter(project.resolve("target/site/jacoco/jacoco.xml"));
        long csvCovered = 0;
        long csvMissed = 0;
        List<String> csv = Files.readAllLines(project.resolve("target/site/jacoco/jacoco.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(csv.get(0).split(","));
        int missedColumn = header.indexOf("LINE_MISSED");
        int coveredColumn = header.indexOf("LINE_COVERED");
        for (String line : csv.subList(1, csv.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            csvMissed += Long.parseLong(cells[missedColumn]);
            csvCovered += Long.parseLong(cells[coveredColumn]);
        }
        log(
                "%d classes: jacoco.csv class rows sum to %d covered / %d missed lines (lines shared by classes of one"
                        + " source file counted per class); jacoco.xml report total %d / %d",
                classes, csvCovered, csvMissed, xml[0], xml[1]);
        Map<String, Long> ours = lastCounts("Coverage, library level (in-process)", classes, "readiness");
        results.check(
                classes + " classes, covered lines readiness vs jacoco:report jacoco.xml",
                ours.get("lineCovered"),
                xml[0]);
        results.check(
                classes + " classes, missed lines readiness vs jacoco:report jacoco.xml",
                ours.get("lineMissed"),
                xml[1]);
        JsonNode json = readinessJson(project);
        JsonNode line = json.path("coverage").path("overall").path("line");
        results.check(
                classes + " classes, covered lines readiness:check (readiness.json) vs jacoco:report jacoco.xml",
                line.path("covered").asLong(),
                xml[0]);
        results.check(
                classes + " classes, missed lines readiness:check (readiness.json) vs jacoco:report jacoco.xml",
                line.path("missed").asLong(),
                xml[1]);
    }

    private void budgets(int[] classSizes, int[] caseSizes, int outputCases, int maxCases, int maxClasses) {
        String goalGroup = "Coverage, goal level (one Maven process each)";
        for (int classes : classSizes) {
            if (results.measurements().stream().anyMatch(m -> m.group().equals(goalGroup) && m.size() == classes)) {
                double ours = find(goalGroup, classes, "readiness:check").medianSeconds();
                double check = find(goalGroup, classes, "jacoco:check").medianSeconds();
                results.budget(
                        String.format(
                                Locale.ROOT, "coverage evaluation vs jacoco:check, %,d classes (goal level)", classes),
                        String.format(Locale.ROOT, "%.2f× (%.2f s vs %.2f s)", ours / check, ours, check),
                        "≤ 1.0×",
                        ours <= check);
            }
            double lib = find("Coverage, library level (in-process)", classes, "readiness")
                    .medianSeconds();
            double analyzer = find("Coverage, library level (in-process)", classes, "JaCoCo")
                    .medianSeconds();
            results.budget(
                    String.format(
                            Locale.ROOT, "coverage evaluation vs JaCoCo Analyzer, %,d classes (library)", classes),
                    String.format(Locale.ROOT, "%.2f× (%.2f s vs %.2f s)", lib / analyzer, lib, analyzer),
                    "≤ 1.0×",
                    lib <= analyzer);
        }
        for (int cases : caseSizes) {
            String group = "Test reports, library level (in-process)";
            double ours = find(group, cases, "readiness").medianSeconds();
            double parser = find(group, cases, "surefire-report-parser").medianSeconds();
            results.budget(
                    String.format(Locale.ROOT, "report reading speed-up vs surefire-report-parser, %,d cases", cases),
                    String.format(Locale.ROOT, "%.1f× (%.2f s vs %.2f s)", parser / ours, ours, parser),
                    "≥ 2×",
                    parser >= 2 * ours);
        }
        Results.Measurement normal = find("Test reports, library level (in-process)", outputCases, "readiness");
        Results.Measurement loud = find("Test reports: system-out 10x larger (in-process)", outputCases, "readiness");
        Results.Measurement parserLoud =
                find("Test reports: system-out 10x larger (in-process)", outputCases, "surefire-report-parser");
        results.budget(
                String.format(
                        Locale.ROOT, "readiness heap with 10× system-out, %,d cases (peak / retained)", outputCases),
                String.format(
                        Locale.ROOT,
                        "peak %.0f MB vs %.0f MB, retained %.0f MB vs %.0f MB (surefire-report-parser: peak %.0f MB)",
                        loud.medianPeakMb(),
                        normal.medianPeakMb(),
                        loud.medianRetainedMb(),
                        normal.medianRetainedMb(),
                        parserLoud.medianPeakMb()),
                "peak ≤ 1.5× + 8 MB, retained ≤ 1.1× + 2 MB",
                loud.medianPeakMb() <= normal.medianPeakMb() * 1.5 + 8
                        && loud.medianRetainedMb() <= normal.medianRetainedMb() * 1.1 + 2);
        Results.Measurement e2e = results.measurements().stream()
                .filter(m -> m.group().startsWith("End to end"))
                .findFirst()
                .orElseThrow();
        results.budget(
                String.format(Locale.ROOT, "end to end %,d cases + %,d classes, -Xmx512m", maxCases, maxClasses),
                String.format(
                        Locale.ROOT, "%.1f s, peak heap %.0f MB (max of runs)", e2e.medianSeconds(), e2e.maxPeakMb()),
                "seconds (< 60 s), heap < 512 MB",
                e2e.medianSeconds() < 60 && e2e.maxPeakMb() < 512);
        for (Results.Measurement with : results.measurements()) {
            if (!with.tool().equals("mvn clean verify with readiness:check")) {
                continue;
            }
            Results.Measurement without =
                    results.measurement(with.group(), with.size(), with.unit(), "mvn clean verify -Dreadiness.skip");
            double overhead = (with.medianSeconds() - without.medianSeconds()) / without.medianSeconds() * 100;
            // on a busy machine the difference of the medians can be smaller than the spread: say so
            boolean overlap = with.minSeconds() <= without.maxSeconds() && without.minSeconds() <= with.maxSeconds();
            List<Long> spans = with.samples().stream()
                    .map(x -> x.counts().get("checkMillis"))
                    .sorted()
                    .toList();
            double checkSeconds = spans.get(spans.size() / 2) / 1000.0;
            double share = checkSeconds / with.medianSeconds() * 100;
            results.budget(
                    "cost of readiness:check inside mvn clean verify (its span in Maven's log), " + with.unit(),
                    String.format(
                            Locale.ROOT,
                            "%.1f %% (%.2f s of %.2f s; spans %s ms)",
                            share,
                            checkSeconds,
                            with.medianSeconds(),
                            spans),
                    "< 3 %",
                    share < 3);
            results.budget(
                    "overhead of readiness:check on mvn clean verify (difference of medians), " + with.unit(),
                    String.format(
                            Locale.ROOT,
                            "%+.1f %% (%.2f s vs %.2f s)%s",
                            overhead,
                            with.medianSeconds(),
                            without.medianSeconds(),
                            overlap ? "; min–max ranges overlap: within the noise of this run" : ""),
                    "< 3 %",
                    overhead < 3);
        }
    }

    private Results.Measurement find(String group, long size, String toolPrefix) {
        return results.measurements().stream()
                .filter(m ->
                        m.group().equals(group) && m.size() == size && m.tool().startsWith(toolPrefix))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("no measurement " + group + " " + size + " " + toolPrefix));
    }

    private Map<String, Long> lastCounts(String group, long size, String toolPrefix) {
        List<Sample> samples = find(group, size, toolPrefix).samples();
        return samples.get(samples.size() - 1).counts();
    }

    private static JsonNode readinessJson(Path project) throws IOException {
        Path file = project.resolve("target/" + READINESS + "/readiness.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("readiness:check did not write " + file);
        }
        return new ObjectMapper().readTree(file.toFile());
    }

    /** Runs {@link Measure} in a JVM of its own and parses its RESULT line. */
    private Sample fork(String mode, Path path) throws IOException, InterruptedException {
        int id = ++forks;
        Path log = logs.resolve(String.format(Locale.ROOT, "fork-%03d-%s.log", id, mode));
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g",
                "-cp",
                System.getProperty("java.class.path"),
                Measure.class.getName(),
                mode,
                path.toString());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int exit = process.waitFor();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String result =
                lines.stream().filter(l -> l.startsWith("RESULT ")).findFirst().orElse(null);
        if (exit != 0 || result == null) {
            throw new IllegalStateException(
                    mode + " on " + path + " failed (exit " + exit + "):\n" + String.join("\n", lines));
        }
        long nanos = 0;
        long peak = 0;
        long retained = 0;
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String pair : result.substring("RESULT ".length()).split(";")) {
            String[] kv = pair.split("=", 2);
            long value = Long.parseLong(kv[1]);
            switch (kv[0]) {
                case "nanos" -> nanos = value;
                case "peak" -> peak = value;
                case "retained" -> retained = value;
                default -> counts.put(kv[0], value);
            }
        }
        log("%s %s: %.3f s, peak %d MB", mode, path.getFileName(), nanos / 1e9, peak >> 20);
        return new Sample(nanos, peak, retained, counts);
    }

    /** Ends a phase of the run: its minutes go into results.json and the log. */
    private void phase(String name) {
        long now = System.nanoTime();
        double minutes = Math.round((now - phaseStart) / 6e9) / 10.0;
        phases.put(name, minutes);
        phaseStart = now;
        log("phase '%s' took %.1f min (%.1f min so far)", name, minutes, (now - started) / 60e9);
    }

    private static void log(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, args));
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
