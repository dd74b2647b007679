package io.jenkins.plugins.nosqlsnapshot.engine.testing;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.restore.SavedSnapshot;
import io.jenkins.plugins.nosqlsnapshot.engine.run.Evaluation;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Saved report directories built exactly as {@code create} writes them (report.json + topology.json), by the engine
 * itself from outputs captured on the real 25.3 store, and a fake admin replaying lifecycle scripts.
 */
public final class LifecycleFixtures {
    /** g02: 261124-200120-BATCH, every component OK; masters rg1-rn2, rg2-rn3, rg3-rn1 (g02's ping). */
    public static final String BATCH = "261124-200120-BATCH";
    /** b02: 261124-193913-BACKUP, rg3-rn3 stopped. */
    public static final String RN_DOWN = "261124-193913-BACKUP";
    /** c02: 261124-194046-BACKUP, all of rg3 stopped. */
    public static final String SHARD_DOWN = "261124-194046-BACKUP";
    /** a13: 261124-193328-BACKUP, healthy, later removed by "snapshot remove -all" (a31). */
    public static final String REMOVED_LATER = "261124-193328-BACKUP";

    private LifecycleFixtures() {}

    public static Path batch(Path dir) {
        return saved(dir, "g02.stdout", "g02.stdout");
    }

    public static Path rnDown(Path dir) {
        return saved(dir, "b02_snapshot_create_json.stdout", "b03_ping_json.stdout");
    }

    public static Path shardDown(Path dir) {
        return saved(dir, "c02_snapshot_create_json.stdout", "c03_ping_json.stdout");
    }

    public static Path removedLater(Path dir) {
        return saved(dir, "a13_snapshot_create_json.stdout", "a06_ping_json.stdout");
    }

    /**
     * s01: 261124-194935-SECBK on the secure KVLite (127.0.0.1:9000, root /opt/oracle/kvlite-sec), with its captured
     * ping (s05) and the recorded KVLite topology, admins and parameters of {@code lifecycle/}.
     */
    public static Path kvlite(Path dir) {
        RunResult run = new Evaluation(
                        Fixtures.ondbOutput("s01_secure_snapshot_create_json.stdout"),
                        Fixtures.lifecycleOutput("kvlite-show-topology.json"),
                        List.of(Fixtures.lifecycleOutput("kvlite-show-parameter-sn1.json")),
                        Fixtures.lifecycleOutput("kvlite-show-admins.json"),
                        Fixtures.ondbOutput("s05_secure_ping_json.stdout"),
                        null,
                        null,
                        null)
                .evaluate();
        return write(dir, run);
    }

    public static RunResult evaluate(String result, String ping) {
        return new Evaluation(
                        Fixtures.ondbOutput(result),
                        Fixtures.ondbOutput("a02_show_topology_verbose_json.stdout"),
                        List.of(
                                Fixtures.ondbOutput("a04_show_parameter_sn1_json.stdout"),
                                Fixtures.ondbOutput("a44_show_parameter_sn2_json.stdout"),
                                Fixtures.ondbOutput("a39_show_parameter_sn3_json.stdout")),
                        Fixtures.ondbOutput("a05_show_admins_json.stdout"),
                        Fixtures.ondbOutput(ping),
                        Fixtures.ondbOutput("a08_show_plans_json.stdout"),
                        null,
                        null)
                .evaluate();
    }

    public static Path saved(Path dir, String result, String ping) {
        return write(dir, evaluate(result, ping));
    }

    private static Path write(Path dir, RunResult run) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> file :
                    ReportFiles.render(run.report(), run.topologyDocument()).entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    public static SavedSnapshot read(Path dir) {
        try {
            return SavedSnapshot.read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fake admin on a script of {@code fake-admin/}, logging what it is sent to {@code log}. */
    public static AdminTarget fakeAdmin(String script, Path log) {
        return fakeAdmin(Fixtures.script(script), log);
    }

    public static AdminTarget fakeAdmin(Path script, Path log) {
        List<String> launcher = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfake.admin.log=" + log,
                "-cp",
                System.getProperty("java.class.path"),
                FakeAdmin.class.getName(),
                script.toString()));
        return new AdminTarget(launcher, "127.0.0.1", 5000, List.of(), null, null);
    }

    /** The fake admin as the secure KVLite's session: port 9000, with KVLite's generated login file. */
    public static AdminTarget fakeKVLiteAdmin(String script, Path log) {
        AdminTarget plain = fakeAdmin(script, log);
        return new AdminTarget(
                plain.launcher(),
                "127.0.0.1",
                9000,
                List.of(),
                "/opt/oracle/kvlite-sec/security/user.security",
                "admin");
    }

    public static List<String> sent(Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
