package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nosqlsnapshot.engine.store.Admin;
import io.jenkins.plugins.nosqlsnapshot.engine.store.PingStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Plan;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNodeParameters;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsersTest {
    private static AdminDocument doc(String file) throws AdminOutputException {
        return DocumentParser.parseOutput(Fixtures.read(Fixtures.ondb(file)), file);
    }

    @Test
    void topologyGivesStorageNodesRnPlacementAndShards() throws Exception {
        Topology topology = TopologyParser.parse(doc("a02_show_topology_verbose_json.stdout"));

        assertThat(topology.storeName()).isEqualTo("kvstore");
        assertThat(topology.sequenceNumber()).isEqualTo(46);
        assertThat(topology.storageNodes()).extracting("id").containsExactly("sn1", "sn2", "sn3");
        assertThat(topology.storageNodes().get(0).replicationNodes().get(0).storageDirEnvPath())
                .isEqualTo("/u01/nosql/data/sn1/disk1/rg1-rn1/env");
        assertThat(topology.storageNodes().get(2).zoneId()).isEqualTo("zn1");
        assertThat(topology.shards()).extracting("id").containsExactly("rg1", "rg2", "rg3");
        assertThat(topology.shards().get(2).replicationNodeIds()).containsExactly("rg3-rn1", "rg3-rn2", "rg3-rn3");
    }

    @Test
    void topologyWithoutVerboseIsRejectedWithAHint() throws Exception {
        AdminDocument plain = doc("a33_show_topology_json.stdout");

        assertThatThrownBy(() -> TopologyParser.parse(plain))
                .isInstanceOf(AdminOutputException.class)
                .hasMessageContaining("-verbose");
    }

    @Test
    void parametersGiveRootAndAdminDirectory() throws Exception {
        StorageNodeParameters sn1 = ParametersParser.parse(doc("a04_show_parameter_sn1_json.stdout"));
        StorageNodeParameters sn3 = ParametersParser.parse(doc("a39_show_parameter_sn3_json.stdout"));

        assertThat(sn1)
                .isEqualTo(new StorageNodeParameters(
                        "sn1", "127.0.0.1", "/opt/oracle/kvroot/sn1", "/u01/nosql/data/sn1/admin"));
        assertThat(sn3.adminDirPath()).isNull();
        assertThat(sn3.rootDirPath()).isEqualTo("/opt/oracle/kvroot/sn3");
    }

    @Test
    void adminsMapToTheirStorageNodes() throws Exception {
        List<Admin> admins = AdminsParser.parse(doc("a05_show_admins_json.stdout"));

        assertThat(admins)
                .containsExactly(
                        new Admin("admin1", "sn1", "RUNNING"),
                        new Admin("admin2", "sn2", "RUNNING"),
                        new Admin("admin3", "sn3", "RUNNING"));
    }

    @Test
    void pingOfAShardDownTellsMastersAndUnreachableNodes() throws Exception {
        PingStatus ping = PingParser.parse(doc("c03_ping_json.stdout"));

        assertThat(ping.version()).isEqualTo("25.3.21");
        assertThat(ping.service("rg3-rn1").status()).isEqualTo("UNREACHABLE");
        assertThat(ping.service("rg1-rn2").isMaster()).isTrue();
        assertThat(ping.service("admin1").isMaster()).isTrue();
        assertThat(ping.storageNodes()).containsEntry("sn1", "RUNNING");
    }

    @Test
    void plansKeepIdNameAndState() throws Exception {
        List<Plan> plans = PlansParser.parse(doc("a08_show_plans_json.stdout"));

        assertThat(plans).hasSize(8).contains(new Plan(21, "Deploy Topo", "SUCCEEDED"));
    }

    @Test
    void snapshotResultOfAPartialSnapshotListsTheFailedNode() throws Exception {
        SnapshotResult result = SnapshotResultParser.parse(doc("b02_snapshot_create_json.stdout"));

        assertThat(result.returnCode()).isEqualTo(5301);
        assertThat(result.snapshotName()).isEqualTo("261124-193913-BACKUP");
        assertThat(result.failureSnapshots()).containsExactly("rg3-rn3");
        assertThat(result.successSnapshots()).hasSize(11).contains("admin3");
        assertThat(result.successSnapshotConfigs()).containsExactly("sn1", "sn2", "sn3");
    }

    @Test
    void connectionFailureHasNoValue() throws Exception {
        SnapshotResult result = SnapshotResultParser.parse(doc("e02_wrong_port_json.stdout"));

        assertThat(result.hasValue()).isFalse();
        assertThat(result.operation()).isEqualTo(AdminDocument.CONNECT_OPERATION);
    }

    @Test
    void olderReleaseWithoutSnapshotNameIsAccepted() throws Exception {
        String eighteen = Fixtures.read(Fixtures.seed("one-rn-failed.json"))
                .replace("\"snapshotName\" : \"210705-133737-BACKUP\",", "");

        SnapshotResult result = SnapshotResultParser.parseOutput(eighteen, "18.x");

        assertThat(result.snapshotName()).isNull();
        assertThat(result.returnCode()).isEqualTo(5500);
        assertThat(result.failureSnapshots()).containsExactly("rg3-rn3");
    }

    @Test
    void textOutputIsRejectedWithTheFlagToUse() {
        String text = Fixtures.read(Fixtures.ondb("a12_snapshot_create_text.stdout"));

        assertThatThrownBy(() -> SnapshotResultParser.parseOutput(text, "a12")).hasMessageContaining("-json");
    }

    @Test
    void emptyAndNonJsonOutputsSayWhatIsWrong() {
        assertThatThrownBy(() -> DocumentParser.parseOutput("", "result.json"))
                .hasMessageContaining("result.json")
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> DocumentParser.parseOutput("hello", "result.json"))
                .hasMessageContaining("no complete JSON document");
        assertThatThrownBy(() -> DocumentParser.parseOutput("{\"operation\": 1}", "result.json"))
                .hasMessageContaining("returnCode");
        assertThatThrownBy(() -> DocumentParser.parseOutput("{\"operation\": \"x\", \"returnCode\": \"5000\"}", "r"))
                .hasMessageContaining("not a whole number");
    }

    @Test
    void wrongTypedListIsAClearError() {
        String json = "{\"operation\":\"snapshot operation\",\"returnCode\":5000,\"description\":\"\","
                + "\"returnValue\":{\"snapshotName\":\"x\",\"successSnapshots\":\"rg1-rn1\",\"failureSnapshots\":[]}}";

        assertThatThrownBy(() -> SnapshotResultParser.parseOutput(json, "r"))
                .hasMessageContaining("\"successSnapshots\" is not an array");
    }
}
