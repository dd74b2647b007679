package io.jenkins.plugins.nosqlsnapshot.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Summary;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotSummary;
import io.jenkins.plugins.nosqlsnapshot.testing.Reports;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The build actions are visible in {@code .../api/json}: read from the compiled classes (the Stapler annotations
 * are not on the offline test class path), and the values the exported getters pass on, from a report.
 */
class RemoteApiTest {
    private static final String EXPORTED_BEAN = "org.kohsuke.stapler.export.ExportedBean";
    private static final String EXPORTED = "org.kohsuke.stapler.export.Exported";
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.nosqlsnapshot.actions");

    private static final String PACKAGE = "io.jenkins.plugins.nosqlsnapshot.actions.";

    /** By name: loading the action classes would need the Jenkins types they implement. */
    private static Set<String> exported(String type) {
        JavaClass javaClass = PLUGIN.get(PACKAGE + type);
        assertTrue(javaClass.isAnnotatedWith(EXPORTED_BEAN), type + " is no @ExportedBean");
        Set<String> names = new TreeSet<>();
        for (JavaMethod method : javaClass.getMethods()) {
            if (method.isAnnotatedWith(EXPORTED)) {
                assertTrue(
                        method.getParameters().isEmpty()
                                && method.getModifiers().toString().contains("PUBLIC"),
                        method.getFullName() + " is not a public getter");
                names.add(method.getName());
            }
        }
        return names;
    }

    @Test
    void theSnapshotActionExportsVerdictNameCountsAndReportPathAndHasAnApi() {
        assertEquals(
                new TreeSet<>(Set.of(
                        "getVerdict",
                        "getSnapshotName",
                        "getRequestedName",
                        "getReportPath",
                        "isArchived",
                        "getReplicationNodesOk",
                        "getReplicationNodes",
                        "getAdminsOk",
                        "getAdmins",
                        "getConfigsOk",
                        "getConfigs",
                        "getShardsComplete",
                        "getShardsDegraded",
                        "getShardsLost")),
                exported("NosqlSnapshotAction"));
        JavaMethod api = PLUGIN.get(PACKAGE + "NosqlSnapshotAction").getMethod("getApi");
        assertEquals("hudson.model.Api", api.getRawReturnType().getName());
    }

    @Test
    void theEnvironmentActionExportsTheNameTheVerdictAndTheVariables() {
        assertEquals(
                new TreeSet<>(Set.of("getSnapshotName", "getVerdict", "getEnvironment")),
                exported("SnapshotEnvironmentAction"));
    }

    @Test
    void theExportedValuesAreTheReportsCountsAndPath() {
        SnapshotSummary s = SnapshotSummary.of(Reports.rnFailed(), "nosql-snapshot/251124-101500-nightly", true, true);
        Summary engine = Reports.rnFailed().summary();
        assertEquals(engine, s.getTally());
        assertEquals(1, s.getTally().replicationNodesOk());
        assertEquals(2, s.getTally().replicationNodes());
        assertEquals("nosql-snapshot/251124-101500-nightly/report.json", s.getReportPath());
        assertNull(SnapshotSummary.of(Reports.healthy(), null, false, false).getReportPath());
    }
}
