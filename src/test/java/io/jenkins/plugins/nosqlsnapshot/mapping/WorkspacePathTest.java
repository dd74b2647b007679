package io.jenkins.plugins.nosqlsnapshot.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WorkspacePathTest {
    @Test
    void aRelativePathInsideTheWorkspaceIsAccepted() {
        for (String path : List.of(
                "nosql-snapshot/261124-200120-BATCH",
                "nosql-snapshot/x/report.json",
                "report.json",
                "a/..b/c",
                "nosql-snapshot\\x")) {
            assertNull(WorkspacePath.problem("reportPath", path), path);
        }
    }

    @Test
    void anAbsolutePathIsRejectedWithWhatToGiveInstead() {
        for (String path : List.of("/var/lib/jenkins/x", " /tmp/x", "C:\\reports\\x", "\\\\host\\share", "~/x")) {
            String problem = WorkspacePath.problem("reportPath", path);
            assertTrue(problem != null && problem.contains("relative to the workspace"), path + ": " + problem);
        }
    }

    @Test
    void aDotDotSegmentIsRejected() {
        for (String path : List.of("..", "../other-job/nosql-snapshot/x", "nosql-snapshot/../../x", "a\\..\\b")) {
            String problem = WorkspacePath.problem("reportPath", path);
            assertTrue(problem != null && problem.contains("inside the workspace"), path + ": " + problem);
        }
    }

    @Test
    void theRestoreCheckRefusesAReportPathOutsideTheWorkspaceBeforeAnythingRuns() {
        RestoreCheckSettings settings = new RestoreCheckSettings("127.0.0.1:5000");
        settings.setReportPath("/etc/nosql-snapshot/x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings.source(s -> s));
        assertTrue(e.getMessage().startsWith("'reportPath' must be a path relative to the workspace"), e.getMessage());

        settings.setReportPath("${DIR}/x");
        assertThrows(IllegalArgumentException.class, () -> settings.source(s -> s.replace("${DIR}", "../up")));
        settings.setReportPath("nosql-snapshot/x/report.json");
        assertEquals("nosql-snapshot/x", settings.source(s -> s).reportDirectory());
    }
}
