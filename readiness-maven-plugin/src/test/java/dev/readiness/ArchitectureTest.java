package dev.readiness;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of DESIGN.md §2.5, checked on the compiled main classes ({@code target/classes}): the engine is
 * free of Maven types, the evidence readers know nothing of the assessment, the renderers do not read evidence types,
 * and the packages form no cycle. A rule that finds a violation fails with the offending class, member and line.
 */
@AnalyzeClasses(packages = "dev.readiness", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineUsesNoMavenOrPlexusTypes = noClasses()
            .that()
            // and the help goal that maven-plugin-plugin generates (helpmojo) into a package of its own
            .resideOutsideOfPackages("dev.readiness.maven..", "dev.readiness.readiness_maven_plugin..")
            .should()
            .dependOnClassesThat(resideInAnyPackage("org.apache.maven..", "org.codehaus.."))
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
            .should()
            .dependOnClassesThat()
            .resideInAPackage("dev.readiness.evidence..")
            .because("the renderers render the report model (dev.readiness.view), not the evidence it was made from");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("dev.readiness.(*)..").should().beFreeOfCycles();
}
