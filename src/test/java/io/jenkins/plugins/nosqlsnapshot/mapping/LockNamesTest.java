package io.jenkins.plugins.nosqlsnapshot.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The store lock's directory and the holder text a waiting build prints ("... held by build X, nosqlSnapshot N"). */
class LockNamesTest {
    @Test
    void theLocksLiveInOneDirectoryOfJenkinsHome() {
        assertEquals(
                Path.of("/var/jenkins_home/nosql-snapshot-locks"), LockNames.directory(new File("/var/jenkins_home")));
    }

    @Test
    void theHolderNamesTheBuildTheStepAndTheSnapshot() {
        assertEquals(
                "build folder/nightly#42, nosqlSnapshot BATCH",
                LockNames.holder("folder/nightly#42", "nosqlSnapshot", "BATCH"));
        assertEquals("build nightly#7, nosqlPrune BATCH", LockNames.holder("nightly#7", "nosqlPrune", " BATCH "));
    }

    @Test
    void noTrailingBlankWithoutASnapshotName() {
        // a restore check from a workspace report path may name no snapshot
        assertEquals("build gate#3, nosqlRestoreCheck", LockNames.holder("gate#3", "nosqlRestoreCheck", null));
        assertEquals("build gate#3, nosqlRestoreCheck", LockNames.holder("gate#3", "nosqlRestoreCheck", ""));
    }
}
