package dev.readiness.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagMatcherTest {

    private static TagMatcher packages(String... globs) {
        return TagMatcher.of(TagDefinition.of("t", List.of(globs), List.of(), List.of()));
    }

    private static TagMatcher classes(String... globs) {
        return TagMatcher.of(TagDefinition.of("t", List.of(), List.of(globs), List.of()));
    }

    private static boolean matches(TagMatcher matcher, String className) {
        return matcher.matchesClass(className, Set.of(), Set.of());
    }

    @Test
    void packageGlobWithOneStarSelectsThatPackageOnly() {
        TagMatcher matcher = packages("com.acme.control.*");

        assertThat(matches(matcher, "com.acme.control.Controller")).isTrue();
        assertThat(matches(matcher, "com.acme.control.Controller$Mode")).isTrue();
        assertThat(matches(matcher, "com.acme.control.pid.PidLoop")).isFalse();
        assertThat(matches(matcher, "com.acme.controller.Other")).isFalse();
        assertThat(matches(matcher, "com.acme.Control")).isFalse();
    }

    @Test
    void packageGlobWithTwoStarsAddsSubPackages() {
        TagMatcher matcher = packages("com.acme.control.**");

        assertThat(matches(matcher, "com.acme.control.Controller")).isTrue();
        assertThat(matches(matcher, "com.acme.control.pid.deep.PidLoop")).isTrue();
        assertThat(matches(matcher, "com.acme.controller.Other")).isFalse();
        assertThat(matches(matcher, "com.acme.Control")).isFalse();
    }

    @Test
    void plainPackageNameAndInnerWildcards() {
        assertThat(matches(packages("com.acme.control"), "com.acme.control.Controller"))
                .isTrue();
        assertThat(matches(packages("com.acme.control"), "com.acme.control.pid.PidLoop"))
                .isFalse();
        assertThat(matches(packages("com.*.control.*"), "com.acme.control.Controller"))
                .isTrue();
        assertThat(matches(packages("com.*.control.*"), "com.a.b.control.Controller"))
                .isFalse();
        assertThat(matches(packages("com.**.control.*"), "com.a.b.control.Controller"))
                .isTrue();
    }

    @Test
    void classGlobStarDoesNotCrossADotButDoubleStarDoes() {
        TagMatcher validators = classes("com.acme.*Validator");

        assertThat(matches(validators, "com.acme.InputValidator")).isTrue();
        assertThat(matches(validators, "com.acme.sub.InputValidator")).isFalse();
        assertThat(matches(validators, "com.acme.InputValidatorTest")).isFalse();
        assertThat(matches(classes("com.acme.**Validator"), "com.acme.sub.InputValidator"))
                .isTrue();
        assertThat(matches(classes("com.acme.Sat?ration"), "com.acme.Saturation"))
                .isTrue();
    }

    @Test
    void classGlobSelectsNestedClassesOfTheClassesItMatches() {
        TagMatcher matcher = classes("com.acme.util.Saturation");

        assertThat(matches(matcher, "com.acme.util.Saturation")).isTrue();
        assertThat(matches(matcher, "com.acme.util.Saturation$1")).isTrue();
        assertThat(matches(matcher, "com.acme.util.Saturation$Inner$Deep")).isTrue();
        assertThat(matches(matcher, "com.acme.util.SaturationHelper")).isFalse();
        assertThat(matches(matcher, "com.acme.util.Other$Saturation")).isFalse();
    }

    @Test
    void regexCharactersInGlobsAreLiteral() {
        assertThat(matches(classes("com.acme.A$B"), "com.acme.A$B")).isTrue();
        assertThat(matches(classes("com.acme.A$B"), "com.acme.AxB")).isFalse();
        assertThat(matches(classes("com.acme.A+"), "com.acme.AA")).isFalse();
    }

    @Test
    void classAndPackageAnnotationsSelectTheWholeClass() {
        TagMatcher matcher =
                TagMatcher.of(TagDefinition.of("t", List.of(), List.of(), List.of("com.acme.SafetyCritical")));

        assertThat(matcher.matchesClass("com.acme.X", Set.of("com.acme.SafetyCritical"), Set.of()))
                .isTrue();
        assertThat(matcher.matchesClass("com.acme.X", Set.of(), Set.of("com.acme.SafetyCritical")))
                .isTrue();
        assertThat(matcher.matchesClass("com.acme.X", Set.of("com.acme.Other"), Set.of()))
                .isFalse();
        assertThat(matcher.hasAnnotationSelectors()).isTrue();
    }

    @Test
    void methodAnnotationSelectsOnlyThatMethod() {
        TagMatcher matcher =
                TagMatcher.of(TagDefinition.of("t", List.of(), List.of(), List.of("com.acme.SafetyCritical")));

        assertThat(matcher.matchesClass("com.acme.X", Set.of(), Set.of())).isFalse();
        assertThat(matcher.matchesMethod("com.acme.X", Set.of(), Set.of(), Set.of("com.acme.SafetyCritical")))
                .isTrue();
        assertThat(matcher.matchesMethod("com.acme.X", Set.of(), Set.of(), Set.of()))
                .isFalse();
    }

    @Test
    void nestedAnnotationTypeMayBeWrittenWithDollarOrDot() {
        TagMatcher dotted = TagMatcher.of(TagDefinition.of("t", List.of(), List.of(), List.of("com.acme.Outer.Ann")));

        assertThat(dotted.matchesClass("com.acme.X", Set.of("com.acme.Outer$Ann"), Set.of()))
                .isTrue();
    }

    @Test
    void classGlobWithEqualsPrefixSelectsOnlyTheClassesItMatchesNotTheirNestedClasses() {
        TagMatcher matcher = classes(" =com.acme.util.Saturation", "com.acme.Other");

        assertThat(matches(matcher, "com.acme.util.Saturation")).isTrue();
        assertThat(matches(matcher, "com.acme.util.Saturation$1")).isFalse();
        assertThat(matches(matcher, "com.acme.util.Saturation$Inner")).isFalse();
        assertThat(matches(matcher, "com.acme.Other$Inner")).isTrue();
    }

    @Test
    void exactGlobWithWildcardsMatchesNestedClassesOnlyWhenTheGlobItselfMatchesThem() {
        TagMatcher matcher = classes("=com.acme.*Validator");

        assertThat(matches(matcher, "com.acme.RangeValidator")).isTrue();
        assertThat(matches(matcher, "com.acme.RangeValidator$Bounds")).isFalse();
        assertThat(matches(matcher, "com.acme.Range$NestedValidator")).isTrue();
    }

    @Test
    void exactExcludeKeepsTheNestedClassesOfTheExcludedClass() {
        TagMatcher matcher = TagMatcher.of(new TagDefinition(
                "t", List.of("com.acme.*"), List.of(), List.of(), List.of(), List.of("=com.acme.Outer"), List.of()));

        assertThat(matches(matcher, "com.acme.Outer")).isFalse();
        assertThat(matches(matcher, "com.acme.Outer$Inner")).isTrue();
    }

    @Test
    void excludesWinOverIncludes() {
        TagMatcher matcher = TagMatcher.of(new TagDefinition(
                "t",
                List.of("com.acme.**"),
                List.of(),
                List.of(),
                List.of("com.acme.generated.**"),
                List.of("com.acme.*Test", "com.acme.Legacy"),
                List.of("com.acme.Generated")));

        assertThat(matches(matcher, "com.acme.Core")).isTrue();
        assertThat(matches(matcher, "com.acme.generated.Parser")).isFalse();
        assertThat(matches(matcher, "com.acme.CoreTest")).isFalse();
        assertThat(matches(matcher, "com.acme.Legacy$Inner")).isFalse();
        assertThat(matcher.matchesClass("com.acme.Core", Set.of("com.acme.Generated"), Set.of()))
                .isFalse();
        assertThat(matcher.matchesClass("com.acme.Core", Set.of(), Set.of("com.acme.Generated")))
                .isFalse();
        assertThat(matcher.matchesMethod("com.acme.Core", Set.of(), Set.of(), Set.of("com.acme.Generated")))
                .isFalse();
        assertThat(matcher.matchesMethod("com.acme.Core", Set.of(), Set.of(), Set.of()))
                .isTrue();
    }

    @Test
    void tagWithoutIncludeSelectorsIsNotConfiguredAndMatchesNothing() {
        TagMatcher matcher = TagMatcher.of(
                new TagDefinition("t", List.of(), List.of(), List.of(), List.of("com.**"), List.of(), List.of()));

        assertThat(matcher.configured()).isFalse();
        assertThat(matches(matcher, "com.acme.X")).isFalse();
    }

    @Test
    void blankSelectorsAreIgnored() {
        assertThat(matches(packages(" ", "com.acme.*"), "com.acme.X")).isTrue();
        assertThat(matches(packages(" "), "com.acme.X")).isFalse();
    }

    @Test
    void packageOfUnnamedPackageIsEmpty() {
        assertThat(TagMatcher.packageOf("Main")).isEmpty();
        assertThat(TagMatcher.packageOf("com.acme.Main$1")).isEqualTo("com.acme");
    }
}
