package io.jenkins.plugins.nosqlsnapshot.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Label;
import hudson.model.Result;
import hudson.model.TaskListener;
import io.jenkins.plugins.nosqlsnapshot.actions.NosqlSnapshotAction;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jenkins.security.MasterToSlaveCallable;
import net.sf.json.JSONObject;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The plugin in a real Jenkins (jenkins-test-harness), against the engine's fake admin replaying documents captured
 * from a 3-SN store.
 */
@WithJenkins
class NosqlSnapshotITest {
    private static final String HEALTHY = "261124-200120-BATCH";
    private static final String LOST = "261124-194046-BACKUP";

    @TempDir
    Path folder;

    private FakeAdminInstall admin;

    @BeforeEach
    void installFakeAdmin() throws Exception {
        admin = FakeAdminInstall.into(folder);
    }

    private NosqlSnapshotBuilder builder(String script, String name) {
        NosqlSnapshotBuilder builder = new NosqlSnapshotBuilder("127.0.0.1:5000", name);
        builder.setAdminCommand(admin.adminCommand(script));
        return builder;
    }

    @Test
    void freestyleHealthyStoreIsSuccessWithEnvironmentAndArchivedReport(JenkinsRule j) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject();
        p.getBuildersList().add(builder("healthy.script", "BATCH"));
        FreeStyleBuild b = j.buildAndAssertSuccess(p);
        j.assertLogContains("NoSQL snapshot '" + HEALTHY + "' succeeded", b);
        assertEquals(HEALTHY, b.getEnvironment(TaskListener.NULL).get("NOSQL_SNAPSHOT_NAME"));
        assertEquals("SUCCESS", b.getEnvironment(TaskListener.NULL).get("NOSQL_SNAPSHOT_VERDICT"));
        assertTrue(b.getArtifactManager()
                .root()
                .child("nosql-snapshot/" + HEALTHY + "/report.json")
                .isFile());
        assertTrue(b.getArtifactManager()
                .root()
                .child("nosql-snapshot/" + HEALTHY + "/topology.json")
                .isFile());
    }

    @Test
    void theBuildsRemoteApiShowsTheVerdictCountsReportAndVariables(JenkinsRule j) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject();
        p.getBuildersList().add(builder("healthy.script", "BATCH"));
        FreeStyleBuild b = j.buildAndAssertSuccess(p);

        JSONObject snapshot = null;
        JSONObject environment = null;
        for (Object item :
                j.getJSON(b.getUrl() + "api/json?depth=1").getJSONObject().getJSONArray("actions")) {
            JSONObject action = (JSONObject) item;
            if (action.has("shardsComplete")) {
                snapshot = action;
            } else if (action.has("environment")) {
                environment = action;
            }
        }
        assertNotNull(snapshot, "no snapshot action in api/json");
        assertEquals("SUCCESS", snapshot.getString("verdict"));
        assertEquals(HEALTHY, snapshot.getString("snapshotName"));
        assertEquals(3, snapshot.getInt("shardsComplete"));
        assertEquals(0, snapshot.getInt("shardsLost"));
        assertEquals(snapshot.getInt("replicationNodes"), snapshot.getInt("replicationNodesOk"));
        assertEquals("nosql-snapshot/" + HEALTHY + "/report.json", snapshot.getString("reportPath"));
        assertNotNull(environment, "no environment action in api/json");
        assertEquals(HEALTHY, environment.getJSONObject("environment").getString("NOSQL_SNAPSHOT_NAME"));
        assertEquals("SUCCESS", environment.getJSONObject("environment").getString("NOSQL_SNAPSHOT_VERDICT"));

        NosqlSnapshotAction action = b.getAction(NosqlSnapshotAction.class);
        JSONObject own =
                j.getJSON(b.getUrl() + action.getUrlName() + "/api/json").getJSONObject();
        assertEquals("SUCCESS", own.getString("verdict"));
        assertEquals(3, own.getInt("shardsComplete"));
    }

    @Test
    void freestyleReplicationNodeDownIsUnstable(JenkinsRule j) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject();
        p.getBuildersList().add(builder("rn-down.script", "BACKUP"));
        FreeStyleBuild b = j.buildAndAssertStatus(Result.UNSTABLE, p);
        assertEquals("UNSTABLE", b.getEnvironment(TaskListener.NULL).get("NOSQL_SNAPSHOT_VERDICT"));
    }

    @Test
    void freestyleShardLostFailsAfterArchivingTheReport(JenkinsRule j) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject();
        p.getBuildersList().add(builder("shard-down.script", "BACKUP"));
        FreeStyleBuild b = j.buildAndAssertStatus(Result.FAILURE, p);
        j.assertLogContains("[SHARD_LOST]", b);
        assertTrue(b.getArtifactManager()
                .root()
                .child("nosql-snapshot/" + LOST + "/report.json")
                .isFile());
        String failed = "NoSQL snapshot '" + LOST + "' FAILED";
        String log = JenkinsRule.getLog(b);
        assertEquals(log.indexOf(failed), log.lastIndexOf(failed), "the FAILURE is printed once:\n" + log);
        assertTrue(log.contains(failed), log);
    }

    @Test
    void freestyleArchiveCanBeTurnedOff(JenkinsRule j) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject();
        NosqlSnapshotBuilder builder = builder("healthy.script", "BATCH");
        builder.setArchive(false);
        p.getBuildersList().add(builder);
        FreeStyleBuild b = j.buildAndAssertSuccess(p);
        assertTrue(!b.getArtifactManager().root().child("nosql-snapshot").exists());
        assertTrue(b.getWorkspace()
                .child("nosql-snapshot/" + HEALTHY + "/report.json")
                .exists());
    }

    @Test
    void builderConfigurationRoundTrips(JenkinsRule j) throws Exception {
        NosqlSnapshotBuilder before = builder("healthy.script", "pre-upgrade-${BUILD_NUMBER}");
        before.setOnPartial("FAILURE");
        before.setMinReplicasPerShard(2);
        before.setZone("zn1");
        j.assertEqualDataBoundBeans(before, j.configRoundtrip(before));
    }

    @Test
    void pipelineReturnsTheResultMap(JenkinsRule j) throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  def r = nosqlSnapshot store: '127.0.0.1:5000', snapshotName: 'BATCH', adminCommand: "
                        + admin.groovyAdminCommand("healthy.script") + "\n"
                        + "  echo \"verdict=${r.verdict} name=${r.snapshotName} shards=${r.shards.size()}"
                        + " launches=${r.adminLaunches} report=${r.reportPath} failed=${r.failedComponents}\"\n"
                        + "  echo \"env=${env.NOSQL_SNAPSHOT_NAME}\"\n"
                        + "}",
                true));
        WorkflowRun b = j.buildAndAssertSuccess(p);
        j.assertLogContains(
                "verdict=SUCCESS name=" + HEALTHY + " shards=3 launches=1 report=nosql-snapshot/" + HEALTHY
                        + "/report.json failed=[]",
                b);
        j.assertLogContains("env=" + HEALTHY, b);
    }

    @Test
    void pipelineUnstableMarksTheBuildAndTheStage(JenkinsRule j) throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition(
                "stage('backup') { node {\n"
                        + "  def r = nosqlSnapshot store: '127.0.0.1:5000', snapshotName: 'BACKUP', adminCommand: "
                        + admin.groovyAdminCommand("rn-down.script") + "\n"
                        + "  echo \"verdict=${r.verdict}\"\n"
                        + "} }",
                true));
        WorkflowRun b = j.buildAndAssertStatus(Result.UNSTABLE, p);
        j.assertLogContains("verdict=UNSTABLE", b);
        WarningAction warning = null;
        for (FlowNode node : new DepthFirstScanner().allNodes(b.getExecution())) {
            if (node.getPersistentAction(WarningAction.class) != null) {
                warning = node.getPersistentAction(WarningAction.class);
            }
        }
        assertNotNull(warning);
        assertEquals(Result.UNSTABLE, warning.getResult());
    }

    @Test
    void pipelineFailureIsAnErrorThatCatchErrorHandles(JenkinsRule j) throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition(
                "node {\n"
                        + "  catchError(buildResult: 'UNSTABLE', stageResult: 'FAILURE') {\n"
                        + "    nosqlSnapshot store: '127.0.0.1:5000', snapshotName: 'BACKUP', adminCommand: "
                        + admin.groovyAdminCommand("shard-down.script") + "\n"
                        + "  }\n"
                        + "  echo \"after=${env.NOSQL_SNAPSHOT_VERDICT}\"\n"
                        + "}",
                true));
        WorkflowRun b = j.buildAndAssertStatus(Result.UNSTABLE, p);
        j.assertLogContains("[SHARD_LOST]", b);
        j.assertLogContains("after=FAILURE", b);
        assertTrue(b.getArtifactManager()
                .root()
                .child("nosql-snapshot/" + LOST + "/report.json")
                .isFile());
    }

    @Test
    void adminRunsOnTheAgentThatHoldsTheWorkspace(JenkinsRule j) throws Exception {
        hudson.slaves.DumbSlave agent = j.createOnlineSlave(Label.get("kv"));
        Path where = folder.resolve("admin-ran-at.txt");
        WorkflowJob p = j.createProject(WorkflowJob.class, "p");
        p.setDefinition(new CpsFlowDefinition(
                "node('kv') {\n"
                        + "  def r = nosqlSnapshot store: '127.0.0.1:5000', snapshotName: 'BATCH', adminCommand: "
                        + FakeAdminInstall.groovy(admin.adminCommandRecordingWhere("healthy.script", where)) + "\n"
                        + "  echo \"verdict=${r.verdict} exists=${fileExists(r.reportPath)}\"\n"
                        + "}",
                true));
        WorkflowRun b = j.buildAndAssertSuccess(p);
        j.assertLogContains("verdict=SUCCESS exists=true", b);
        // the admin process ran on the agent: the agent's JVM started it, in the agent's workspace for the job (the
        // test agent shares this host, and the harness keeps its work directory inside JENKINS_HOME)
        List<String> lines = Files.readAllLines(where);
        long agentPid = agent.getChannel().call(new ProcessId());
        assertTrue(lines.contains("parent=" + agentPid), lines + " vs the agent's JVM " + agentPid);
        assertNotEquals(ProcessHandle.current().pid(), agentPid, "the agent is a JVM of its own");
        String workspace = agent.getWorkspaceFor(p).getRemote();
        assertTrue(lines.contains("cwd=" + Path.of(workspace).toAbsolutePath()), lines + " vs " + workspace);
        assertFalse(
                lines.contains("cwd="
                        + Path.of(j.jenkins.getWorkspaceFor(p).getRemote()).toAbsolutePath()),
                lines.toString());
        assertTrue(
                lines.stream().anyMatch(l -> l.startsWith("host=") && l.length() > "host=".length()), lines.toString());
    }

    /** The process id of the JVM it is called in (on an agent: the agent's). */
    private static final class ProcessId extends MasterToSlaveCallable<Long, RuntimeException> {
        private static final long serialVersionUID = 1L;

        @Override
        public Long call() {
            return ProcessHandle.current().pid();
        }
    }

    @Test
    void afterAFailedSnapshotTheJobPageSaysFailureAndListsBothBuilds(JenkinsRule j) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject();
        p.getBuildersList().add(builder("healthy.script", "BATCH"));
        j.buildAndAssertSuccess(p);
        p.getBuildersList().clear();
        p.getBuildersList().add(builder("shard-down.script", "BACKUP"));
        j.buildAndAssertStatus(Result.FAILURE, p);

        String page = j.createWebClient().getPage(p).asNormalizedText();
        assertTrue(page.contains("Last NoSQL snapshot: " + LOST + " (FAILURE, #2)"), page);
        assertTrue(page.contains(HEALTHY), "the table still lists build #1's snapshot: " + page);
    }
}
