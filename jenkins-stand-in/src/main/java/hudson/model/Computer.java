package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.remoting.VirtualChannel;
import hudson.security.AccessControlled;

/**
 * jenkins-core: hudson/model/Computer.java. Trimmed: implements IComputer, ExecutorListener, DescriptorByNameOwner,
 * StaplerProxy, HasWidgets, and every abstract method but getChannel (the plugin never extends it).
 */
public abstract class Computer extends Actionable implements AccessControlled {
    protected Computer(Node node) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public abstract @Nullable VirtualChannel getChannel();

    public @NonNull String getName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
