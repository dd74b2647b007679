package io.jenkins.plugins.nosqlsnapshot.security;

import hudson.FilePath;
import hudson.model.Computer;
import hudson.model.Run;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.nosqlsnapshot.engine.login.LoginDirectories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;

/**
 * Where unpacked logins are out on nodes, kept on the controller so that one a step could not delete is still found:
 * a controller killed mid-run, a lost agent, a job deleted, renamed or moved before its next run. Each login gets a
 * small file in {@code JENKINS_HOME/nosql-snapshot-logins/} (its node, its directory's path on that node, the build)
 * before it is unpacked, removed once the directory is deleted. No secret is in it, only where the secret is.
 * {@link LoginSweeps} deletes what it lists when the build is over and the node can be reached.
 */
public final class LoginLedger {
    static final String DIRECTORY = "nosql-snapshot-logins";
    private static final Logger LOGGER = Logger.getLogger(LoginLedger.class.getName());

    private LoginLedger() {}

    /**
     * @param node  the node's name ({@code Computer.getName()}, empty for the built-in node)
     * @param path  the login directory on that node
     * @param runId the build's {@code Run.getExternalizableId()}
     */
    public record Entry(String node, String path, String runId) {
        /** The directory's own name, unique ({@code nosql-snapshot-login-...}). */
        String directoryName() {
            int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            return path.substring(slash + 1);
        }

        /** Whether the build belongs to the item of that full name, or to an item inside it. */
        boolean belongsTo(String itemFullName) {
            return runId.startsWith(itemFullName + "#") || runId.startsWith(itemFullName + "/");
        }
    }

    static Path directory() {
        return Jenkins.get().getRootDir().toPath().resolve(DIRECTORY);
    }

    /** Notes a login directory before it is made. */
    static void record(Entry entry) throws IOException {
        Path dir = directory();
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve(entry.directoryName()),
                entry.node() + "\n" + entry.path() + "\n" + entry.runId() + "\n",
                StandardCharsets.UTF_8);
    }

    /** The directory is gone. */
    static void forget(String directoryName) {
        try {
            Files.deleteIfExists(directory().resolve(directoryName));
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not update the ledger of unpacked logins", e);
        }
    }

    static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        Path dir = directory();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                Path name = file.getFileName();
                if (name == null || !name.toString().startsWith(LoginDirectories.PREFIX)) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() >= 3) {
                    entries.add(new Entry(lines.get(0), lines.get(1), lines.get(2)));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "Could not read the ledger of unpacked logins in " + dir, e);
        }
        return entries;
    }

    /**
     * Deletes the listed logins that {@code which} selects, once their build is over and their node is online; the
     * others stay listed for a later sweep.
     *
     * @param missingRunIsOver whether a build that cannot be found any more counts as over (its job was deleted),
     *                         rather than as one that may still run
     * @return how many were deleted
     */
    static int sweep(Predicate<Entry> which, boolean missingRunIsOver) {
        int deleted = 0;
        for (Entry entry : entries()) {
            if (!which.test(entry) || mayStillRun(entry.runId(), missingRunIsOver)) {
                continue;
            }
            Computer computer = Jenkins.get().getComputer(entry.node());
            VirtualChannel channel = computer == null ? null : computer.getChannel();
            if (channel == null) {
                continue; // offline: the node's next onOnline sweeps it
            }
            try {
                new FilePath(channel, entry.path()).deleteRecursive();
                forget(entry.directoryName());
                deleted++;
                LOGGER.info(() -> "Deleted the login a build left on "
                        + (entry.node().isEmpty() ? "the built-in node" : entry.node()) + ": " + entry.path());
            } catch (IOException | RuntimeException e) {
                LOGGER.log(Level.WARNING, "Could not delete the unpacked login " + entry.path(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return deleted;
            }
        }
        return deleted;
    }

    private static boolean mayStillRun(String runId, boolean missingRunIsOver) {
        try {
            Run<?, ?> run = Run.fromExternalizableId(runId);
            return run == null ? !missingRunIsOver : run.isBuilding();
        } catch (RuntimeException e) {
            return !missingRunIsOver;
        }
    }
}
