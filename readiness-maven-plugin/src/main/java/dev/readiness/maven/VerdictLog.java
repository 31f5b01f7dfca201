package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.AssessmentRequest;
import dev.readiness.assess.ReadinessEngine;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.report.ConsoleReport;
import dev.readiness.report.PrintedOnce;
import java.io.File;
import org.apache.maven.plugin.logging.Log;

/**
 * How a verdict is shown in the build log: the whole block, one line for a module of an aggregated reactor, or — for
 * a reactor verdict whose block the build's error carries — a line and its warnings. Remedy snippets go through the
 * session's {@link PrintedOnce}, so each is printed once per build.
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
        ConsoleReport.lines(a).forEach(log::info);
        warnings(a, output);
    }

    /** One line for a module whose verdict the reactor verdict follows. */
    void moduleLine(Assessment a, File output) {
        log.info(ConsoleReport.moduleLine(a) + "; reports in " + output);
    }

    /** A reactor verdict whose whole block the build's error carries: one line and the warnings. */
    void inError(Assessment a, ReadinessLevel minimum, File output) {
        log.info(ConsoleReport.reactorVerdictInError(a, minimum));
        warnings(a, output);
    }

    /** Why the verdict was not added to the history, when it was not. */
    void notRecorded(Assessment assessment, AssessmentRequest request) {
        ReadinessEngine.notRecordedReason(assessment, request)
                .ifPresent(reason -> log.info("No history record for this verdict: " + reason));
    }

    private void warnings(Assessment a, File output) {
        printedOnce.filter(ConsoleReport.warnings(a)).forEach(log::warn);
        log.info("Reports in " + output);
    }
}
