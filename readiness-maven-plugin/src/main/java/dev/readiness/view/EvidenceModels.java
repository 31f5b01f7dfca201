package dev.readiness.view;

import dev.readiness.assess.EvidenceScope;
import dev.readiness.assess.Percent;
import dev.readiness.evidence.StaleEvidence;
import dev.readiness.evidence.bench.BenchmarkEvidence;
import dev.readiness.evidence.bench.BenchmarkKey;
import dev.readiness.evidence.bench.Measurement;
import dev.readiness.evidence.coverage.CoverageEvidence;
import dev.readiness.evidence.coverage.ExecSession;
import dev.readiness.evidence.coverage.Offender;
import dev.readiness.evidence.coverage.TagCoverage;
import dev.readiness.evidence.docs.DocumentationEvidence;
import dev.readiness.evidence.mutation.Mutant;
import dev.readiness.evidence.mutation.MutationEvidence;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The evidence parts of the {@link ReportModel}: coverage, benchmarks, documentation, evidence scope. */
final class EvidenceModels {
    private final Path root;

    /** @param root paths inside it are shown relative to it; {@code null} to show them absolute */
    EvidenceModels(Path root) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    ReportModel.Mutation mutation(MutationEvidence e) {
        if (!e.available()) {
            return new ReportModel.Mutation(
                    false,
                    e.missingReason(),
                    "No PIT report: " + e.missingReason(),
                    List.of(),
                    0,
                    0,
                    0,
                    Map.of(),
                    List.of(),
                    List.of(),
                    0,
                    List.of(),
                    0);
        }
        MutationEvidence.Counts all = MutationEvidence.count(e.mutants());
        Map<String, Long> statuses = new LinkedHashMap<>();
        all.byStatus().forEach((s, n) -> statuses.put(s.name(), n));
        List<ReportModel.MutationTag> tags = e.tags().entrySet().stream()
                .map(t -> {
                    MutationEvidence.Counts c = MutationEvidence.count(t.getValue());
                    return new ReportModel.MutationTag(t.getKey(), c.total(), c.detected(), c.covered());
                })
                .toList();
        List<Mutant> survivors = MutationEvidence.survivors(e.mutants());
        List<Mutant> uncovered = MutationEvidence.uncovered(e.mutants());
        StringBuilder summary = new StringBuilder()
                .append(all.total())
                .append(" mutants from ")
                .append(e.reports().size())
                .append(e.reports().size() == 1 ? " PIT report: " : " PIT reports: ")
                .append(all.detected())
                .append(" detected");
        if (all.total() > 0) {
            summary.append(" (")
                    .append(Percent.display(Percent.of(all.detected(), all.total())))
                    .append(" %)");
        }
        summary.append(", ").append(all.covered()).append(" covered");
        if (all.covered() > 0) {
            summary.append(", test strength ")
                    .append(Percent.display(Percent.of(all.detected(), all.covered())))
                    .append(" %");
        }
        if (!statuses.isEmpty()) {
            summary.append("; ");
            summary.append(String.join(
                    ", ",
                    statuses.entrySet().stream()
                            .map(s -> s.getKey() + " " + s.getValue())
                            .toList()));
        }
        if (e.duplicates() > 0) {
            summary.append("; ").append(e.duplicates()).append(" reported twice, counted once");
        }
        return new ReportModel.Mutation(
                true,
                null,
                summary.toString(),
                e.reports().stream().map(this::relative).toList(),
                all.total(),
                all.detected(),
                all.covered(),
                statuses,
                tags,
                mutants(survivors),
                survivors.size(),
                mutants(uncovered),
                uncovered.size());
    }

    private static List<ReportModel.MutantRow> mutants(List<Mutant> mutants) {
        return mutants.stream()
                .limit(ReportModel.LISTED_MUTANTS)
                .map(m -> new ReportModel.MutantRow(
                        m.mutatedClass(),
                        m.mutatedMethod(),
                        m.sourceFile(),
                        m.line(),
                        m.mutatorName(),
                        m.description(),
                        m.status().name(),
                        m.display()))
                .toList();
    }

    ReportModel.Coverage coverage(CoverageEvidence c) {
        if (!c.available()) {
            return new ReportModel.Coverage(
                    false, c.missingReason(), List.of(), 0, null, List.of(), List.of(), List.of());
        }
        List<ReportModel.TagRow> tags = c.tags().entrySet().stream()
                .map(e -> tag(e.getKey(), e.getValue()))
                .toList();
        return new ReportModel.Coverage(
                true,
                c.missingReason(),
                c.execFiles().stream().map(this::relative).toList(),
                c.analyzedClasses(),
                ModelFactory.counters(c.overall()),
                tags,
                offenders(c.offenders()),
                c.noMatchClasses());
    }

    private static ReportModel.TagRow tag(String name, TagCoverage t) {
        return new ReportModel.TagRow(
                name,
                t.tag(),
                t.matchedClasses(),
                t.matchedMethods(),
                t.matchedNothing(),
                t.classes()
                        .subList(
                                0,
                                Math.min(
                                        ReportModel.LISTED_TAG_CLASSES,
                                        t.classes().size())),
                ModelFactory.counters(t.coverage()),
                offenders(t.offenders()));
    }

    private static List<ReportModel.Offender> offenders(List<Offender> offenders) {
        return offenders.stream()
                .map(o -> new ReportModel.Offender(o.className(), o.methodName(), o.missedLines(), o.coveredLines()))
                .toList();
    }

    ReportModel.Benchmarks benchmarks(BenchmarkEvidence b) {
        ReportModel.Environment environment = null;
        if (b.baselineEnvironment() != null && b.currentEnvironment() != null) {
            environment = new ReportModel.Environment(
                    b.environmentDifferences().isEmpty(),
                    b.environmentDifferences(),
                    b.baselineEnvironment().properties(),
                    b.currentEnvironment().properties());
        }
        return new ReportModel.Benchmarks(
                b.available(),
                b.missingReason(),
                b.results() == null ? null : relative(b.results()),
                b.baseline() == null ? null : relative(b.baseline()),
                b.compared(),
                b.notRegressed(),
                b.comparisons().stream()
                        .map(c -> new ReportModel.Comparison(
                                c.key().benchmark(),
                                c.key().mode(),
                                c.key().params(),
                                c.metric(),
                                measurement(c.baseline()),
                                measurement(c.current()),
                                c.changePercent(),
                                c.regressed()))
                        .toList(),
                b.added().stream().map(BenchmarkKey::label).toList(),
                b.removed().stream().map(BenchmarkKey::label).toList(),
                environment);
    }

    private static ReportModel.Measurement measurement(Measurement m) {
        return new ReportModel.Measurement(m.score(), m.error(), m.unit());
    }

    ReportModel.Documentation documentation(DocumentationEvidence d) {
        return new ReportModel.Documentation(
                d.available(),
                d.missingReason(),
                d.files(),
                d.documented(),
                d.total(),
                d.classes().stream()
                        .filter(c -> !c.undocumented().isEmpty())
                        .limit(ReportModel.LISTED_DOC_CLASSES)
                        .map(c -> new ReportModel.DocClass(
                                c.className(),
                                c.documented(),
                                c.total(),
                                c.undocumented().stream()
                                        .map(u -> new ReportModel.Undocumented(u.kind(), u.signature(), u.line()))
                                        .toList()))
                        .toList(),
                d.missingRequiredFiles(),
                d.generatedRoots().stream().map(this::relative).toList(),
                d.unparsable().stream()
                        .map(u -> new ReportModel.Unparsable(relative(u.file()), u.line(), u.problem()))
                        .toList());
    }

    ReportModel.EvidenceRow scope(EvidenceScope scope, CoverageEvidence c) {
        return new ReportModel.EvidenceRow(
                scope.rule(),
                instant(scope.buildStart()),
                instant(scope.runStart()),
                scope.staleEvidence().configName(),
                sessions(c.countedSessions()),
                sessions(c.staleSessions()),
                scope.reportFiles(),
                scope.staleReports().stream()
                        .map(r -> new ReportModel.StaleReport(relative(r.file()), r.reason()))
                        .toList(),
                scope.surefireSkippedBy(),
                scope.failsafeSkippedBy(),
                line(scope, c));
    }

    /** Count and time span of JaCoCo sessions: earliest start, latest dump ({@code null} when none is dated). */
    private static ReportModel.Sessions sessions(List<ExecSession> sessions) {
        return new ReportModel.Sessions(sessions.size(), instant(first(sessions)), instant(last(sessions)));
    }

    private static Instant first(List<ExecSession> sessions) {
        return sessions.stream()
                .map(ExecSession::start)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static Instant last(List<ExecSession> sessions) {
        return sessions.stream()
                .map(ExecSession::dump)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /** The evidence bundles of a sharded build, for the console line: how many shards arrived, of which commit. */
    private static String bundles(dev.readiness.evidence.bundle.BundleSet set) {
        String commit =
                set.bundles().isEmpty() ? null : set.bundles().get(0).manifest().commit();
        return "the bundles of " + set.bundles().size() + " of " + set.total() + " shard"
                + (set.total() == 1 ? "" : "s") + (commit == null ? "" : " (commit " + commit.substring(0, 12) + ")");
    }

    /** Which evidence was counted, on the console: sessions and reports of this build, what was left out. */
    private static String line(EvidenceScope scope, CoverageEvidence c) {
        List<ExecSession> counted = c.countedSessions();
        long staleSessions = c.staleSessions().size();
        String rule = scope.bundles() != null
                ? bundles(scope.bundles())
                : scope.buildStart() != null
                        ? "this build (started " + scope.buildStart() + ")"
                        : "the newest test run (readiness ran on its own)";
        StringBuilder sb = new StringBuilder("Evidence of ").append(rule).append(": ");
        if (scope.surefireSkippedBy() != null) {
            sb.append("tests skipped (").append(scope.surefireSkippedBy()).append(")");
        } else {
            sb.append(counted.size()).append(" JaCoCo session").append(counted.size() == 1 ? "" : "s");
            Instant first = first(counted);
            Instant last = last(counted);
            if (first != null && last != null) {
                sb.append(" (").append(first).append(" – ").append(last).append(')');
            }
            sb.append(", ")
                    .append(scope.reportFiles())
                    .append(" test report file")
                    .append(scope.reportFiles() == 1 ? "" : "s");
        }
        String fate = scope.staleEvidence() == StaleEvidence.WARN ? "counted although stale" : "left out as stale";
        if (staleSessions > 0 || !scope.staleReports().isEmpty()) {
            sb.append("; ")
                    .append(fate)
                    .append(": ")
                    .append(staleSessions)
                    .append(" session")
                    .append(staleSessions == 1 ? "" : "s")
                    .append(", ")
                    .append(scope.staleReports().size())
                    .append(" report file")
                    .append(scope.staleReports().size() == 1 ? "" : "s");
        }
        return sb.toString();
    }

    private static String instant(Instant t) {
        return t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.MILLIS));
    }

    private String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return root != null && abs.startsWith(root)
                ? root.relativize(abs).toString().replace('\\', '/')
                : abs.toString();
    }
}
