package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.assess.Assessment;
import dev.readiness.evidence.tests.TestCaseResult;
import dev.readiness.evidence.tests.TestOutcome;
import dev.readiness.view.ReportModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The annotations stay within GitHub's per-step limits, worst first, and say what they left out. */
class GithubAnnotationsTest {
    private static ReportModel model(Assessment a) {
        return ReportModel.of(a, Path.of("").toAbsolutePath(), GoldenFilesTest.LOCATOR);
    }

    private static Assessment failing(int n) {
        List<TestCaseResult> cases = new ArrayList<>();
        IntStream.range(0, n)
                .forEach(i -> cases.add(new TestCaseResult(
                        "com.acme.Many" + i + "Test",
                        "fails",
                        TestOutcome.FAILED,
                        0,
                        1000,
                        "expected " + i,
                        Path.of("TEST-x.xml"))));
        return Assessments.approvedWith(cases, 0);
    }

    @Test
    void printsAtMostTenErrorsThenOneNoticeCountingTheRest() {
        ReportModel m = model(failing(30));
        List<String> lines =
                GithubAnnotations.lines(m, new GithubAnnotations.Budget(), "target/readiness/x.sarif", null);
        long errors = lines.stream().filter(l -> l.startsWith("::error ")).count();
        long warnings = lines.stream().filter(l -> l.startsWith("::warning ")).count();
        assertThat(errors).isEqualTo(GithubAnnotations.Budget.PER_KIND);
        assertThat(warnings).isLessThanOrEqualTo(GithubAnnotations.Budget.PER_KIND);
        long findings = m.findings().size();
        String last = lines.get(lines.size() - 1);
        assertThat(last)
                .startsWith("::notice title=readiness%3A ")
                .contains((findings - (lines.size() - 1)) + " more readiness findings were not annotated")
                .contains("all " + findings + " findings of com.acme:controller:1.0.0 are in target/readiness/x.sarif");
        // the worst first: the blocking gate before any test
        assertThat(lines.get(0)).startsWith("::error file=pom.xml,title=test-pass-rate%3A FAILED::");
    }

    @Test
    void theBudgetIsSharedByTheVerdictsOfOneBuild() {
        GithubAnnotations.Budget budget = new GithubAnnotations.Budget();
        List<String> first = GithubAnnotations.lines(model(failing(6)), budget, "a.sarif", null);
        List<String> second = GithubAnnotations.lines(model(failing(6)), budget, "b.sarif", null);
        long errors = first.stream().filter(l -> l.startsWith("::error ")).count()
                + second.stream().filter(l -> l.startsWith("::error ")).count();
        assertThat(errors).isEqualTo(GithubAnnotations.Budget.PER_KIND);
        assertThat(first).noneMatch(l -> l.startsWith("::notice"));
        assertThat(second.get(second.size() - 1)).startsWith("::notice").contains("b.sarif");
    }

    @Test
    void noFindingsNoAnnotations() {
        assertThat(GithubAnnotations.lines(model(Assessments.passing()), new GithubAnnotations.Budget(), "x", null))
                .isEmpty();
    }

    @Test
    void propertiesAndDataAreEscapedAsTheRunnerUnescapesThem() {
        assertThat(GithubAnnotations.data("100 %\r\n::error::x")).isEqualTo("100 %25%0D%0A::error::x");
        assertThat(GithubAnnotations.property("a:b,c%0A\n")).isEqualTo("a%3Ab%2Cc%250A%0A");
    }
}
