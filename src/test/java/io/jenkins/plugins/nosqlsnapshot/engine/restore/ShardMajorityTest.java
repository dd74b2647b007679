package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.model.AdminReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.TopologyParser;
import io.jenkins.plugins.nosqlsnapshot.engine.store.ReplicationNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Shard;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNode;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which shards and admins a rolling restart cannot keep up, one Storage Node at a time. */
class ShardMajorityTest {
    private static AdminReport admin(String id, String sn) {
        return new AdminReport(id, sn, "h", ComponentStatus.OK, null, "RUNNING");
    }

    private static StorageNode sn(String id, String... rns) {
        return new StorageNode(
                id,
                "h",
                5000,
                "zn1",
                "/kv/" + id,
                java.util.Arrays.stream(rns)
                        .map(rn -> new ReplicationNode(rn, id, null, null))
                        .toList());
    }

    @Test
    void theCapturedThreeSnStoreKeepsEveryShardAndTheAdminsUpWhileAnyOneSnRestarts() throws Exception {
        Topology topology = TopologyParser.parse(DocumentParser.parseOutput(
                Fixtures.read(Fixtures.ondb("a02_show_topology_verbose_json.stdout")), "a02", "show topology"));

        Map<String, List<String>> lost = ShardMajority.lostWhileDown(
                topology, List.of(admin("admin1", "sn1"), admin("admin2", "sn2"), admin("admin3", "sn3")));

        assertThat(lost).containsOnlyKeys("sn1", "sn2", "sn3");
        assertThat(lost.values()).allMatch(List::isEmpty);
    }

    @Test
    void aShardWithTwoOfItsThreeNodesOnOneSnAndASingleAdminAreNamedForThatSnOnly() {
        Topology topology = new Topology(
                "kvstore",
                30,
                1,
                List.of(),
                List.of(sn("sn1", "rg1-rn1", "rg1-rn2"), sn("sn2", "rg1-rn3")),
                List.of(new Shard("rg1", List.of("rg1-rn1", "rg1-rn2", "rg1-rn3"))));

        Map<String, List<String>> lost = ShardMajority.lostWhileDown(topology, List.of(admin("admin1", "sn2")));

        assertThat(lost.get("sn1"))
                .containsExactly("shard rg1 has 2 of its 3 Replication Nodes on sn1, so it takes no writes while sn1"
                        + " restarts");
        assertThat(lost.get("sn2"))
                .containsExactly("1 of the 1 admin run on sn2, so the admin takes no plans while sn2 restarts");
    }

    @Test
    void theRunbookWarnsFirstAndAtTheSnsStopWhenARollingRestartCannotKeepAShardUp() {
        Map<String, List<String>> lost = Map.of("sn1", List.of("shard rg1 has 2 of its 3 Replication Nodes on sn1"));
        RestoreRunbook.NodeCommands node = new RestoreRunbook.NodeCommands(
                "sn1", "h", "/kv/sn1", "stop", "check", "restore", "start", List.of("/kv/sn1/snaboot_0.log"));

        RestoreRunbook.Runbook runbook = RestoreRunbook.inPlace(List.of(node), "ping", "get", lost);

        assertThat(runbook.warnings())
                .contains("A rolling restart cannot keep all of the store up: shard rg1 has 2 of its 3 Replication"
                        + " Nodes on sn1.");
        assertThat(runbook.steps())
                .filteredOn(s -> s.phase() == RestoreStep.Phase.ROLLING_RESTART
                        && s.command().equals("stop"))
                .extracting(RestoreStep::warning)
                .containsExactly("Rolling restart, to end restore mode: stop only sn1: shard rg1 has 2 of its 3"
                        + " Replication Nodes on sn1.");
    }
}
