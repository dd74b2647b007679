package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.files.FileProblem;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.LockDirectory;
import java.io.IOException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The per-store lock every command against a store holds: where its files live and how long to wait for it. */
public final class LockOptions {
    @Option(
            names = "--lock-dir",
            paramLabel = "DIR",
            description = "Directory of the per-store lock files, shared by every run of this user against a store"
                    + " (default: $XDG_STATE_HOME/nosql-snapshot/locks, else ~/.local/state/nosql-snapshot/locks)")
    Path lockDir;

    @Option(
            names = "--lock-timeout",
            paramLabel = "DURATION",
            defaultValue = "30m",
            converter = DurationConverter.class,
            description = "Longest wait while another create, prune or restore-check holds this store's lock"
                    + " (default: ${DEFAULT-VALUE})")
    Duration lockTimeout;

    /**
     * The lock directory, created (owner-only) and proved writable before the admin starts.
     *
     * @throws UsageException naming the directory, where it came from and the cause in words
     */
    Path directory(CommandEnvironment environment) {
        LockDirectory directory = LockDirectory.of(lockDir, environment.variables(), environment.userHome());
        String named = directory.source().equals("--lock-dir")
                ? "--lock-dir " + directory.path()
                : "The lock directory " + directory.path() + " (from " + directory.source() + ")";
        try {
            return directory.prepare();
        } catch (NotDirectoryException e) {
            throw new UsageException(named
                    + " is a file, not a directory: give a directory with --lock-dir (it is created when missing)");
        } catch (IOException e) {
            throw new UsageException(named + " cannot be created or written (" + FileProblem.words(e)
                    + "): give a directory you can write to with --lock-dir");
        }
    }
}
