package io.jenkins.plugins.nosqlsnapshot.plugin;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The mapping and decision classes stay Jenkins-free, so these unit tests need no Jenkins at run time (the offline
 * build even keeps the API stand-in off the test class path) and the glue holds no logic worth testing offline.
 */
class JenkinsFreeArchitectureTest {
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.nosqlsnapshot.plugin");

    @Test
    void mappingAndDecisionClassesUseNoJenkinsType() {
        noClasses()
                .that().haveSimpleNameStartingWith("SnapshotSettings")
                .or().haveSimpleNameStartingWith("BuildOutcome")
                .or().haveSimpleNameStartingWith("StepResult")
                .or().haveSimpleNameStartingWith("ReportLayout")
                .or().haveSimpleNameStartingWith("FieldCheck")
                .or().haveSimpleName("SnapshotEnvironment")
                .or().haveSimpleNameStartingWith("SecurityBundle")
                .or().haveSimpleNameStartingWith("LoginPrepared")
                .or().haveSimpleNameStartingWith("StoreProfile")
                .or().haveSimpleNameStartingWith("SnapshotSummary")
                .or().haveSimpleNameStartingWith("LifecycleMapping")
                .or().haveSimpleNameStartingWith("LifecycleOutcome")
                .or().haveSimpleNameStartingWith("LifecycleResult")
                .or().haveSimpleNameStartingWith("LifecycleFieldCheck")
                .or().haveSimpleNameStartingWith("BuildSelector")
                .or().haveSimpleNameStartingWith("SavedReportChoice")
                .or().haveSimpleNameStartingWith("RestoreCheckSettings")
                .or().haveSimpleName("HelpRedirects")
                .or().haveSimpleName("LockNames")
                .should().dependOnClassesThat().resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..",
                        "org.jenkinsci..")
                .check(PLUGIN);
    }

    @Test
    void onlyOutcomeEffectsAppliesAnOutcomeToTheBuild() {
        // one place turns an engine outcome into a build result or a stage warning, for every step and builder
        noClasses().that().doNotHaveSimpleName("OutcomeEffects")
                .should().callMethod("hudson.model.Run", "setResult", "hudson.model.Result")
                .orShould().callConstructor("org.jenkinsci.plugins.workflow.actions.WarningAction", "hudson.model.Result")
                .check(PLUGIN);
    }

    @Test
    void onlyTheEngineDecidesVerdicts() {
        noClasses().should().callMethod(io.jenkins.plugins.nosqlsnapshot.core.model.Verdict.class, "worst",
                io.jenkins.plugins.nosqlsnapshot.core.model.Verdict.class).check(PLUGIN);
    }
}
