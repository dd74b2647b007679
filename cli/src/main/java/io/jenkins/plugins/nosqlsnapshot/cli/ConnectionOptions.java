package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminJvm;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ClassArchiveCache;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ClassSharingRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.HostResolution;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LoginFileCheck;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.files.FileProblem;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** How to reach the admin; shared by every command that talks to a store. */
public final class ConnectionOptions {
    @Option(
            names = "--kvstore-jar",
            paramLabel = "PATH",
            description = "KVHOME/lib/kvstore.jar: runs 'java -jar PATH runadmin'")
    String kvstoreJar;

    @Option(
            names = "--java",
            paramLabel = "PATH",
            description = "Java binary for --kvstore-jar (default: java on the PATH)")
    String java;

    @Option(
            names = "--admin-java-option",
            paramLabel = "OPTION",
            description = "A JVM option for the admin JVM of --kvstore-jar, e.g. -Xmx512m; repeatable")
    List<String> adminJavaOptions;

    @Option(
            names = "--no-admin-startup-flags",
            description = "Start the admin JVM of --kvstore-jar without -XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
    boolean noAdminStartupFlags;

    @Option(
            names = "--no-admin-cds",
            description = "Start the admin JVM of --kvstore-jar without its class-data sharing archive (by default"
                    + " written on the first run to $XDG_CACHE_HOME or ~/.cache/nosql-snapshot and used after)")
    boolean noAdminCds;

    @Option(
            names = "--admin-command",
            paramLabel = "COMMAND",
            description = "A site's admin command instead of --kvstore-jar, e.g. \"kv_admin\"; split at blanks"
                    + " (quotes group), never run through a shell")
    String adminCommand;

    @Option(names = "--host", description = "Host of a Storage Node (with --port)")
    String host;

    @Option(names = "--port", description = "Registry port of that Storage Node, e.g. 5000")
    Integer port;

    @Option(
            names = "--helper-hosts",
            paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Storage Nodes to try, instead of --host/--port")
    String helperHosts;

    @Option(
            names = "--security",
            paramLabel = "FILE",
            description = "Login file of a secured store (-security), e.g. KVROOT/security/user.security of KVLite;"
                    + " without oracle.kv.password.noPrompt=true a warning")
    String security;

    @Option(names = "--username", description = "User name for a secured store (-username)")
    String username;

    /**
     * Checks the login file before anything runs; a real password prompt still ends the session at once.
     *
     * @return warnings worth a progress line
     * @throws UsageException when the file is missing, unreadable, too large or not a properties file
     */
    public List<String> checkLoginFile() {
        if (security == null) {
            return List.of();
        }
        Path file = Path.of(security);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("No such security file: " + security);
        }
        if (!Files.isReadable(file)) {
            throw new UsageException("The security file " + security + " cannot be read (permission denied)");
        }
        String content;
        try {
            if (Files.size(file) > LoginFileCheck.MAX_BYTES) {
                throw new UsageException("The security file " + security + " is larger than " + LoginFileCheck.MAX_BYTES
                        + " bytes; give the client login file (a properties file of a few lines)");
            }
            content = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UsageException("Cannot read the security file " + security + " (" + FileProblem.words(e) + ")");
        }
        Path folder = file.toAbsolutePath().getParent();
        LoginFileCheck check = LoginFileCheck.of(
                security, content, username != null, relative -> Files.exists(folder.resolve(relative)));
        if (!check.ok()) {
            throw new UsageException(String.join("\n", check.errors()));
        }
        return check.warnings();
    }

    /** A missing jar or a Java that cannot run is the user's to fix: said before anything runs. */
    private void checkJarAndJava() {
        Path jar = Path.of(kvstoreJar.strip());
        if (!Files.isRegularFile(jar)) {
            throw new UsageException(
                    "No such kvstore.jar: " + kvstoreJar + "; give KVHOME/lib/kvstore.jar with --kvstore-jar");
        }
        if (!Files.isReadable(jar)) {
            throw new UsageException("The kvstore.jar " + kvstoreJar + " cannot be read (permission denied)");
        }
        if (java == null) {
            if (!onPath("java")) {
                throw new UsageException("No java on the PATH: give the Java binary with --java PATH");
            }
        } else if (!runnable(Path.of(java.strip()))) {
            throw new UsageException("--java " + java
                    + " is not an executable file: give the path of a Java binary, e.g. $JAVA_HOME/bin/java");
        }
    }

    private static boolean onPath(String binary) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty()
                    && (runnable(Path.of(folder, binary)) || runnable(Path.of(folder, binary + ".exe")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean runnable(Path binary) {
        return Files.isRegularFile(binary) && Files.isExecutable(binary);
    }

    /**
     * Every host given resolves, so that a typo is not reported as the admin's "Cannot connect to any admins".
     *
     * @throws UsageException naming the first host that does not resolve and its option
     */
    public void checkHostsResolve(AdminTarget target) {
        String unresolved = HostResolution.firstUnresolved(HostResolution.hostsOf(target));
        if (unresolved != null) {
            String option = target.helperHosts().isEmpty() ? "--host" : "--helper-hosts";
            throw new UsageException(HostResolution.message(unresolved, option, ""));
        }
    }

    /**
     * Starts the admin of {@code target} on this machine, with the admin JVM's class-data sharing archive for
     * {@code --kvstore-jar} unless {@code --no-admin-cds}; its one note per run goes to {@code progress}.
     */
    ProcessRunner runner(AdminTarget target, Consumer<String> progress, CommandEnvironment environment) {
        ProcessRunner local = new LocalProcessRunner();
        if (kvstoreJar == null || noAdminCds) {
            return local;
        }
        ClassArchiveCache cache = new ClassArchiveCache(
                ClassArchiveCache.directory(
                        environment.variables(), environment.userHome().toString()),
                environment.variables().get("PATH"));
        return new ClassSharingRunner(local, target.launcher(), cache, progress);
    }

    public AdminTarget target() {
        if ((kvstoreJar == null) == (adminCommand == null)) {
            throw new UsageException("Give exactly one of --kvstore-jar PATH or --admin-command COMMAND");
        }
        if (java != null && kvstoreJar == null) {
            throw new UsageException("--java applies only with --kvstore-jar");
        }
        if ((adminJavaOptions != null || noAdminStartupFlags || noAdminCds) && kvstoreJar == null) {
            throw new UsageException("--admin-java-option, --no-admin-startup-flags and --no-admin-cds apply only with"
                    + " --kvstore-jar; an --admin-command starts its JVM itself");
        }
        if (kvstoreJar != null) {
            checkJarAndJava();
        }
        List<String> launcher = kvstoreJar != null
                ? AdminTarget.kvstoreJar(
                        kvstoreJar, java, new AdminJvm(!noAdminStartupFlags, !noAdminCds, adminJavaOptions))
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
