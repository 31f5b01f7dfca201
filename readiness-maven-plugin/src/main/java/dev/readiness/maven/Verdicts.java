package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.report.Cap;
import dev.readiness.report.ConsoleReport;
import dev.readiness.report.PrintedOnce;
import dev.readiness.text.SafeText;
import java.io.File;

/** Texts for the build's final error: CI shows the last ERROR, so it carries the whole verdict and the remedy. */
final class Verdicts {
    private Verdicts() {}

    static String failureMessage(Assessment assessment, ReadinessLevel minimum, File reports, boolean enforced) {
        return failureMessage(assessment, minimum, reports, enforced, null, new PrintedOnce());
    }

    /**
     * The verdict block with what to fix.
     *
     * @param blamedModule for a reactor verdict that fails the build, the module whose execution Maven reports the
     *     failure on (the one that completed the reactor); {@code null} otherwise
     * @param printedOnce the remedy snippets already printed in this build, which the message points to instead
     */
    static String failureMessage(
            Assessment assessment,
            ReadinessLevel minimum,
            File reports,
            boolean enforced,
            String blamedModule,
            PrintedOnce printedOnce) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        if (blamedModule != null && assessment.reactor() != null) {
            int modules = assessment.reactor().modules().size();
            sb.append("The reactor verdict over ")
                    .append(modules)
                    .append(modules == 1 ? " module is " : " modules is ")
                    .append(assessment.level())
                    .append(", below the required ")
                    .append(minimum)
                    .append(". It is the verdict of the whole reactor, not of ")
                    .append(blamedModule)
                    .append(": Maven reports it on ")
                    .append(blamedModule)
                    .append(" because that module's build completed the reactor.")
                    .append(nl);
        } else {
            sb.append("Readiness level ")
                    .append(assessment.level())
                    .append(" is below the required ")
                    .append(minimum)
                    .append(nl);
        }
        for (String line : ConsoleReport.lines(assessment)) {
            sb.append(line).append(nl);
        }
        if (!assessment.recommendations().isEmpty()) {
            sb.append("To fix:").append(nl);
            Cap.list(assessment.recommendations(), Cap.CONSOLE, "recommendations")
                    .forEach(r -> sb.append("  - ")
                            .append(SafeText.line(printedOnce.filter(r)))
                            .append(nl));
        }
        sb.append("Details in ").append(reports);
        sb.append(enforced ? "; to only warn, set readiness.failOnViolation=false." : ".");
        if (blamedModule != null && assessment.reactor() != null) {
            sb.append(nl)
                    .append("mvn -rf :")
                    .append(blamedModule)
                    .append(
                            " (Maven's resume suggestion) cannot reproduce this verdict: it needs the evidence of every")
                    .append(" module of the reactor, and a resumed build judges only the modules it builds. After the")
                    .append(" fix, build the whole reactor again (mvn verify).");
        }
        return sb.toString();
    }
}
