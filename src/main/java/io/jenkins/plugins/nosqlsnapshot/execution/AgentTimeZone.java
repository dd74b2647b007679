package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import jenkins.agents.ControllerToAgentFileCallable;

/**
 * The time zone of the build's node: the admin CLI runs there and writes its local time into snapshot names
 * ({@code yyMMdd-HHmmss-NAME}), so prune reads their ages in that zone, not the controller's.
 */
public record AgentTimeZone() implements ControllerToAgentFileCallable<String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String invoke(File file, VirtualChannel channel) {
        return ZoneId.systemDefault().getId();
    }

    /** The clock in the node's zone; the controller's, with a warning, when the node cannot say. */
    static Clock clockOf(FilePath workspace, PrintStream log) {
        try {
            return Clock.system(ZoneId.of(workspace.act(new AgentTimeZone())));
        } catch (IOException | RuntimeException e) {
            log.println(Console.PREFIX + "WARNING: could not read the node's time zone, using the controller's: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Clock.systemDefaultZone();
    }
}
