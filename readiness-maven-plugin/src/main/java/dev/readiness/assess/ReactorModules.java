package dev.readiness.assess;

import dev.readiness.evidence.EvidenceException;
import dev.readiness.evidence.InputFiles;
import dev.readiness.evidence.coverage.Coverage;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.policy.CounterKind;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * The modules of a reactor verdict: where each one's evidence is, which JMH results the reactor judges, and what is
 * true of each module in the reactor (its tests, its coverage, plain-word notes). Used by
 * {@link ReadinessEngine#assessReactor}; stateless.
 */
final class ReactorModules {
    private ReactorModules() {}

    /**
     * Where a reactor looked for one kind of evidence, for messages: the root's own locations, then each module's as
     * configured, relative to the reactor root ({@code core/target/failsafe-reports}); each once, in reactor order.
     */
    static List<String> searched(
            Path rootDir,
            List<String> rootLocations,
            List<ModuleInput> modules,
            Function<ModuleInput, List<String>> locations) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        rootLocations.stream().filter(l -> !l.isBlank()).forEach(out::add);
        Path root = rootDir.toAbsolutePath().normalize();
        for (ModuleInput m : modules) {
            for (String location : locations.apply(m)) {
                if (location.isBlank()) {
                    continue;
                }
                String shown;
                try {
                    Path p = m.baseDir().resolve(location.strip()).normalize();
                    shown = p.startsWith(root) ? root.relativize(p).toString().replace('\\', '/') : p.toString();
                } catch (InvalidPathException e) {
                    shown = m.path() + "/" + location.strip(); // a glob that is not a path on this OS
                }
                out.add(shown.isEmpty() ? "." : shown);
            }
        }
        return List.copyOf(out);
    }

    /** A module's locations, resolved against its directory. */
    record Located(
            List<Path> surefire,
            List<Path> failsafe,
            List<Path> testClasses,
            List<Path> exec,
            List<Path> classes,
            List<Path> sources) {
        static Located of(ModuleInput m) throws EvidenceException {
            Path dir = m.baseDir();
            return new Located(
                    InputFiles.resolve(dir, m.surefireReports()),
                    InputFiles.resolve(dir, m.failsafeReports()),
                    InputFiles.resolve(dir, m.testClassesDirectories()),
                    InputFiles.resolve(dir, m.execFiles()),
                    InputFiles.resolve(dir, m.classesDirectories()),
                    InputFiles.resolve(dir, m.sourceRoots()));
        }
    }

    static List<String> strings(List<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }

    /** The root's JMH results when it has some, else those of the one module that has them. */
    static BenchmarkInput reactorBenchmarks(AssessmentRequest root, List<ModuleInput> modules, List<String> warnings) {
        BenchmarkInput own = root.benchmarks();
        if (own != null && own.results() != null && Files.exists(root.baseDir().resolve(own.results()))) {
            return own;
        }
        List<ModuleInput> withResults = modules.stream()
                .filter(m -> m.benchmarks() != null
                        && m.benchmarks().results() != null
                        && Files.exists(m.baseDir().resolve(m.benchmarks().results())))
                .toList();
        if (withResults.isEmpty()) {
            return own;
        }
        ModuleInput first = withResults.get(0);
        if (withResults.size() > 1) {
            warnings.add("Several modules have JMH results; the reactor's benchmark gates compare those of "
                    + first.name() + " only ("
                    + withResults.stream().skip(1).map(ModuleInput::name).toList()
                    + " are judged in their own module verdicts).");
        }
        BenchmarkInput b = first.benchmarks();
        return new BenchmarkInput(
                first.baseDir().resolve(b.results()).toString(),
                b.baseline() == null
                        ? null
                        : first.baseDir().resolve(b.baseline()).toString(),
                b.tolerancePercent(),
                b.secondaryMetrics());
    }

    static ModuleSummary summary(ModuleInput m, Located l, Evidence evidence) {
        List<String> notes = new ArrayList<>();
        if (m.excludedReason() != null) {
            notes.add(m.excludedReason());
            return new ModuleSummary(
                    m.name(),
                    m.path(),
                    m.packaging(),
                    m.verdict(),
                    TestCounts.NONE,
                    TestCounts.NONE,
                    null,
                    false,
                    notes);
        }
        List<Path> surefireDirs = l.surefire();
        List<Path> failsafeDirs = l.failsafe();
        TestCounts unit = TestCounts.of(evidence.surefire().cases().stream()
                .filter(c -> under(c.reportFile(), surefireDirs))
                .toList());
        TestCounts integration = TestCounts.of(evidence.failsafe().cases().stream()
                .filter(c -> under(c.reportFile(), failsafeDirs))
                .toList());
        boolean ownExec = l.exec().stream().anyMatch(Files::isRegularFile);
        Coverage coverage = null;
        CoverageEvidence c = evidence.coverage();
        if (c.available()) {
            for (Path dir : l.classes()) {
                Coverage d = c.classDirectoryCoverage().get(dir);
                if (d != null) {
                    coverage = coverage == null ? d : coverage.plus(d);
                }
            }
        }
        notes.addAll(notes(m, unit.total() + integration.total() > 0, ownExec, coverage, c.available()));
        return new ModuleSummary(
                m.name(), m.path(), m.packaging(), m.verdict(), unit, integration, coverage, ownExec, notes);
    }

    /**
     * What is true of a module in the reactor, in plain words: a module whose classes other modules' tests cover is
     * fine; a test-only module has no classes to compile or cover.
     */
    static List<String> notes(
            ModuleInput m, boolean tests, boolean ownExec, Coverage coverage, boolean coverageAvailable) {
        List<String> notes = new ArrayList<>();
        boolean coveredByOthers =
                coverage != null && !ownExec && coverage.get(CounterKind.LINE).covered() > 0;
        if (!tests) {
            if (coverage == null) {
                notes.add(coverageAvailable ? "no test reports and no main classes" : "no test reports");
            } else if (coverage.get(CounterKind.LINE).covered() > 0) {
                notes.add("no test reports; its classes are covered by other modules' tests");
            } else {
                notes.add("no test reports, and no other module's tests cover its classes");
            }
        } else if (!ownExec) {
            // its tests ran without the JaCoCo agent
            notes.add("no JaCoCo execution data of its own (" + String.join(", ", m.execFiles()) + ")"
                    + (coveredByOthers ? "; its classes are covered by other modules' tests" : ""));
        }
        if (coverage == null && !coverageAvailable) {
            notes.add("coverage not measured");
        } else if (coverage == null && tests) {
            notes.add("test-only module: no main classes; its tests count for the classes of the other modules");
        }
        return notes;
    }

    private static boolean under(Path file, List<Path> locations) {
        for (Path location : locations) {
            if (file.startsWith(location)) {
                return true;
            }
        }
        return false;
    }
}
