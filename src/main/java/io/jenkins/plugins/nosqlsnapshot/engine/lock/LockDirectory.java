package io.jenkins.plugins.nosqlsnapshot.engine.lock;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The one per-user directory where a command line run keeps its store locks, so that every run of one user against
 * a store meets there whatever its report directory or working directory: {@code --lock-dir} when given, else
 * {@code $XDG_STATE_HOME/nosql-snapshot/locks} when {@code XDG_STATE_HOME} is set to an absolute path (the XDG base
 * directory rule: a relative one is ignored), else {@code ~/.local/state/nosql-snapshot/locks}.
 *
 * @param path   the directory
 * @param source where it came from, for messages: {@code --lock-dir}, {@code XDG_STATE_HOME} or {@code the home directory}
 */
public record LockDirectory(Path path, String source) {
    static final String XDG_STATE_HOME = "XDG_STATE_HOME";

    /**
     * @param given       {@code --lock-dir}, or null
     * @param environment the process environment ({@code System.getenv()} outside tests)
     * @param userHome    the user's home directory ({@code user.home} outside tests)
     */
    public static LockDirectory of(Path given, Map<String, String> environment, Path userHome) {
        if (given != null) {
            return new LockDirectory(given, "--lock-dir");
        }
        String state = environment.get(XDG_STATE_HOME);
        if (state != null && !state.isBlank() && Path.of(state).isAbsolute()) {
            return new LockDirectory(Path.of(state).resolve("nosql-snapshot").resolve("locks"), XDG_STATE_HOME);
        }
        return new LockDirectory(
                userHome.resolve(".local")
                        .resolve("state")
                        .resolve("nosql-snapshot")
                        .resolve("locks"),
                "the home directory");
    }

    /**
     * Creates the directory when missing (owner-only where the file system is POSIX: lock files say who runs what)
     * and proves it can be written, before the admin starts. An existing directory keeps its permissions, so a
     * directory shared on purpose stays shared.
     *
     * @throws NotDirectoryException when it is a file
     * @throws IOException           when it cannot be created or written
     */
    public Path prepare() throws IOException {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new NotDirectoryException(path.toString());
        }
        if (!Files.isDirectory(path)) {
            boolean posix =
                    FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            FileAttribute<?>[] ownerOnly = posix
                    ? new FileAttribute<?>[] {
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
                    }
                    : new FileAttribute<?>[0];
            Files.createDirectories(path, ownerOnly);
        }
        Files.delete(Files.createTempFile(path, ".nosql-snapshot-", ".probe"));
        return path;
    }
}
