package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.List;
import java.util.Map;

public abstract class Launcher {
    protected Launcher(@NonNull Launcher launcher) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public final ProcStarter launch() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public abstract Proc launch(@NonNull ProcStarter starter) throws IOException;

    public boolean isUnix() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public TaskListener getListener() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public final class ProcStarter {
        private ProcStarter() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public ProcStarter cmds(List<String> args) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public List<String> cmds() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public ProcStarter quiet(boolean quiet) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public ProcStarter pwd(@CheckForNull FilePath workDir) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public ProcStarter envs(@NonNull Map<String, String> overrides) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public ProcStarter readStdout() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public ProcStarter readStderr() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public ProcStarter writeStdin() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public Proc start() throws IOException {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public int join() throws IOException, InterruptedException {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }
}
