package io.jenkins.plugins.nosqlsnapshot.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReasonCode;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Severity;
import org.junit.jupiter.api.Test;

/** The engine stays free of Jenkins and of its callers, so it runs the same from a shell and from a build. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.nosqlsnapshot.engine");

    @Test
    void coreNeverDependsOnJenkinsStaplerOrTheCli() {
        noClasses()
                .that()
                .resideInAPackage("io.jenkins.plugins.nosqlsnapshot.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "hudson..",
                        "jenkins..",
                        "org.kohsuke..",
                        "org.jenkinsci..",
                        "io.jenkins.plugins.nosqlsnapshot.cli..",
                        "picocli..")
                .check(CORE);
    }

    @Test
    void coreNeverDependsOnThePluginPackage() {
        noClasses()
                .that()
                .resideInAPackage("io.jenkins.plugins.nosqlsnapshot.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.jenkins.plugins.nosqlsnapshot")
                .check(CORE);
    }

    @Test
    void parsersNeverDecideAndRenderersNeverParse() {
        noClasses()
                .that()
                .resideInAPackage("..engine.parse..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..engine.verdict..", "..engine.report..", "..engine.run..", "..engine.model..")
                .check(CORE);
        noClasses()
                .that()
                .resideInAPackage("..engine.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..engine.admin..", "..engine.run..")
                .check(CORE);
    }

    @Test
    void corePackagesDependOnEachOtherOneWayOnly() {
        slices().matching("io.jenkins.plugins.nosqlsnapshot.engine.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CORE);
    }

    @Test
    void theReportModelDependsOnNoOtherEnginePackage() {
        noClasses()
                .that()
                .resideInAPackage("..engine.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..engine.admin..",
                        "..engine.lock..",
                        "..engine.parse..",
                        "..engine.report..",
                        "..engine.restore..",
                        "..engine.retention..",
                        "..engine.run..",
                        "..engine.store..",
                        "..engine.survey..",
                        "..engine.verdict..")
                .check(CORE);
    }

    @Test
    void decisionsNeverRenderAndRenderersNeverDecide() {
        noClasses()
                .that()
                .resideInAPackage("..engine.verdict..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..engine.report..")
                .check(CORE);
        noClasses()
                .that()
                .resideInAPackage("..engine.report..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..engine.verdict..")
                .check(CORE);
    }

    @Test
    void everyReasonTheEngineWritesComesFromTheCatalogue() {
        noClasses()
                .that()
                .doNotBelongToAnyOf(ReasonCode.class)
                .should()
                .callConstructor(Reason.class, Severity.class, String.class, String.class)
                .check(CORE);
    }
}
