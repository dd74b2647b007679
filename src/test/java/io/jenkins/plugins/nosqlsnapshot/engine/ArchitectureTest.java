package io.jenkins.plugins.nosqlsnapshot.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.jenkins.plugins.nosqlsnapshot.core.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.core.model.ReasonCode;
import io.jenkins.plugins.nosqlsnapshot.core.model.Severity;
import org.junit.jupiter.api.Test;

/** The engine stays free of Jenkins and of its callers, so it runs the same from a shell and from a build. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.nosqlsnapshot.core");

    @Test
    void coreNeverDependsOnJenkinsStaplerOrTheCli() {
        noClasses().that().resideInAPackage("io.jenkins.plugins.nosqlsnapshot.core..")
                .should().dependOnClassesThat().resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..",
                        "org.jenkinsci..", "io.jenkins.plugins.nosqlsnapshot.cli..", "picocli..")
                .check(CORE);
    }

    @Test
    void coreNeverDependsOnThePluginPackage() {
        noClasses().that().resideInAPackage("io.jenkins.plugins.nosqlsnapshot.core..")
                .should().dependOnClassesThat().resideInAPackage("io.jenkins.plugins.nosqlsnapshot")
                .check(CORE);
    }

    @Test
    void parsersNeverDecideAndRenderersNeverParse() {
        noClasses().that().resideInAPackage("..core.parse..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.verdict..", "..core.report..", "..core.run..", "..core.model..")
                .check(CORE);
        noClasses().that().resideInAPackage("..core.report..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.admin..", "..core.run..")
                .check(CORE);
    }

    @Test
    void corePackagesDependOnEachOtherOneWayOnly() {
        slices().matching("io.jenkins.plugins.nosqlsnapshot.core.(*)..").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theReportModelDependsOnNoOtherEnginePackage() {
        noClasses().that().resideInAPackage("..core.model..")
                .should().dependOnClassesThat().resideInAnyPackage("..core.admin..", "..core.lifecycle..",
                        "..core.lock..", "..core.parse..", "..core.report..", "..core.run..", "..core.store..",
                        "..core.verdict..")
                .check(CORE);
    }

    @Test
    void decisionsNeverRenderAndRenderersNeverDecide() {
        noClasses().that().resideInAPackage("..core.verdict..")
                .should().dependOnClassesThat().resideInAPackage("..core.report..")
                .check(CORE);
        noClasses().that().resideInAPackage("..core.report..")
                .should().dependOnClassesThat().resideInAPackage("..core.verdict..")
                .check(CORE);
    }

    @Test
    void everyReasonTheEngineWritesComesFromTheCatalogue() {
        noClasses().that().doNotBelongToAnyOf(ReasonCode.class)
                .should().callConstructor(Reason.class, Severity.class, String.class, String.class)
                .check(CORE);
    }
}
