package dev.readiness.evidence.coverage;

import java.util.List;

public record TagCoverage(
        String tag, int matchedClasses, int matchedMethods, Coverage coverage, List<Offender> offenders) {
    public boolean matchedNothing() {
        return matchedClasses == 0 && matchedMethods == 0;
    }
}
