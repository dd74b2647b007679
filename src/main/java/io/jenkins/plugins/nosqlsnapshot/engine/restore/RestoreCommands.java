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

    /** Stop every SN, then start each with {@code -restore-from-snapshot}; its configuration of that time too. */
    List<RestoreRunbook.NodeCommands> inPlace(String snapshotName, List<StorageNodeReport> storageNodes) {
        List<RestoreRunbook.NodeCommands> nodes = new ArrayList<>();
        for (StorageNodeReport sn : storageNodes) {
            String restore = java(
                    "start", "-root", sn.rootDir(), "-restore-from-snapshot", snapshotName, "-update-config", "true");
            nodes.add(new RestoreRunbook.NodeCommands(
                    sn.id(),
                    sn.host(),
                    java("stop", "-root", sn.rootDir()),
                    stoppedCheck(sn.rootDir()),
                    restore,
                    detached(restore, sn.id()),
                    java("start", "-root", sn.rootDir())));
        }
        return nodes;
    }

    private static String stoppedCheck(String rootDir) {
        return "pgrep -f -- " + quote("-root " + rootDir + "( |$)");
    }

    private static String detached(String command, String storageNode) {
        return "nohup " + command + " > " + quote("restore-" + storageNode + ".log") + " 2>&1 &";
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
        List<String> start = List.of(
                "kvlite",
                "-root",
                sn.rootDirPath(),
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
        String restore = java(restoreArgs.toArray(String[]::new));
        return new RestoreRunbook.NodeCommands(
                sn.id(),
                sn.hostname(),
                java("kvlite", "-root", sn.rootDirPath(), "-shutdown"),
                stoppedCheck(sn.rootDirPath()),
                restore,
                detached(restore, sn.id()),
                java(start.toArray(String[]::new)));
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

    /** {@code ping} with the connection the check's admin session used: it exits 0 once everything is RUNNING. */
    String ping(AdminTarget target) {
        List<String> args = new ArrayList<>(List.of("ping"));
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
        return java(args.toArray(String[]::new));
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
                new RestoreStep(null, null, java(loadAdmin.toArray(String[]::new))),
                new RestoreStep(null, null, java(loadData.toArray(String[]::new))));
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
