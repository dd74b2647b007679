package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.AbortException;
import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.HostResolution;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import java.io.File;
import java.io.IOException;
import java.util.List;
import jenkins.agents.ControllerToAgentFileCallable;

/**
 * Resolves the store's hosts on the node that holds the workspace, where the admin runs (its DNS may differ from the
 * controller's), before the lock, the login and the admin: a name that does not resolve stops the step with one line.
 */
record AgentHostCheck(List<String> hosts) implements ControllerToAgentFileCallable<String> {
    private static final long serialVersionUID = 1L;

    AgentHostCheck {
        hosts = List.copyOf(hosts);
    }

    @Override
    public String invoke(File file, VirtualChannel channel) {
        return HostResolution.firstUnresolved(hosts);
    }

    /**
     * @param storeName the named store the endpoint came from, or null
     * @throws AbortException naming the first host that does not resolve on the node
     */
    static void check(FilePath workspace, AdminTarget target, String storeName)
            throws IOException, InterruptedException {
        String unresolved = workspace.act(new AgentHostCheck(HostResolution.hostsOf(target)));
        if (unresolved != null) {
            String setting = storeName == null ? "store" : "the endpoint of store '" + storeName + "'";
            throw new AbortException(
                    Console.PREFIX + HostResolution.message(unresolved, setting, " on the node that runs the build"));
        }
    }
}
