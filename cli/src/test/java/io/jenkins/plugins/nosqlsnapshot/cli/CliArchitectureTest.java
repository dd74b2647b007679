package io.jenkins.plugins.nosqlsnapshot.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The command line is a thin shell over the very engine the plugin ships: it uses the engine's packages and picocli,
 * never the plugin's glue or a Jenkins type, and the jar it builds holds no class of the glue.
 */
class CliArchitectureTest {
    private static final JavaClasses CLI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.nosqlsnapshot.cli");

    @Test
    void cliUsesOnlyTheEngineAndPicocli() {
        noClasses()
                .that()
                .resideInAPackage("io.jenkins.plugins.nosqlsnapshot.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "hudson..",
                        "jenkins..",
                        "org.kohsuke..",
                        "org.jenkinsci..",
                        "io.jenkins.plugins.nosqlsnapshot.steps..",
                        "io.jenkins.plugins.nosqlsnapshot.freestyle..",
                        "io.jenkins.plugins.nosqlsnapshot.config..",
                        "io.jenkins.plugins.nosqlsnapshot.forms..",
                        "io.jenkins.plugins.nosqlsnapshot.security..",
                        "io.jenkins.plugins.nosqlsnapshot.actions..",
                        "io.jenkins.plugins.nosqlsnapshot.execution..",
                        "io.jenkins.plugins.nosqlsnapshot.mapping..",
                        "io.jenkins.plugins.nosqlsnapshot.outcome..")
                .check(CLI);
    }
}
