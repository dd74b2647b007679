package io.jenkins.plugins.nosqlsnapshot.security;

import hudson.Extension;
import hudson.model.Computer;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.ItemListener;
import hudson.model.listeners.RunListener;
import hudson.slaves.ComputerListener;
import java.util.function.Predicate;
import jenkins.util.Timer;

/**
 * Deletes the logins in {@link LoginLedger} that no step will delete any more, off the calling thread: when their
 * build is over (also a build a restart cut off, which Pipeline fails when it does not resume the step), when their
 * node comes online again (the built-in node at every controller start), and when their job is deleted, renamed or
 * moved (its next run would look in another workspace). A node that is offline keeps its entries until it is back.
 */
public final class LoginSweeps {
    private LoginSweeps() {}

    static void later(Predicate<LoginLedger.Entry> which, boolean missingRunIsOver) {
        Timer.get().submit(() -> LoginLedger.sweep(which, missingRunIsOver));
    }

    /** A node, the built-in one too, is online. */
    @Extension
    public static final class NodeOnline extends ComputerListener {
        @Override
        public void onOnline(Computer c, TaskListener listener) {
            String node = c.getName();
            later(entry -> entry.node().equals(node), false);
        }
    }

    /** A build is over, whatever way it ended. */
    @Extension
    @SuppressWarnings("rawtypes") // RunListener's type parameter, as Jenkins' own listeners of every run
    public static final class BuildOver extends RunListener<Run> {
        @Override
        public void onFinalized(Run r) {
            String runId = r.getExternalizableId();
            later(entry -> entry.runId().equals(runId), false);
        }
    }

    /** A job (or a folder of jobs) is gone from where its builds ran. */
    @Extension
    public static final class JobGone extends ItemListener {
        @Override
        public void onDeleted(Item item) {
            String fullName = item.getFullName();
            later(entry -> entry.belongsTo(fullName), true);
        }

        @Override
        public void onLocationChanged(Item item, String oldFullName, String newFullName) {
            later(entry -> entry.belongsTo(oldFullName), true);
        }
    }
}
