package io.jenkins.plugins.nosqlsnapshot.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ComponentStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ReplicationNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.ShardStatus;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Summary;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void healthyStoreIsJudgedSuccessWithEveryPathAndMasterKnown() {
        SnapshotReport report =
                new SyntheticStore(10, false).evaluation().evaluate().report();

        assertThat(report.verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(report.reasons()).isEmpty();
        assertThat(report.summary()).isEqualTo(new Summary(30, 30, 3, 3, 10, 10, 10, 0, 0));
        assertThat(report.shards())
                .allSatisfy(shard -> assertThat(shard.replicationNodes())
                        .filteredOn(ReplicationNodeReport::masterAtSnapshot)
                        .extracting(ReplicationNodeReport::id)
                        .containsExactly(shard.id() + "-rn1"));
        assertThat(report.shards().get(9).replicationNodes())
                .extracting(
                        ReplicationNodeReport::storageNode, ReplicationNodeReport::host, ReplicationNodeReport::path)
                .containsExactly(
                        tuple(
                                "sn10",
                                "kvhost0010.example.internal",
                                "/u01/nosql/data/disk1/rg10-rn1/snapshots/" + SyntheticStore.SNAPSHOT_NAME),
                        tuple(
                                "sn1",
                                "kvhost0001.example.internal",
                                "/u01/nosql/data/disk2/rg10-rn2/snapshots/" + SyntheticStore.SNAPSHOT_NAME),
                        tuple(
                                "sn2",
                                "kvhost0002.example.internal",
                                "/u01/nosql/data/disk3/rg10-rn3/snapshots/" + SyntheticStore.SNAPSHOT_NAME));
        assertThat(report.admins())
                .extracting(a -> a.path())
                .containsExactly(
                        "/u01/nosql/data/admin/admin1/snapshots/" + SyntheticStore.SNAPSHOT_NAME,
                        "/u01/nosql/data/admin/admin2/snapshots/" + SyntheticStore.SNAPSHOT_NAME,
                        "/u01/nosql/data/admin/admin3/snapshots/" + SyntheticStore.SNAPSHOT_NAME);
    }

    @Test
    void degradedStoreLosesOneReplicaOfEveryTenthShard() {
        SnapshotReport report =
                new SyntheticStore(20, true).evaluation().evaluate().report();

        assertThat(report.verdict()).isEqualTo(Verdict.UNSTABLE);
        assertThat(report.summary()).isEqualTo(new Summary(58, 60, 3, 3, 20, 20, 18, 2, 0));
        assertThat(report.shards())
                .filteredOn(s -> s.status() == ShardStatus.DEGRADED)
                .extracting(s -> s.id())
                .containsExactly("rg10", "rg20");
        assertThat(report.shards().get(19).replicationNodes().get(2).status()).isEqualTo(ComponentStatus.FAILED);
        assertThat(report.reasons())
                .extracting(Reason::message)
                .anySatisfy(message -> assertThat(message)
                        .startsWith("rg10-rn3 on sn12 (kvhost0012.example.internal) has no snapshot")
                        .contains("rg10-rn3 is UNREACHABLE"));
    }

    @Test
    void documentsHaveTheFieldsOfTheRealStoresOutputs() throws IOException {
        SyntheticStore healthy = new SyntheticStore(5, false);
        SyntheticStore degraded = new SyntheticStore(10, true);

        assertThat(shape(healthy.topology())).isEqualTo(shape(fixture("a02_show_topology_verbose_json")));
        assertThat(shape(healthy.parameters(1))).isEqualTo(shape(fixture("a04_show_parameter_sn1_json")));
        assertThat(shape(healthy.parameters(4))).isEqualTo(shape(fixture("a39_show_parameter_sn3_json")));
        assertThat(shape(healthy.admins())).isEqualTo(shape(fixture("a05_show_admins_json")));
        assertThat(shape(healthy.ping())).isEqualTo(shape(fixture("a06_ping_json")));
        assertThat(shape(degraded.ping())).isEqualTo(shape(fixture("b03_ping_json")));
        assertThat(shape(healthy.plans())).isEqualTo(shape(fixture("a08_show_plans_json")));
        assertThat(shape(healthy.snapshotCreate())).isEqualTo(shape(fixture("a13_snapshot_create_json")));
        assertThat(shape(degraded.snapshotCreate())).isEqualTo(shape(fixture("b02_snapshot_create_json")));
        assertThat(healthy.snapshotCreate())
                .startsWith("{\n  \"operation\": \"snapshot operation\",\n"
                        + "  \"returnCode\": 5000,\n  \"description\": \"Operation ends successfully\",\n");
    }

    @Test
    void filesAndArgumentFileNameEveryDocumentForTheCli(@TempDir Path dir) throws IOException {
        Path args = SyntheticStoreFiles.write(new SyntheticStore(4, false), dir);

        assertThat(Files.readAllLines(args))
                .hasSize(2 * (5 + 4))
                .startsWith(
                        "--result", "\"" + dir.resolve("snapshot-create.json").toAbsolutePath() + "\"")
                .endsWith(
                        "--parameters",
                        "\"" + dir.resolve("parameters/sn4.json").toAbsolutePath() + "\"");
        assertThat(dir.resolve("parameters/sn4.json"))
                .content()
                .contains("\"hostname\": \"kvhost0004.example.internal\"");
    }

    /** Every field path in the document, array elements merged: "returnValue.sns[].rns[].storageDirEnvPath". */
    private static Set<String> shape(String json) throws IOException {
        Set<String> paths = new TreeSet<>();
        collect(JSON.readTree(json), "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                paths.add(child);
                collect(field.getValue(), child, paths);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, path + "[]", paths));
        }
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = SyntheticStoreTest.class.getResourceAsStream("/fixtures/ondb-25.3/" + name + ".stdout")) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
