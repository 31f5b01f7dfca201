package dev.readiness.view;

import dev.readiness.assess.Percent;
import dev.readiness.evidence.coverage.ChangedCoverage;
import dev.readiness.evidence.coverage.Counter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The {@link ReportModel.ChangedLines} part of the model: the changed lines per tier, uncovered lines as ranges. */
final class ChangedLinesModels {
    private ChangedLinesModels() {}

    /** {@code null} when no change window is configured. */
    static ReportModel.ChangedLines of(ChangedCoverage c) {
        if (c == null) {
            return null;
        }
        if (!c.available()) {
            return new ReportModel.ChangedLines(c.origin(), c.missingReason(), 0, List.of(), List.of(), List.of());
        }
        List<ReportModel.ChangedScope> scopes = new ArrayList<>();
        scopes.add(scope("all", null, c.all()));
        c.tags().forEach((tag, s) -> scopes.add(scope(tag, tag, s)));
        return new ReportModel.ChangedLines(
                c.origin(), null, c.changedFiles(), scopes, c.outsideSourceRoots(), c.withoutClasses());
    }

    private static ReportModel.ChangedScope scope(String name, String tag, ChangedCoverage.ChangedScope s) {
        List<ReportModel.ChangedFile> files =
                s.files().stream().map(ChangedLinesModels::file).toList();
        String uncovered = files.stream()
                .filter(f -> !f.uncovered().isEmpty())
                .map(f -> f.fileName() + ":" + f.uncoveredText())
                .collect(Collectors.joining("; "));
        return new ReportModel.ChangedScope(
                name, tag, cell(s.lines()), cell(s.branches()), s.noCodeLines(), files, uncovered);
    }

    private static ReportModel.ChangedFile file(ChangedCoverage.ChangedFile f) {
        return new ReportModel.ChangedFile(
                f.path(),
                f.fileName(),
                cell(new Counter(f.covered().size(), f.missed().size())),
                cell(new Counter(f.coveredBranches(), f.missedBranches())),
                f.noCode().size(),
                ranges(f.missed()),
                f.missedRanges(),
                ranges(f.partlyCovered()));
    }

    static ReportModel.Cell cell(Counter c) {
        return new ReportModel.Cell(
                c.covered(),
                c.missed(),
                c.total() == 0 ? "-" : Percent.display(Percent.of(c.covered(), c.total())) + " %");
    }

    private static List<ReportModel.LineRange> ranges(List<Integer> lines) {
        List<ReportModel.LineRange> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int start = lines.get(i);
            int end = start;
            while (i + 1 < lines.size() && lines.get(i + 1) == end + 1) {
                end = lines.get(++i);
            }
            out.add(new ReportModel.LineRange(start, end));
            i++;
        }
        return out;
    }
}
