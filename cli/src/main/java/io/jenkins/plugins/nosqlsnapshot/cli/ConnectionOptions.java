package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.core.admin.AdminTarget;
import java.util.List;
import picocli.CommandLine.Option;

/** How to reach the admin; shared by every command that talks to a store. */
public final class ConnectionOptions {
    @Option(names = "--kvstore-jar", paramLabel = "PATH",
            description = "KVHOME/lib/kvstore.jar: runs 'java -jar PATH runadmin'")
    String kvstoreJar;

    @Option(names = "--java", paramLabel = "PATH", description = "Java binary for --kvstore-jar (default: java on the PATH)")
    String java;

    @Option(names = "--admin-command", paramLabel = "COMMAND",
            description = "A site's admin command instead of --kvstore-jar, e.g. \"kv_admin\"; split at blanks"
                    + " (quotes group), never run through a shell")
    String adminCommand;

    @Option(names = "--host", description = "Host of a Storage Node (with --port)")
    String host;

    @Option(names = "--port", description = "Registry port of that Storage Node, e.g. 5000")
    Integer port;

    @Option(names = "--helper-hosts", paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Storage Nodes to try, instead of --host/--port")
    String helperHosts;

    @Option(names = "--security", paramLabel = "FILE",
            description = "Login file of a secured store (-security); it must set oracle.kv.password.noPrompt=true")
    String security;

    @Option(names = "--username", description = "User name for a secured store (-username)")
    String username;

    public AdminTarget target() {
        if ((kvstoreJar == null) == (adminCommand == null)) {
            throw new UsageException("Give exactly one of --kvstore-jar PATH or --admin-command COMMAND");
        }
        if (java != null && kvstoreJar == null) {
            throw new UsageException("--java applies only with --kvstore-jar");
        }
        List<String> launcher = kvstoreJar != null ? AdminTarget.kvstoreJar(kvstoreJar, java)
                : AdminTarget.adminCommand(adminCommand);
        if (helperHosts != null) {
            if (host != null || port != null) {
                throw new UsageException("Give either --host/--port or --helper-hosts, not both");
            }
            return new AdminTarget(launcher, null, 0, AdminTarget.helperHosts(helperHosts), security, username);
        }
        if (host == null || port == null) {
            throw new UsageException("Give --host and --port of a Storage Node (or --helper-hosts)");
        }
        return new AdminTarget(launcher, host, port, List.of(), security, username);
    }
}
