package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.report.ConsoleReport;
import dev.readiness.report.PrintedOnce;
import dev.readiness.view.ReportModel;
import java.io.File;
import org.apache.maven.plugin.logging.Log;

/**
 * How a verdict is shown in the build log: the whole block, one line for a module of an aggregated reactor, or — for
 * a verdict whose block the build's error (or the warnings after it) carries — a line and its warnings, so that the
 * block is printed once. Remedy snippets go through the
 * session's {@link PrintedOnce}, so each is printed once per build. Each call builds the verdict's
 * {@link ReportModel} once and renders every line from it.
 */
final class VerdictLog {
    private final Log log;
    private final PrintedOnce printedOnce;

    VerdictLog(Log log, PrintedOnce printedOnce) {
        this.log = log;
        this.printedOnce = printedOnce;
    }

    /** The verdict block, its warnings and where the reports are. */
    void full(Assessment a, File output) {
        ReportModel m = ReportModel.of(a, null);
        ConsoleReport.lines(m).forEach(log::info);
        warnings(m, output);
    }

    /** One line for a module whose verdict the reactor verdict follows. */
    void moduleLine(Assessment a, File output) {
        log.info(ConsoleReport.moduleLine(a) + "; reports in " + output);
    }

    /** A reactor verdict whose whole block the build's error carries: one line and the warnings. */
    void inError(Assessment a, ReadinessLevel minimum, File output) {
        ReportModel m = ReportModel.of(a, null);
        log.info(ConsoleReport.reactorVerdictInError(m, minimum));
        warnings(m, output);
    }

    /**
     * A module's own verdict whose whole block follows below (in the build's error, or as warnings when not enforced):
     * one line and the warnings.
     */
    void ownInError(Assessment a, ReadinessLevel minimum, File output) {
        ReportModel m = ReportModel.of(a, null);
        log.info(ConsoleReport.verdictInError(m, minimum));
        warnings(m, output);
    }

    /** Why the verdict was not added to the history, when it was not. */
    void notRecorded(Assessment assessment, AssessmentRequest request) {
        ReadinessEngine.notRecordedReason(assessment, request)
                .ifPresent(reason -> log.info("No history record for this verdict: " + reason));
    }

    private void warnings(ReportModel m, File output) {
        printedOnce.filter(ConsoleReport.warnings(m)).forEach(log::warn);
        log.info("Reports in " + output);
    }
}
