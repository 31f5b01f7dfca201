package dev.readiness.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the Maven of the harness ({@code maven.home} of the outer build) on a generated project, in a process of its
 * own, with {@code -B -q} and a GC log in {@code MAVEN_OPTS} ({@code -Xlog:gc,gc+heap+exit}): its peak heap is the
 * largest "before" value of any collection or the heap used at exit, whichever is larger.
 */
final class MavenRunner {
    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern EXIT_USED = Pattern.compile("garbage-first heap\\s+total \\d+K, used (\\d+)K");
    private static final long TIMEOUT_MINUTES = 20;

    private final Path mvn;
    private final Path logs;
    private final List<String> repositories;
    private int runs;

    /**
     * @param localRepository the benchmark's own local repository, with the plugin under test installed
     * @param tail the user's local repository, read-only behind it (Maven 3.9 {@code maven.repo.local.tail})
     */
    MavenRunner(Path mavenHome, Path logs, Path localRepository, Path tail) throws IOException {
        this.mvn = mavenHome.resolve("bin/mvn");
        this.logs = Files.createDirectories(logs);
        this.repositories = List.of("-Dmaven.repo.local=" + localRepository, "-Dmaven.repo.local.tail=" + tail);
    }

    String version() throws IOException, InterruptedException {
        Path log = logs.resolve("mvn-version.log");
        ProcessBuilder builder = new ProcessBuilder(mvn.toString(), "-v").redirectErrorStream(true);
        builder.environment().remove("MAVEN_OPTS");
        builder.environment().remove("MAVEN_ARGS");
        Process process = builder.redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("mvn -v failed, see " + log);
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8).get(0).trim();
    }

    /**
     * Runs {@code mvn -B -q [-o] -f <project>/pom.xml <arguments>} and returns its wall time and heap.
     *
     * @param offline false only for the unmeasured first run that may download plugins
     * @param javaOptions extra JVM options of Maven (e.g. {@code -Xmx512m}), or empty
     */
    Sample run(Path project, List<String> arguments, boolean offline, String javaOptions)
            throws IOException, InterruptedException {
        return run(project, arguments, offline, javaOptions, false);
    }

    /**
     * As {@link #run(Path, List, boolean, String)}; with {@code timestamps}, Maven logs at INFO with millisecond
     * timestamps and the sample's counts hold {@code checkMillis}: the span from the {@code readiness:check} mojo's
     * header line to the next line Maven prints after it (the goal's own cost, plugin loading included).
     */
    Sample run(Path project, List<String> arguments, boolean offline, String javaOptions, boolean timestamps)
            throws IOException, InterruptedException {
        int id = ++runs;
        Path gcLog = logs.resolve(String.format(java.util.Locale.ROOT, "run-%03d-gc.log", id));
        Path log = logs.resolve(String.format(java.util.Locale.ROOT, "run-%03d.log", id));
        Files.deleteIfExists(gcLog);
        // CPU time (user + sys of Maven and its children) beside the wall time, where GNU time is installed
        Path cpuFile = logs.resolve(String.format(java.util.Locale.ROOT, "run-%03d-cpu.txt", id));
        Files.deleteIfExists(cpuFile);
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/time"))) {
            command.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", cpuFile.toString()));
        }
        command.addAll(List.of(mvn.toString(), "-B"));
        if (timestamps) {
            command.add("-Dorg.slf4j.simpleLogger.showDateTime=true");
            command.add("-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS");
        } else {
            command.add("-q");
        }
        if (offline) {
            command.add("-o");
        }
        command.add("-f");
        command.add(project.resolve("pom.xml").toString());
        command.addAll(repositories);
        command.addAll(arguments);
        Files.writeString(log, String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
        Map<String, String> env = builder.environment();
        env.remove("MAVEN_ARGS");
        // readiness's default cache root (readiness.cache unset): the benchmark's own, never the user's ~/.cache
        env.put("XDG_CACHE_HOME", logs.resolveSibling("xdg-cache").toString());
        env.put("MAVEN_OPTS", (javaOptions + " -Xlog:gc,gc+heap+exit:file=" + gcLog).trim());
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("Maven did not finish in " + TIMEOUT_MINUTES + " min: " + command);
        }
        long nanos = System.nanoTime() - start;
        if (process.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            throw new IllegalStateException("Maven failed (exit " + process.exitValue() + "): " + command
                    + System.lineSeparator()
                    + String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()))
                    + System.lineSeparator() + "full log: " + log);
        }
        long[] heap = parseGcLog(gcLog);
        System.out.println(String.format(
                java.util.Locale.ROOT,
                "[benchmark] mvn %s on %s: %.3f s, peak %d MB (%s)",
                String.join(" ", arguments),
                project.getFileName(),
                nanos / 1e9,
                heap[0] >> 20,
                log.getFileName()));
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        if (timestamps) {
            long span = checkSpanMillis(Files.readAllLines(log, StandardCharsets.UTF_8));
            if (span < 0) {
                throw new IllegalStateException("no readiness:check span in " + log);
            }
            counts.put("checkMillis", span);
        }
        if (Files.isRegularFile(cpuFile)) {
            String[] cpu = Files.readString(cpuFile).strip().split("\\s+");
            if (cpu.length == 2) {
                counts.put("cpuNanos", Math.round((Double.parseDouble(cpu[0]) + Double.parseDouble(cpu[1])) * 1e9));
            }
        }
        return new Sample(nanos, heap[0], heap[1], counts);
    }

    private static final Pattern STAMP = Pattern.compile("^(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d\\d\\d) ");

    /** Milliseconds from the readiness:check header to the next mojo header or the build result, -1 if absent. */
    static long checkSpanMillis(List<String> lines) {
        long start = -1;
        for (String line : lines) {
            java.util.regex.Matcher m = STAMP.matcher(line);
            if (!m.find()) {
                continue;
            }
            long t = ((Long.parseLong(m.group(1)) * 60 + Long.parseLong(m.group(2))) * 60 + Long.parseLong(m.group(3)))
                            * 1000
                    + Long.parseLong(m.group(4));
            if (start < 0) {
                if (line.contains("--- readiness:") && line.contains(":check ")) {
                    start = t;
                }
            } else if (line.contains(" --- ") || line.contains("BUILD SUCCESS") || line.contains("BUILD FAILURE")) {
                return t >= start ? t - start : t + 86_400_000L - start; // across midnight
            }
        }
        return -1;
    }

    /** {peak, max after GC} in bytes. */
    static long[] parseGcLog(Path gcLog) throws IOException {
        long peakMb = 0;
        long afterMb = 0;
        long exitKb = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher pause = PAUSE.matcher(line);
            if (line.contains("Pause") && pause.find()) {
                peakMb = Math.max(peakMb, Long.parseLong(pause.group(1)));
                afterMb = Math.max(afterMb, Long.parseLong(pause.group(2)));
            }
            Matcher exit = EXIT_USED.matcher(line);
            if (exit.find()) {
                exitKb = Long.parseLong(exit.group(1));
            }
        }
        if (exitKb == 0) {
            throw new IllegalStateException("no heap-at-exit line in " + gcLog);
        }
        return new long[] {Math.max(peakMb << 20, exitKb << 10), afterMb << 20};
    }
}
