package dev.readiness.maven;

import dev.readiness.assess.Assessment;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.report.Cap;
import dev.readiness.report.ConsoleReport;
import dev.readiness.text.SafeText;
import java.io.File;

/** Texts for the build's final error: CI shows the last ERROR, so it carries the whole verdict and the remedy. */
final class Verdicts {
    private Verdicts() {}

    static String failureMessage(Assessment assessment, ReadinessLevel minimum, File reports, boolean enforced) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder("Readiness level ")
                .append(assessment.level())
                .append(" is below the required ")
                .append(minimum)
                .append(nl);
        for (String line : ConsoleReport.lines(assessment)) {
            sb.append(line).append(nl);
        }
        if (!assessment.recommendations().isEmpty()) {
            sb.append("To fix:").append(nl);
            Cap.list(assessment.recommendations(), Cap.CONSOLE, "recommendations")
                    .forEach(r -> sb.append("  - ").append(SafeText.line(r)).append(nl));
        }
        sb.append("Details in ").append(reports);
        sb.append(enforced ? "; to only warn, set readiness.failOnViolation=false." : ".");
        return sb.toString();
    }
}
