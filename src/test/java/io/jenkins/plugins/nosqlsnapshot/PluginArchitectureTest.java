package io.jenkins.plugins.nosqlsnapshot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInDiagram;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plugin's package structure, held against the code: the engine and the two Jenkins-free glue packages use no
 * Jenkins type, no package depends on another in a cycle, the dependencies are the ones the package diagram of
 * {@code docs/architecture.md} draws, and no glue package grows into a dumping ground.
 */
class PluginArchitectureTest {
    private static final String ROOT = "io.jenkins.plugins.nosqlsnapshot";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    private static final String[] JENKINS = {
        "hudson..",
        "jenkins..",
        "org.kohsuke..",
        "org.jenkinsci..",
        "com.cloudbees..",
        "net.sf.json..",
        "org.springframework.."
    };
    private static final String[] GLUE = {
        "..nosqlsnapshot.steps..",
        "..nosqlsnapshot.freestyle..",
        "..nosqlsnapshot.config..",
        "..nosqlsnapshot.forms..",
        "..nosqlsnapshot.security..",
        "..nosqlsnapshot.actions..",
        "..nosqlsnapshot.execution..",
        "..nosqlsnapshot.mapping..",
        "..nosqlsnapshot.outcome.."
    };

    @Test
    void engineUsesNoJenkinsTypeAndNoGlue() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(JENKINS)
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage(GLUE)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage(ROOT)
                .check(CLASSES);
    }

    @Test
    void mappingAndOutcomeUseNoJenkinsType() {
        // what the glue decides before and after the engine runs, tested offline without any Jenkins type
        noClasses()
                .that()
                .resideInAnyPackage(ROOT + ".mapping..", ROOT + ".outcome..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(JENKINS)
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void packagesDependAsTheDiagramInArchitectureMdDraws() throws IOException {
        Path diagram = Files.createTempFile("nosql-snapshot-packages", ".puml");
        try {
            Files.writeString(diagram, PackageDiagram.fromArchitectureDoc(), StandardCharsets.UTF_8);
            ArchRuleDefinition.classes()
                    .that()
                    .resideInAPackage(ROOT + "..")
                    .should(adhereToPlantUmlDiagram(diagram.toUri().toURL(), consideringOnlyDependenciesInDiagram()))
                    .check(CLASSES);
        } finally {
            Files.deleteIfExists(diagram);
        }
    }

    @Test
    void noGluePackageHoldsMoreThanFifteenClasses() {
        Map<String, Long> sizes = CLASSES.stream()
                .filter(c ->
                        c.getEnclosingClass().isEmpty() && !c.getPackageName().startsWith(ROOT + ".engine"))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, Collectors.counting()));
        assertThat(sizes)
                .hasSizeGreaterThanOrEqualTo(GLUE.length)
                .allSatisfy((pkg, count) -> assertThat(count).as(pkg).isLessThanOrEqualTo(15));
    }

    @Test
    void onlyOutcomeEffectsAppliesAnOutcomeToTheBuild() {
        // one place turns an engine outcome into a build result or a stage warning, for every step and builder
        noClasses()
                .that()
                .doNotHaveSimpleName("OutcomeEffects")
                .should()
                .callMethod("hudson.model.Run", "setResult", "hudson.model.Result")
                .orShould()
                .callConstructor("org.jenkinsci.plugins.workflow.actions.WarningAction", "hudson.model.Result")
                .check(CLASSES);
    }

    @Test
    void onlyTheEngineDecidesVerdicts() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".engine..")
                .should()
                .callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "Verdict.worst",
                        call -> call.getTarget().getName().equals("worst")
                                && call.getTargetOwner().getSimpleName().equals("Verdict")))
                .check(CLASSES);
    }
}
