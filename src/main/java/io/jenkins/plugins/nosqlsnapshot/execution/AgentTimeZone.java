package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.remoting.VirtualChannel;
import java.io.File;
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
}
