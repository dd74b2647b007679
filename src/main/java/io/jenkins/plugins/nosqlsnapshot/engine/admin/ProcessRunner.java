package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import java.io.IOException;
import java.util.List;

/**
 * Starts processes. The engine runs the admin CLI only through this port: {@link LocalProcessRunner} here, a
 * Jenkins {@code Launcher} on the build's node in the plugin.
 */
@FunctionalInterface
public interface ProcessRunner {
    /**
     * @param command the program and its arguments, never a shell string
     * @throws IOException when the program cannot be started (not found, not executable)
     */
    RunningProcess start(List<String> command) throws IOException;
}
