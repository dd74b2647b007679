package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import java.util.List;
import java.util.Optional;

/**
 * Where the admin JVM's class-data sharing archives live: {@link ClassArchiveCache} on this machine, the build
 * agent's cache in the plugin. Neither method throws: whatever goes wrong becomes a plain launch and a note.
 */
public interface ClassArchives {
    /**
     * @param java       the {@code java} that starts the admin, a path or a name looked up on the PATH
     * @param jvmOptions the JVM options of the launch (they are part of the archive's key: some change its layout)
     * @param jar        the {@code kvstore.jar} path
     */
    ClassSharingLaunch prepare(String java, List<String> jvmOptions, String jar);

    /**
     * After the admin JVM has ended: keeps an archive it created, or drops one it could not use.
     *
     * @param exited whether the JVM ended by itself (not killed), so an archive it wrote is complete
     * @param stderr the end of what it printed on stderr, where the JVM's class-data sharing messages go
     * @return the progress-log line, if any
     */
    Optional<String> settle(ClassSharingLaunch launch, boolean exited, String stderr);
}
