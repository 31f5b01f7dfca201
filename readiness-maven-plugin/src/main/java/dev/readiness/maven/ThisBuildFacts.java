package dev.readiness.maven;

import dev.readiness.assess.ThisBuild;
import dev.readiness.evidence.EvidenceWindow;
import dev.readiness.evidence.StaleEvidence;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Reads what the engine must know about this Maven invocation, as plain values: did it run the test phase (then its
 * start is the reference for stale evidence), and did it skip the tests ({@code skipTests}, {@code maven.test.skip},
 * {@code skipITs}, as user, system or project properties). A skip written into the Surefire or Failsafe configuration
 * itself is not seen; the reports that build leaves are then older than its start, so they are stale and the gates
 * are {@code MISSING}, never passed on old evidence.
 */
final class ThisBuildFacts {
    /** The lifecycle phases at or after {@code test}: invoking one of them runs the tests in this invocation. */
    private static final Set<String> TEST_PHASES = Set.of(
            "test",
            "prepare-package",
            "package",
            "pre-integration-test",
            "integration-test",
            "post-integration-test",
            "verify",
            "install",
            "deploy");

    /** The phases that also run Failsafe. */
    private static final Set<String> IT_PHASES =
            Set.of("integration-test", "post-integration-test", "verify", "install", "deploy");

    private ThisBuildFacts() {}

    static ThisBuild of(MavenSession session, MavenProject project, StaleEvidence policy) {
        if (session == null) {
            return new ThisBuild(EvidenceWindow.newestRun(policy), null, null);
        }
        List<String> goals = session.getGoals() == null ? List.of() : session.getGoals();
        Date start = session.getRequest() == null ? null : session.getRequest().getStartTime();
        boolean testsInThisBuild = goals.stream().anyMatch(TEST_PHASES::contains);
        Instant invocationStart = start == null ? null : Instant.ofEpochMilli(start.getTime());
        if (!testsInThisBuild || start == null) {
            return new ThisBuild(EvidenceWindow.newestRun(policy), null, null, invocationStart);
        }
        UnaryOperator<String> property = name -> property(session, project, name);
        String surefireSkipped = skippedBy(property, List.of());
        String failsafeSkipped =
                goals.stream().anyMatch(IT_PHASES::contains) ? skippedBy(property, List.of("skipITs")) : null;
        if (failsafeSkipped == null) {
            failsafeSkipped = surefireSkipped; // skipTests and maven.test.skip skip both plugins
        }
        return new ThisBuild(
                EvidenceWindow.sameBuild(invocationStart, policy), surefireSkipped, failsafeSkipped, invocationStart);
    }

    /** The property that skips the tests, or {@code null}. */
    private static String skippedBy(UnaryOperator<String> property, List<String> extra) {
        for (String name : List.of("maven.test.skip", "skipTests")) {
            if (isTrue(property.apply(name))) {
                return name;
            }
        }
        for (String name : extra) {
            if (isTrue(property.apply(name))) {
                return name;
            }
        }
        return null;
    }

    private static String property(MavenSession session, MavenProject project, String name) {
        for (Properties p :
                new Properties[] {session.getUserProperties(), session.getSystemProperties(), project.getProperties()
                }) {
            if (p != null && p.getProperty(name) != null) {
                return p.getProperty(name);
            }
        }
        return null;
    }

    private static boolean isTrue(String value) {
        return value != null && Boolean.parseBoolean(value.strip());
    }
}
