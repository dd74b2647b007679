package io.jenkins.plugins.nosqlsnapshot.engine.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockDirectoryTest {
    @TempDir
    Path temp;

    @Test
    void lockDirOptionWinsOverTheEnvironment() {
        LockDirectory dir = LockDirectory.of(
                temp.resolve("given"), Map.of("XDG_STATE_HOME", temp.toString()), temp.resolve("home"));

        assertThat(dir.path()).isEqualTo(temp.resolve("given"));
        assertThat(dir.source()).isEqualTo("--lock-dir");
    }

    @Test
    void anAbsoluteXdgStateHomeIsUsedElseTheHomeDirectory() {
        Path home = temp.resolve("home");

        assertThat(LockDirectory.of(
                                null,
                                Map.of("XDG_STATE_HOME", temp.resolve("state").toString()),
                                home)
                        .path())
                .isEqualTo(temp.resolve("state/nosql-snapshot/locks"));
        assertThat(LockDirectory.of(null, Map.of(), home).path())
                .isEqualTo(home.resolve(".local/state/nosql-snapshot/locks"));
        // the XDG rule: a relative XDG_STATE_HOME is invalid and ignored
        assertThat(LockDirectory.of(null, Map.of("XDG_STATE_HOME", "relative/state"), home)
                        .path())
                .isEqualTo(home.resolve(".local/state/nosql-snapshot/locks"));
        assertThat(LockDirectory.of(null, Map.of("XDG_STATE_HOME", " "), home).source())
                .isEqualTo("the home directory");
    }

    @Test
    void prepareCreatesAMissingDirectoryOwnerOnly() throws Exception {
        Path locks = temp.resolve("state/nosql-snapshot/locks");

        assertThat(LockDirectory.of(locks, Map.of(), temp).prepare()).isEqualTo(locks);

        assertThat(locks).isDirectory();
        assertThat(Files.list(locks)).isEmpty();
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(locks)))
                .isEqualTo("rwx------");
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsRefused() throws Exception {
        Path file = Files.writeString(temp.resolve("locks"), "not a directory");

        assertThatThrownBy(() -> LockDirectory.of(file, Map.of(), temp).prepare())
                .isInstanceOf(NotDirectoryException.class);
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsRefused() throws Exception {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Path locked = Files.createDirectory(temp.resolve("read-only"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        assumeThat(Files.isWritable(locked)).as("not running as root").isFalse();
        try {
            assertThatThrownBy(() -> LockDirectory.of(locked, Map.of(), temp).prepare())
                    .isInstanceOf(java.nio.file.AccessDeniedException.class);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
