package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import io.jenkins.plugins.nosqlsnapshot.engine.store.StorageNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command lines of each restore path, as an operator pastes them: {@code kvstore.jar} is named as it is on the
 * Storage Nodes' hosts, and arguments that a shell would split are quoted. {@link RestoreRunbook} puts them in order
 * with the waits and warnings; a store of another kind plugs in its own {@link RestoreRunbook.NodeCommands}.
 *
 * @param kvstoreJar how to name {@code kvstore.jar} on the hosts, e.g. {@code /opt/kv/lib/kvstore.jar}
 * @param jar        where that name comes from
 */
public record RestoreCommands(String kvstoreJar, Jar jar) {
    public static final String DEFAULT_JAR = "$KVHOME/lib/kvstore.jar";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:,=@+-]+");

    /** Where the printed name of {@code kvstore.jar} comes from. */
    public enum Jar {
        /** Given as its path on the Storage Nodes ({@code --kvstore-jar-on-nodes}, {@code kvstoreJarOnNodes}). */
        ON_NODES,
        /** The {@code kvstore.jar} this check ran {@code runadmin} with. */
        ADMIN_JAR,
        /** Not known: {@code $KVHOME/lib/kvstore.jar}, which needs {@code KVHOME} set on every host. */
        UNKNOWN
    }

    public RestoreCommands {
        if (kvstoreJar == null || kvstoreJar.isBlank() || kvstoreJar.strip().equals(DEFAULT_JAR)) {
            kvstoreJar = DEFAULT_JAR;
            jar = Jar.UNKNOWN;
        } else {
            kvstoreJar = kvstoreJar.strip();
            jar = jar == null || jar == Jar.UNKNOWN ? Jar.ON_NODES : jar;
        }
    }

    /** The path on the Storage Nodes, or {@code $KVHOME/lib/kvstore.jar} when null or blank. */
    public RestoreCommands(String kvstoreJar) {
        this(kvstoreJar, Jar.ON_NODES);
    }

    /**
     * The path given for the Storage Nodes; without one, the {@code kvstore.jar} the check runs {@code runadmin}
     * with; without that (a site's admin command), {@code $KVHOME/lib/kvstore.jar}.
     */
    public static RestoreCommands of(String jarOnNodes, AdminTarget target) {
        if (jarOnNodes != null && !jarOnNodes.isBlank()) {
            return new RestoreCommands(jarOnNodes, Jar.ON_NODES);
        }
        List<String> launcher = target.launcher();
        int jarFlag = launcher.indexOf("-jar");
        if (jarFlag >= 0
                && jarFlag + 2 < launcher.size()
                && launcher.get(jarFlag + 2).equals("runadmin")) {
            return new RestoreCommands(launcher.get(jarFlag + 1), Jar.ADMIN_JAR);
        }
        return new RestoreCommands(null, Jar.UNKNOWN);
    }

    /** What to know about the jar's name in the printed lines, or null when it was given for the Storage Nodes. */
    String jarNote() {
        return switch (jar) {
            case ON_NODES -> null;
            case ADMIN_JAR ->
                "kvstore.jar is named as this check ran it (" + kvstoreJar + "); if the Storage Nodes' hosts have"
                        + " it elsewhere, give that path as kvstore-jar-on-nodes (--kvstore-jar-on-nodes,"
                        + " kvstoreJarOnNodes).";
            case UNKNOWN ->
                "kvstore.jar's path on the Storage Nodes is not known, so the lines say " + DEFAULT_JAR
                        + ": set KVHOME to the Oracle NoSQL installation in the shell on every host before pasting"
                        + " them (unset, it names /lib/kvstore.jar and fails), or give the path as"
                        + " kvstore-jar-on-nodes (--kvstore-jar-on-nodes, kvstoreJarOnNodes).";
        };
    }

    /**
     * Stop every SN, then start each with {@code -restore-from-snapshot} (its configuration of that time too), then the
     * plain start of the rolling restart.
     *
     * @param storeName the store's name: its logs are in {@code KVROOT/<store>/log}
     */
    List<RestoreRunbook.NodeCommands> inPlace(
            String snapshotName, String storeName, List<StorageNodeReport> storageNodes) {
        List<RestoreRunbook.NodeCommands> nodes = new ArrayList<>();
        for (StorageNodeReport sn : storageNodes) {
            String root = sn.rootDir();
            nodes.add(new RestoreRunbook.NodeCommands(
                    sn.id(),
                    sn.host(),
                    root,
                    java("stop", "-root", root),
                    stoppedCheck(root),
                    confirmed(
                            sn.id(),
                            snapshotName,
                            detached(
                                    List.of(
                                            "start",
                                            "-root",
                                            root,
                                            "-restore-from-snapshot",
                                            snapshotName,
                                            "-update-config",
                                            "true"),
                                    restoreLog(root))),
                    detached(List.of("start", "-root", root), startLog(root)),
                    nodeLogs(root, storeName, sn.id())));
        }
        return nodes;
    }

    private static String stoppedCheck(String rootDir) {
        return "pgrep -f -- " + quote("-root " + rootDir + "( |$)");
    }

    /** Where a restoring start's output goes: beside the SN's root, so it is found on that host. */
    static String restoreLog(String rootDir) {
        return stripSlash(rootDir) + "-restore.log";
    }

    /** Where the rolling restart's plain start writes its output. */
    static String startLog(String rootDir) {
        return stripSlash(rootDir) + "-start.log";
    }

    /** The agent's own logs: its bootstrap log in the root, its service log with the RNs' in {@code <store>/log}. */
    private static List<String> nodeLogs(String rootDir, String storeName, String storageNode) {
        String root = stripSlash(rootDir);
        return List.of(root + "/snaboot_0.log", root + "/" + storeName + "/log/" + storageNode + "_0.log");
    }

    private static String stripSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * The Storage Node Agent started in the background, in a session of its own so that it outlives the shell, with
     * nothing to read and its output in {@code log}.
     */
    private String detached(List<String> args, String log) {
        return "setsid nohup " + java(args.toArray(String[]::new)) + " < /dev/null > " + quote(log) + " 2>&1 &";
    }

    /**
     * A restoring start that runs only once the operator has typed the SN's name: pasted with the lines after it, or
     * run from a loop or a script without a terminal, the {@code read} takes the next line or nothing and the start
     * does not run.
     */
    private static String confirmed(String storageNode, String snapshotName, String detachedStart) {
        return "printf '%s ' " + quote("Type " + storageNode + " to restore it from " + snapshotName + ":")
                + " && read -r answer && [ \"$answer\" = " + quote(storageNode) + " ] && { " + detachedStart
                + " } || echo " + quote(storageNode + " was not started");
    }

    /**
     * A KVLite restarts through {@code kvlite}, which starts its one Storage Node itself (and passes it
     * {@code -update-config true}). {@code -store}, {@code -host} and {@code -port} are ignored for an existing root,
     * and given as kvlite echoes them; {@code -secure-config} defaults to {@code enable}, so a non-secure store needs
     * {@code disable} repeated on every start.
     *
     * @param secure whether the store takes logins (the check connected with a login file)
     */
    RestoreRunbook.NodeCommands kvlite(String snapshotName, KVLiteShape store, boolean secure) {
        StorageNode sn = store.storageNode();
        String root = sn.rootDirPath();
        List<String> start = List.of(
                "kvlite",
                "-root",
                root,
                "-store",
                store.storeName(),
                "-host",
                sn.hostname(),
                "-port",
                Integer.toString(sn.registryPort()),
                "-secure-config",
                secure ? "enable" : "disable");
        List<String> restoreArgs = new ArrayList<>(start);
        restoreArgs.addAll(List.of("-restore-from-snapshot", snapshotName));
        return new RestoreRunbook.NodeCommands(
                sn.id(),
                sn.hostname(),
                root,
                java("kvlite", "-root", root, "-shutdown"),
                stoppedCheck(root),
                confirmed(sn.id(), snapshotName, detached(restoreArgs, restoreLog(root))),
                detached(start, startLog(root)),
                nodeLogs(root, store.storeName(), sn.id()));
    }

    /** The line that names the {@code start} form for a single-SN store of KVLite's shape that kvlite did not start. */
    String startInstead(String snapshotName, KVLiteShape store) {
        String root = store.storageNode().rootDirPath();
        return "This store has KVLite's shape (one Storage Node, one shard of one Replication Node, one admin, zone "
                + KVLiteShape.ZONE_NAME + "), so these steps use kvlite; a single-SN store deployed with makebootconfig"
                + " and run with start uses instead: " + java("stop", "-root", root) + ", then "
                + java("start", "-root", root, "-restore-from-snapshot", snapshotName, "-update-config", "true")
                + " (later restarts: " + java("start", "-root", root) + ").";
    }

    /**
     * {@code ping -json} with the connection the check's admin session used: its {@code returnCode} is 5000 once every
     * RN and admin is RUNNING (plain {@code ping} prints only its exit code's meaning).
     */
    String ping(AdminTarget target) {
        List<String> args = new ArrayList<>(List.of("ping"));
        args.addAll(connection(target));
        args.add("-json");
        return java(args.toArray(String[]::new));
    }

    /**
     * The data check's example: {@code get table} through {@code runadmin}, which prints the rows and then
     * {@code N rows returned}; {@code <TABLE>} is left for the operator to replace, so that the line unedited is a
     * shell syntax error rather than a command.
     */
    String tableCount(String storeName, AdminTarget target) {
        List<String> args = new ArrayList<>(List.of("runadmin"));
        args.addAll(connection(target));
        args.addAll(List.of("-store", storeName, "get", "table"));
        return java(args.toArray(String[]::new)) + " -name " + TABLE;
    }

    /** The placeholder of the data check's table. */
    static final String TABLE = "<TABLE>";

    private static List<String> connection(AdminTarget target) {
        List<String> args = new ArrayList<>();
        if (target.helperHosts().isEmpty()) {
            args.addAll(List.of("-host", target.host(), "-port", Integer.toString(target.port())));
        } else {
            args.addAll(List.of("-helper-hosts", String.join(",", target.helperHosts())));
        }
        if (target.securityFile() != null) {
            args.addAll(List.of("-security", target.securityFile()));
        }
        if (target.username() != null) {
            args.addAll(List.of("-username", target.username()));
        }
        return args;
    }

    /** {@code load -load-admin} from the admin snapshot, then one {@code load} with a directory per shard. */
    List<RestoreStep> load(String store, AdminTarget target, LoadSource admin, List<LoadSource> shards) {
        List<String> connection = new ArrayList<>(List.of("-store", store));
        if (target.helperHosts().isEmpty()) {
            connection.addAll(List.of("-host", target.host(), "-port", Integer.toString(target.port())));
        } else {
            String first = target.helperHosts().get(0);
            int colon = first.lastIndexOf(':');
            connection.addAll(List.of("-host", first.substring(0, colon), "-port", first.substring(colon + 1)));
        }
        if (target.username() != null) {
            connection.addAll(List.of("-username", target.username()));
        }
        if (target.securityFile() != null) {
            connection.addAll(List.of("-security", target.securityFile()));
        }
        List<String> loadAdmin = new ArrayList<>(List.of("load"));
        loadAdmin.addAll(connection);
        loadAdmin.addAll(List.of("-load-admin", "-source", admin.path()));
        List<String> loadData = new ArrayList<>(List.of("load"));
        loadData.addAll(connection);
        loadData.addAll(List.of(
                "-source",
                String.join(",", shards.stream().map(LoadSource::path).toList())));
        return List.of(
                RestoreStep.command(null, null, java(loadAdmin.toArray(String[]::new)), RestoreStep.Phase.LOAD, null),
                RestoreStep.command(null, null, java(loadData.toArray(String[]::new)), RestoreStep.Phase.LOAD, null));
    }

    private String java(String... args) {
        StringBuilder line = new StringBuilder("java -jar ").append(kvstoreJar);
        for (String arg : args) {
            line.append(' ').append(quote(arg));
        }
        return line.toString();
    }

    static String quote(String arg) {
        if (arg != null && PLAIN.matcher(arg).matches()) {
            return arg;
        }
        return "'" + String.valueOf(arg).replace("'", "'\\''") + "'";
    }
}
