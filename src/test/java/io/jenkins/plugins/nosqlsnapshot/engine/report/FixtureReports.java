package io.jenkins.plugins.nosqlsnapshot.engine.report;

import io.jenkins.plugins.nosqlsnapshot.engine.run.Evaluation;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SavedOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reports built the way {@code nosql-snapshot evaluate} builds them, from the admin outputs captured on a real
 * 25.3 store (see fixtures/ondb-25.3/README.md) and from the older release quoted in fixtures/seed-examples.
 */
final class FixtureReports {
    private static final String ONDB = "/fixtures/ondb-25.3/";
    static final String HOSTILE_HOST = "<script>alert(\"x\")</script>";
    static final String HOSTILE_NAME = "261124-193328-<b>\"BACKUP\"</b>&amp;";

    private FixtureReports() {}

    /** a13: every admin, RN and SN config succeeded. */
    static RunResult healthy() {
        return evaluate(ONDB + "a13_snapshot_create_json.stdout", ONDB + "a06_ping_json.stdout");
    }

    /** b02: rg3-rn3 stopped, 5301. */
    static RunResult oneReplicationNodeDown() {
        return evaluate(ONDB + "b02_snapshot_create_json.stdout", ONDB + "b03_ping_json.stdout");
    }

    /** c02: all of rg3 stopped, 5300 "Snapshot failed" with exit code 0. */
    static RunResult shardDown() {
        return evaluate(ONDB + "c02_snapshot_create_json.stdout", ONDB + "c03_ping_json.stdout");
    }

    /** e02: wrong port, 5300 "Cannot connect to any admins.", no value. */
    static RunResult cannotConnect() {
        return new Evaluation(saved(ONDB + "e02_wrong_port_json.stdout"), null, List.of(), null, null, null, null, null)
                .evaluate();
    }

    /** The older release: all of rg3 failed, yet 5500 "Operation ends successfully"; two admins. */
    static RunResult seedShardLost() {
        return new Evaluation(
                        saved("/fixtures/seed-examples/shard-lost.json"), null, List.of(), null, null, null, null, null)
                .evaluate();
    }

    /**
     * a13 with markup and quotes in the store's own values: a host name {@code <script>alert("x")</script>} on sn2,
     * and a snapshot name with {@code <b>} and {@code "}; the store does not validate either.
     */
    static RunResult hostile() {
        SavedOutput topology = saved(ONDB + "a02_show_topology_verbose_json.stdout");
        String sn2Host = "\"hostname\": \"127.0.0.1\",\n        \"registryPort\": 6000";
        topology = new SavedOutput(
                topology.source(),
                topology.text().replace(sn2Host, sn2Host.replace("127.0.0.1", HOSTILE_HOST.replace("\"", "\\\""))));
        SavedOutput result = saved(ONDB + "a13_snapshot_create_json.stdout");
        result = new SavedOutput(
                result.source(), result.text().replace("261124-193328-BACKUP", HOSTILE_NAME.replace("\"", "\\\"")));
        return new Evaluation(
                        result,
                        topology,
                        parameters(),
                        saved(ONDB + "a05_show_admins_json.stdout"),
                        saved(ONDB + "a06_ping_json.stdout"),
                        null,
                        null,
                        null)
                .evaluate();
    }

    private static List<SavedOutput> parameters() {
        return List.of(
                saved(ONDB + "a04_show_parameter_sn1_json.stdout"),
                saved(ONDB + "a44_show_parameter_sn2_json.stdout"),
                saved(ONDB + "a39_show_parameter_sn3_json.stdout"));
    }

    private static RunResult evaluate(String result, String ping) {
        return new Evaluation(
                        saved(result),
                        saved(ONDB + "a02_show_topology_verbose_json.stdout"),
                        parameters(),
                        saved(ONDB + "a05_show_admins_json.stdout"),
                        saved(ping),
                        saved(ONDB + "a08_show_plans_json.stdout"),
                        null,
                        null)
                .evaluate();
    }

    static SavedOutput saved(String resource) {
        try (InputStream in = FixtureReports.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return new SavedOutput(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
