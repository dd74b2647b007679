package org.jenkinsci.plugins.workflow.graph;

import hudson.model.Actionable;
import hudson.model.Saveable;
import java.util.List;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;

public abstract class FlowNode extends Actionable implements Saveable {
    protected FlowNode(FlowExecution exec, String id, List<FlowNode> parents) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
