package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import dev.readiness.assess.ModuleSummary;
import dev.readiness.assess.ModuleVerdict;
import dev.readiness.assess.ReactorSummary;
import dev.readiness.evidence.tests.TestCounts;
import dev.readiness.policy.ReadinessLevel;
import dev.readiness.report.Assessments;
import dev.readiness.report.ConsoleReport;
import dev.readiness.report.PrintedOnce;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: javaparser's 7-module aggregate build printed 408 readiness lines — every module's verdict twice, the
 * JaCoCo snippet 8 times — and its failure named the last module as if the verdict were its own. What an aggregated
 * reactor prints now: one line per module, the reactor verdict once (in the build's error when it fails), the snippet
 * once, and whose verdict failed.
 */
class ReactorConsoleTest {
    private static final int BUDGET = 80;
    private static final List<String> MODULES =
            List.of("rc", "rc-bom", "rc-model", "rc-core", "rc-core-testing", "rc-tools", "rc-app");

    private static Assessment reactorOfSeven(Assessment verdict) {
        List<ModuleSummary> modules = new ArrayList<>();
        for (String name : MODULES) {
            modules.add(new ModuleSummary(
                    name,
                    name,
                    "jar",
                    new ModuleVerdict(ReadinessLevel.NOT_READY, null),
                    TestCounts.NONE,
                    TestCounts.NONE,
                    null,
                    false,
                    List.of("no test reports, and no other module's tests cover its classes")));
        }
        return verdict.withReactor(new ReactorSummary(modules, List.of()));
    }

    /** Everything an aggregated 7-module build prints, in order, when the reactor verdict fails the build. */
    private static List<String> console(Assessment module, Assessment reactor, PrintedOnce once) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < MODULES.size(); i++) {
            out.add(ConsoleReport.moduleLine(module));
        }
        out.add("Reactor verdict over " + MODULES.size() + " modules");
        out.add(ConsoleReport.reactorVerdictInError(reactor, ReadinessLevel.CONDITIONAL_READY));
        out.addAll(once.filter(ConsoleReport.warnings(reactor)));
        out.add("Reports in target/readiness");
        out.addAll(Verdicts.failureMessage(
                        reactor, ReadinessLevel.CONDITIONAL_READY, new File("target/readiness"), true, "rc-app", once)
                .lines()
                .toList());
        return out;
    }

    @Test
    void aModulePrintsOneLineWithItsLevelScoreAndThatTheReactorVerdictFollows() {
        Assessment own = Assessments.failingTest("fails", "boom");

        String line = ConsoleReport.moduleLine(own);

        assertThat(line)
                .doesNotContain("\n")
                .startsWith("Module controller: " + own.level() + ", score ")
                .contains("gates measured")
                .contains("the reactor verdict follows");
    }

    @Test
    void aFailingSevenModuleReactorFitsTheBudgetAndPrintsTheSnippetOnce() {
        Assessment reactor = reactorOfSeven(Assessments.coverageUnavailable()
                .withMoreWarnings(List.of(
                        "No JaCoCo execution data. Attach the agent:\n  <plugin>\n    <artifactId>jacoco-maven-plugin"
                                + "</artifactId>\n  </plugin>\nThen rerun.")));

        List<String> lines = console(Assessments.coverageUnavailable(), reactor, new PrintedOnce());

        assertThat(lines.size()).isLessThan(BUDGET);
        assertThat(String.join("\n", lines)).containsOnlyOnce("<artifactId>jacoco-maven-plugin</artifactId>");
        assertThat(lines).filteredOn(l -> l.startsWith("Module ")).hasSize(MODULES.size());
        assertThat(lines).filteredOn(l -> l.startsWith("Readiness of ")).hasSize(1); // the block, once
    }

    @Test
    void aReactorFailureSaysItIsTheReactorsAndThatResumingFromTheBlamedModuleCannotReproduceIt() {
        Assessment reactor = reactorOfSeven(Assessments.failingTest("fails", "boom"));

        String message = Verdicts.failureMessage(
                reactor,
                ReadinessLevel.PRODUCTION_READY,
                new File("target/readiness"),
                true,
                "rc-app",
                new PrintedOnce());

        assertThat(message)
                .startsWith("The reactor verdict over 7 modules is " + reactor.level())
                .contains("not of rc-app: Maven reports it on rc-app because that module's build completed the reactor")
                .contains("mvn -rf :rc-app (Maven's resume suggestion) cannot reproduce this verdict");
        // a module's own failure (no reactor) keeps the plain wording
        assertThat(Verdicts.failureMessage(
                        Assessments.failingTest("fails", "boom"),
                        ReadinessLevel.PRODUCTION_READY,
                        new File("target/readiness"),
                        true))
                .startsWith("Readiness level ")
                .doesNotContain("-rf");
    }
}
