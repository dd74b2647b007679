package hudson.slaves;

import hudson.ExtensionPoint;
import hudson.model.Computer;
import hudson.model.TaskListener;
import java.io.IOException;

/** jenkins-core: hudson/slaves/ComputerListener.java. Only onOnline(Computer, TaskListener) is used. */
public abstract class ComputerListener implements ExtensionPoint {
    public void onOnline(Computer c, TaskListener listener) throws IOException, InterruptedException {}
}
