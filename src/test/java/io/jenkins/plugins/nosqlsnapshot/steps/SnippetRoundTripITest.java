package io.jenkins.plugins.nosqlsnapshot.steps;

import io.jenkins.plugins.nosqlsnapshot.testing.JenkinsPerClassITestBase;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Snippet Generator writes each step as a user would, with the defaults left out, and that text parses back
 * to an equal step ({@code SnippetizerTester.assertRoundTrip} from workflow-cps' tests jar: {@code step2Groovy},
 * then {@code assertEqualDataBoundBeans} on the parsed step).
 */
class SnippetRoundTripITest extends JenkinsPerClassITestBase {
    private SnippetizerTester snippets;

    @BeforeEach
    void tester() {
        snippets = new SnippetizerTester(j); // one Jenkins for the class: the round trips change nothing in it
    }

    @Test
    void nosqlSnapshotWithOnlyTheStoreAndTheName() throws Exception {
        snippets.assertRoundTrip(
                new NosqlSnapshotStep("prod", "nightly"), "nosqlSnapshot snapshotName: 'nightly', store: 'prod'");
    }

    @Test
    void nosqlSnapshotWithRetentionNamesOnlyWhatWasSet() throws Exception {
        NosqlSnapshotStep step = new NosqlSnapshotStep("prod", "nightly");
        step.setKeep(7);
        step.setMaxAge("14d");
        snippets.assertRoundTrip(step, "nosqlSnapshot keep: 7, maxAge: '14d', snapshotName: 'nightly', store: 'prod'");
    }

    @Test
    void nosqlSnapshotNamesTheAdminJvmFieldsOnlyWhenTheyDifferFromTheDefaults() throws Exception {
        NosqlSnapshotStep step = new NosqlSnapshotStep("prod", "nightly");
        step.setAdminJavaOptions("-Xmx512m");
        step.setAdminStartupFlags(false);
        step.setAdminClassDataSharing(true);
        snippets.assertRoundTrip(
                step,
                "nosqlSnapshot adminJavaOptions: '-Xmx512m', adminStartupFlags: false, snapshotName: 'nightly',"
                        + " store: 'prod'");
    }

    @Test
    void nosqlRestoreCheckOfAnEarlierBuild() throws Exception {
        NosqlRestoreCheckStep step = new NosqlRestoreCheckStep("prod");
        step.setFromBuild("lastSuccessful");
        snippets.assertRoundTrip(step, "nosqlRestoreCheck fromBuild: 'lastSuccessful', store: 'prod'");
    }

    @Test
    void nosqlPruneDryRun() throws Exception {
        NosqlPruneStep step = new NosqlPruneStep("prod", "nightly");
        step.setKeep(3);
        step.setDryRun(true);
        snippets.assertRoundTrip(step, "nosqlPrune dryRun: true, keep: 3, snapshotName: 'nightly', store: 'prod'");
    }
}
