package io.jenkins.plugins.nosqlsnapshot.engine.lifecycle;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.model.StorageNodeReport;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command lines of each restore path, as an operator pastes them: {@code kvstore.jar} is named as it is on the
 * Storage Nodes' hosts, and arguments that a shell would split are quoted.
 *
 * @param kvstoreJar how to name {@code kvstore.jar} on the hosts, e.g. {@code $KVHOME/lib/kvstore.jar}
 */
public record RestoreCommands(String kvstoreJar) {
    public static final String DEFAULT_JAR = "$KVHOME/lib/kvstore.jar";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:,=@+-]+");

    public RestoreCommands {
        kvstoreJar = kvstoreJar == null || kvstoreJar.isBlank() ? DEFAULT_JAR : kvstoreJar.strip();
    }

    /** Stop every SN, then start each with {@code -restore-from-snapshot}; its configuration of that time too. */
    List<RestoreStep> inPlace(String snapshotName, List<StorageNodeReport> storageNodes) {
        List<RestoreStep> steps = new ArrayList<>();
        for (StorageNodeReport sn : storageNodes) {
            steps.add(new RestoreStep(sn.id(), sn.host(), java("stop", "-root", sn.rootDir())));
        }
        for (StorageNodeReport sn : storageNodes) {
            steps.add(new RestoreStep(
                    sn.id(),
                    sn.host(),
                    java(
                            "start",
                            "-root",
                            sn.rootDir(),
                            "-restore-from-snapshot",
                            snapshotName,
                            "-update-config",
                            "true")));
        }
        return steps;
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
