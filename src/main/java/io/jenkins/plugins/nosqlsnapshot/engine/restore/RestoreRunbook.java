package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import io.jenkins.plugins.nosqlsnapshot.engine.restore.RestoreStep.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The restore procedure as an operator follows it literally: stop every Storage Node, start each from the snapshot
 * exactly once, wait for a clean {@code ping}, check the data, then restart every SN with the plain start, one at a
 * time, so that no agent is left in restore mode. Measured on a 3-SN Oracle NoSQL 25.3 store, twice: stops 46-56 s,
 * one Storage Node Agent alive ~7 s after its {@code stop} returned, 91-154 s from the first start to a clean
 * {@code ping} (once an RN failed with "Master not found" and its agent restarted it); the store came back with exactly
 * the rows of snapshot time.
 */
public final class RestoreRunbook {
    /** How long the processes of a stopped SN may take to exit (one agent lived ~7 s past its stop). */
    public static final int STOP_LIMIT_SECONDS = 120;
    /** How long the restoring starts of 3 SNs may take to a clean ping (measured 91-154 s); 100 s per SN beyond. */
    public static final int RESTORE_LIMIT_SECONDS = 300;
    /** How long one SN's plain start in the rolling restart may take until it is RUNNING again. */
    public static final int RESTART_LIMIT_SECONDS = 300;

    /** What every in-place restore costs. */
    public static final String COST = "A restore discards every write made since the snapshot was taken, and the whole"
            + " store is down from the first stop until ping reports it RUNNING again. Measured on 3 Storage Nodes:"
            + " stops 46-56 s, first start to a clean ping 91-154 s, 2.5-3.5 min in all; it grows with the number of"
            + " Storage Nodes and the data. The rolling restart at the end keeps the store up (one Storage Node at a"
            + " time).";
    /** {@link #COST} for a KVLite, whose one node cannot restart while the store stays up. */
    public static final String COST_KVLITE = "A restore discards every write made since the snapshot was taken, and the"
            + " store is down from the shutdown until ping reports it RUNNING again (measured on a 3-SN store: 2.5-3.5"
            + " min in all), and again during the restart at the end, as KVLite has one node.";
    /** Why the runbook ends with a rolling restart (StorageNodeAgent of kvstore.jar 25.3). */
    public static final String RESTORE_MODE = "After its restoring start every Storage Node Agent stays in restore mode"
            + " for as long as its process lives: kvstore.jar 25.3 keeps -restore-from-snapshot NAME and consults it"
            + " whenever the agent starts a Replication Node or admin (a plan start-service, a restart from the admin),"
            + " and rolls that node back to the snapshot again. The rolling restart at the end restarts every agent"
            + " with the plain start -root line and ends restore mode; until it is done, start or restart no service"
            + " from the admin. A site start script that skips Storage Nodes that are already running never clears"
            + " restore mode: use the printed stop and start lines.";
    /** The restore line rolls the store back each time it runs. */
    public static final String RUN_ONCE = "Run each RESTORE line exactly once: run again (from a runbook, a boot"
            + " script, a service definition) it rolls the store back to the snapshot again and loses every write made"
            + " since. Later starts use the plain start -root line of the rolling restart; never put a restore line"
            + " in a boot script.";
    /** {@link #RESTORE_MODE} for a store restarted with {@code kvlite}. */
    public static final String RESTORE_MODE_KVLITE = "After its restoring start the kvlite process stays in restore"
            + " mode for as long as it lives: its Storage Node Agent (kvstore.jar 25.3) keeps -restore-from-snapshot"
            + " NAME and consults it whenever it starts the Replication Node or the admin, and rolls it back to the"
            + " snapshot again. The restart at the end (kvlite -shutdown, then the plain kvlite line) ends restore"
            + " mode; the store is down during it, as KVLite has one node. A site start script that skips a KVLite"
            + " that is already running never clears restore mode: use the printed lines.";
    /** {@link #RUN_ONCE} for a store restarted with {@code kvlite}. */
    public static final String RUN_ONCE_KVLITE = "Run the kvlite RESTORE line exactly once: run again (from a runbook,"
            + " a boot script, a service definition) it rolls the store back to the snapshot again and loses every"
            + " write made since. Later starts use the plain kvlite line of the restart at the end, without"
            + " -restore-from-snapshot; never put the restore line in a boot script.";
    /** The check's answer does not change once a restore is applied. */
    public static final String CANNOT_TELL = "restore-check cannot tell whether a restore was already applied: it"
            + " still answers IN_PLACE afterwards.";
    /** The steps are not a script. */
    public static final String NOT_A_SCRIPT = "These steps are not a script: run one at a time, by hand, on the host"
            + " named, and go on only when its check shows what the step waits for. Each RESTORE line first asks you to"
            + " type its Storage Node's name, so pasted with other lines or run from a loop it starts nothing.";
    /** The start lines and the site's own JVM options. */
    public static final String JVM_OPTIONS = "The start lines run the agent detached (setsid nohup, its output in a log"
            + " file beside its root) with no JVM options: if this site starts its Storage Node Agents with some (e.g."
            + " -Xms and -Xmx in its start script), put the same ones between java and -jar.";
    /** The wait after a stop. */
    public static final String WAIT_STOPPED = "every process of this Storage Node has exited, before it is started"
            + " again: the check prints nothing then (a Storage Node Agent lived ~7 s longer than its stop command).";
    /** The wait after the restoring starts. */
    public static final String WAIT_RUNNING = "ping -json shows \"returnCode\" : 5000 and every Replication Node and"
            + " admin RUNNING (snStatus[].rnStatus[].status and snStatus[].adminStatus.status). Measured: 91-154 s from"
            + " the first start; meanwhile plain ping exits 1, 3 or 101, and a Replication Node may fail once (\"Master"
            + " not found\") and be restarted by its agent: ERROR_RESTARTING, then RUNNING. A stuck one stays"
            + " STARTING, ERROR_RESTARTING or UNREACHABLE, or turns ERROR_NO_RESTART; its log is rgN-rnM_0.log beside"
            + " its SN's service log.";
    /** The data check before the rolling restart. */
    public static final String VERIFY_DATA = "the data is that of snapshot time, before the restart that ends restore"
            + " mode: run the"
            + " application's own check, or count the rows of a table you know (replace <TABLE>; the last line says"
            + " N rows returned) and compare with its count at snapshot time. If the data is wrong, stop here: do not"
            + " run the restart, do not run any RESTORE line again and start or restart nothing from the"
            + " admin; keep the logs (each SN's -restore.log and KVROOT/<store>/log) and either restore again from"
            + " step 1 (every SN stopped first) or reload with the load sources printed below.";

    private RestoreRunbook() {}

    /**
     * The commands of one Storage Node (or of a single-process store) for an in-place restore.
     *
     * @param storageNode  the SN, e.g. {@code sn1}
     * @param host         its host
     * @param rootDir      its root directory (KVROOT)
     * @param stop         stops it
     * @param stoppedCheck prints nothing once every process of it has exited
     * @param restore      starts it from the snapshot, detached, once the operator has typed the SN's name
     * @param restart      the plain start, detached, of the rolling restart and every later start
     * @param logs         the agent's own log files, to read when a wait of this SN takes too long
     */
    public record NodeCommands(
            String storageNode,
            String host,
            String rootDir,
            String stop,
            String stoppedCheck,
            String restore,
            String restart,
            List<String> logs) {
        public NodeCommands {
            logs = List.copyOf(logs);
        }
    }

    /** The steps and the warnings to read before the first one. */
    public record Runbook(List<String> warnings, List<RestoreStep> steps) {
        public Runbook {
            warnings = List.copyOf(warnings);
            steps = List.copyOf(steps);
        }
    }

    /**
     * Stop every node; wait until each has exited; start each from the snapshot (exactly once); wait until
     * {@code ping} is clean; check the data; restart each node with the plain start, one at a time.
     *
     * @param ping      the {@code ping -json} command with the check's connection
     * @param dataCheck the data check's example command
     * @param majority  for each SN, what loses its majority while it restarts ({@link ShardMajority})
     */
    public static Runbook inPlace(
            List<NodeCommands> nodes, String ping, String dataCheck, Map<String, List<String>> majority) {
        List<String> warnings = new ArrayList<>(List.of(COST, RESTORE_MODE, RUN_ONCE, NOT_A_SCRIPT, JVM_OPTIONS));
        majority.forEach((sn, lost) -> {
            if (!lost.isEmpty()) {
                warnings.add("A rolling restart cannot keep all of the store up: " + String.join("; ", lost) + ".");
            }
        });
        warnings.add(CANNOT_TELL);
        return new Runbook(warnings, steps(nodes, ping, dataCheck, majority, false));
    }

    /**
     * A KVLite's one node through {@code kvlite}, with the same waits, and a plain {@code kvlite} restart at the end;
     * first the line that names the {@code start} form, for the single-SN store of the same shape that was deployed with
     * {@code makebootconfig}.
     *
     * @param otherwise that line
     */
    public static Runbook kvlite(NodeCommands node, String ping, String dataCheck, String otherwise) {
        return new Runbook(
                List.of(
                        otherwise,
                        COST_KVLITE,
                        RESTORE_MODE_KVLITE,
                        RUN_ONCE_KVLITE,
                        NOT_A_SCRIPT,
                        JVM_OPTIONS,
                        CANNOT_TELL),
                steps(List.of(node), ping, dataCheck, Map.of(), true));
    }

    private static List<RestoreStep> steps(
            List<NodeCommands> nodes,
            String ping,
            String dataCheck,
            Map<String, List<String>> majority,
            boolean kvlite) {
        List<RestoreStep> steps = new ArrayList<>();
        for (NodeCommands node : nodes) {
            steps.add(RestoreStep.command(node.storageNode(), node.host(), node.stop(), Phase.STOP, null));
        }
        for (NodeCommands node : nodes) {
            steps.add(stopped(node, Phase.STOP));
        }
        for (NodeCommands node : nodes) {
            steps.add(new RestoreStep(
                    node.storageNode(),
                    node.host(),
                    node.restore(),
                    RestoreStep.Kind.COMMAND,
                    null,
                    "RESTORE " + node.storageNode() + ": run this line exactly once, by itself; type "
                            + node.storageNode() + " when it asks. It starts " + node.storageNode()
                            + "'s agent from the snapshot in the background, its output in "
                            + RestoreCommands.restoreLog(node.rootDir()) + ". Every later start of "
                            + node.storageNode() + " is the plain line of the " + (kvlite ? "" : "rolling ")
                            + "restart below.",
                    Phase.RESTORE,
                    true,
                    null,
                    List.of()));
        }
        List<String> restoreLogs = new ArrayList<>();
        for (NodeCommands node : nodes) {
            restoreLogs.add(RestoreCommands.restoreLog(node.rootDir()));
            restoreLogs.addAll(node.logs());
        }
        steps.add(RestoreStep.waitFor(
                null,
                null,
                ping,
                Phase.VERIFY,
                WAIT_RUNNING,
                Math.max(RESTORE_LIMIT_SECONDS, 100 * nodes.size()),
                restoreLogs));
        steps.add(new RestoreStep(
                null,
                null,
                dataCheck,
                RestoreStep.Kind.VERIFY_DATA,
                VERIFY_DATA,
                null,
                Phase.VERIFY,
                false,
                null,
                List.of()));
        for (NodeCommands node : nodes) {
            boolean last = node == nodes.get(nodes.size() - 1);
            List<String> lost = majority.getOrDefault(node.storageNode(), List.of());
            steps.add(RestoreStep.command(
                    node.storageNode(),
                    node.host(),
                    node.stop(),
                    Phase.ROLLING_RESTART,
                    kvlite
                            ? "Restart of KVLite's one node, to end restore mode: the store is down until ping is"
                                    + " clean again."
                            : "Rolling restart, to end restore mode: stop only " + node.storageNode()
                                    + (lost.isEmpty()
                                            ? "; every shard keeps a majority on the other Storage Nodes."
                                            : ": " + String.join("; ", lost) + ".")));
            steps.add(stopped(node, Phase.ROLLING_RESTART));
            steps.add(RestoreStep.command(
                    node.storageNode(),
                    node.host(),
                    node.restart(),
                    Phase.ROLLING_RESTART,
                    "The plain start, without -restore-from-snapshot: its output goes to "
                            + RestoreCommands.startLog(node.rootDir()) + "."));
            List<String> logs = new ArrayList<>(List.of(RestoreCommands.startLog(node.rootDir())));
            logs.addAll(node.logs());
            steps.add(RestoreStep.waitFor(
                    node.storageNode(),
                    node.host(),
                    ping,
                    Phase.ROLLING_RESTART,
                    "ping -json shows \"returnCode\" : 5000 and " + node.storageNode()
                            + "'s Replication Nodes and admin RUNNING again"
                            + (last
                                    ? ": then no agent is left in restore mode and the restore is done."
                                    : ", before the next Storage Node is stopped."),
                    RESTART_LIMIT_SECONDS,
                    logs));
        }
        return steps;
    }

    private static RestoreStep stopped(NodeCommands node, Phase phase) {
        return RestoreStep.waitFor(
                node.storageNode(),
                node.host(),
                node.stoppedCheck(),
                phase,
                WAIT_STOPPED,
                STOP_LIMIT_SECONDS,
                node.logs());
    }

    /** The two {@code load} commands into a new, empty store. */
    public static Runbook load(List<RestoreStep> loads) {
        return new Runbook(
                List.of("A reload discards every write made since the snapshot was taken: the new store holds the"
                        + " data of snapshot time only."),
                loads);
    }
}
