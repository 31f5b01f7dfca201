package dev.readiness;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.readiness.report.WrittenVerdict;
import java.util.List;

/**
 * The package rules of DESIGN.md §2.5, checked on the compiled main classes ({@code target/classes}): the engine is
 * free of Maven types, the evidence readers know nothing of the assessment, the renderers do not read evidence types,
 * and the packages form no cycle. A rule that finds a violation fails with the offending class, member and line.
 */
@AnalyzeClasses(packages = "dev.readiness", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * The classes of {@code dev.readiness.report} that still use {@code dev.readiness.evidence} types today. Issue 18
     * ("One report model") removes these dependencies; each class leaves this list when it no longer needs the entry
     * ({@link #everyAllowListedReportClassStillDependsOnEvidence} fails for an entry that has become unnecessary). No
     * class may be added: a new report class renders the report model, not evidence.
     */
    private static final List<Class<?>> REPORT_CLASSES_STILL_USING_EVIDENCE_ISSUE_18 = List.of(WrittenVerdict.class);

    @ArchTest
    static final ArchRule engineUsesNoMavenOrPlexusTypes = noClasses()
            .that()
            // and the help goal that maven-plugin-plugin generates (helpmojo) into a package of its own
            .resideOutsideOfPackages("dev.readiness.maven..", "dev.readiness.readiness_maven_plugin..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.maven..", "org.codehaus..")
            .because("only dev.readiness.maven adapts Maven to the engine (DESIGN.md §2.5)");

    @ArchTest
    static final ArchRule evidenceDoesNotDependOnAssess = noClasses()
            .that()
            .resideInAPackage("dev.readiness.evidence..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.readiness.assess..")
            .because("the evidence readers measure; they know nothing of gates, scores or verdicts");

    @ArchTest
    static final ArchRule reportDoesNotDependOnEvidence = noClasses()
            .that()
            .resideInAPackage("dev.readiness.report..")
            .and(not(belongToAnyOf(REPORT_CLASSES_STILL_USING_EVIDENCE_ISSUE_18.toArray(Class<?>[]::new))))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.readiness.evidence..")
            .because("the renderers render the assessment, not the evidence it was made from (issue 18)");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("dev.readiness.(*)..").should().beFreeOfCycles();

    @ArchTest
    void everyAllowListedReportClassStillDependsOnEvidence(JavaClasses classes) {
        for (Class<?> allowed : REPORT_CLASSES_STILL_USING_EVIDENCE_ISSUE_18) {
            List<String> evidenceTypes = classes.stream()
                    .filter(belongToAnyOf(allowed))
                    .flatMap(owner -> owner.getDirectDependenciesFromSelf().stream())
                    .map(Dependency::getTargetClass)
                    .filter(resideInAPackage("dev.readiness.evidence.."))
                    .map(JavaClass::getName)
                    .distinct()
                    .toList();
            assertThat(evidenceTypes)
                    .as("%s no longer uses evidence types: remove it from the allow-list", allowed.getName())
                    .isNotEmpty();
        }
    }
}
