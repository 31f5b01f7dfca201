package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.ThisBuild;
import dev.readiness.evidence.StaleEvidence;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** Which rule applies to a Maven invocation, and which tests it skipped, read from real session objects. */
class ThisBuildFactsTest {
    private static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

    private static ThisBuild facts(List<String> goals, String... userProperties) throws Exception {
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setGoals(goals);
        request.setStartTime(Date.from(START));
        Properties user = new Properties();
        for (String p : userProperties) {
            String[] kv = p.split("=", 2);
            user.setProperty(kv[0], kv.length == 1 ? "true" : kv[1]);
        }
        request.setUserProperties(user);
        MavenProject project = new MavenProject();
        // MavenSession(PlexusContainer, request, result, project), the constructor Maven's own tests use; called
        // reflectively so that this module does not depend on the Plexus container API for a null argument
        MavenSession session = MavenSession.class
                .getConstructor(
                        Class.forName("org.codehaus.plexus.PlexusContainer"),
                        MavenExecutionRequest.class,
                        org.apache.maven.execution.MavenExecutionResult.class,
                        MavenProject.class)
                .newInstance(null, request, new DefaultMavenExecutionResult(), project);
        return ThisBuildFacts.of(session, project, StaleEvidence.EXCLUDE);
    }

    @Test
    void aLifecycleThatRunsTheTestsUsesItsStart() throws Exception {
        ThisBuild b = facts(List.of("clean", "verify"));

        assertThat(b.window().isSameBuild()).isTrue();
        assertThat(b.window().buildStart()).isEqualTo(START);
        assertThat(b.surefireSkipped()).isFalse();
        assertThat(b.failsafeSkipped()).isFalse();
    }

    @Test
    void aGoalOnItsOwnUsesTheNewestRunButKnowsTheInvocationStart() throws Exception {
        ThisBuild b = facts(List.of("readiness:report"), "skipTests");

        assertThat(b.window().isSameBuild()).isFalse();
        assertThat(b.invocationStart()).isEqualTo(START);
        assertThat(b.surefireSkipped()).as("no test phase: nothing to skip").isFalse();
    }

    @Test
    void theSiteLifecycleRunsNoTests() throws Exception {
        assertThat(facts(List.of("site")).window().isSameBuild()).isFalse();
    }

    @Test
    void skipPropertiesNameWhatTheySkip() throws Exception {
        assertThat(facts(List.of("install"), "skipTests").surefireSkippedBy()).isEqualTo("skipTests");
        assertThat(facts(List.of("install"), "skipTests").failsafeSkippedBy()).isEqualTo("skipTests");
        assertThat(facts(List.of("verify"), "maven.test.skip").failsafeSkippedBy())
                .isEqualTo("maven.test.skip");
        ThisBuild its = facts(List.of("verify"), "skipITs");
        assertThat(its.surefireSkipped()).isFalse();
        assertThat(its.failsafeSkippedBy()).isEqualTo("skipITs");
        assertThat(facts(List.of("verify"), "skipTests=false").surefireSkipped())
                .isFalse();
    }

    @Test
    void theTestPhaseAloneDoesNotSkipFailsafe() throws Exception {
        ThisBuild b = facts(List.of("test"), "skipITs");

        assertThat(b.window().isSameBuild()).isTrue();
        assertThat(b.failsafeSkipped())
                .as("Failsafe does not run before integration-test anyway")
                .isFalse();
    }
}
