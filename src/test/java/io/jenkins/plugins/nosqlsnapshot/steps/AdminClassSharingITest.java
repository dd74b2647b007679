package io.jenkins.plugins.nosqlsnapshot.steps;

import hudson.model.Label;
import hudson.model.Result;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.FakeKvstoreJar;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import java.nio.file.Path;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code nosqlSnapshot} with {@code kvstoreJar} on an agent: the first build's admin JVM writes its class-data
 * archive in the agent's cache (the build points XDG_CACHE_HOME into target/), the next starts from it without a
 * word, and {@code adminClassDataSharing: false} starts it plain. The fake admin runs as a kvstore.jar. Real build
 * only.
 */
@WithJenkins
class AdminClassSharingITest {
    @TempDir
    Path folder;

    private static String snapshot(Path jar, String more) {
        return "node('kv') {\n"
                + "  nosqlSnapshot store: '127.0.0.1:5000', snapshotName: 'BATCH', kvstoreJar: "
                + FakeAdminInstall.groovy(jar.toString()) + ", javaCommand: "
                + FakeAdminInstall.groovy(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString())
                + ", adminJavaOptions: "
                + FakeAdminInstall.groovy("-Dfake.admin.script=" + Fixtures.script("healthy.script")) + more + "\n"
                + "}";
    }

    @Test
    void theFirstBuildWritesTheArchiveOnTheAgentAndTheNextStartsFromIt(JenkinsRule j) throws Exception {
        j.createOnlineSlave(Label.get("kv"));
        Path jar = FakeKvstoreJar.write(folder.resolve("kvhome/lib"));
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition(snapshot(jar, ""), true));

        WorkflowRun first = j.buildAndAssertStatus(Result.SUCCESS, p);
        j.assertLogContains("first run with this kvstore.jar and Java", first);
        j.assertLogContains("class-data archive written: ", first);

        WorkflowRun second = j.buildAndAssertStatus(Result.SUCCESS, p);
        j.assertLogNotContains("class-data", second);
    }

    @Test
    void classDataSharingOffStartsThePlainAdminJvm(JenkinsRule j) throws Exception {
        j.createOnlineSlave(Label.get("kv"));
        Path jar = FakeKvstoreJar.write(folder.resolve("kvhome/lib"));
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition(snapshot(jar, ", adminClassDataSharing: false"), true));

        WorkflowRun b = j.buildAndAssertStatus(Result.SUCCESS, p);
        j.assertLogNotContains("class-data", b);
    }
}
