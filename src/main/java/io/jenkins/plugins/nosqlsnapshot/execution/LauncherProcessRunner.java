package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.Launcher;
import hudson.Proc;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.RunningProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts the admin CLI with the build's {@link Launcher}, so the admin JVM runs on the node that holds the
 * workspace (an agent, or the controller). The command is an argument list, never a shell string; it is not
 * echoed ({@code quiet}) because the engine logs it itself. The three streams are pumped by the engine.
 * Every step launches through here, so this is where the working directory is created: Pipeline's {@code node}
 * assigns a workspace without creating its folder, and Jenkins refuses to start a process in a missing one.
 */
public final class LauncherProcessRunner implements ProcessRunner {
    private final Launcher launcher;
    private final FilePath workingDirectory;
    private final EnvVars environment;

    LauncherProcessRunner(Launcher launcher, FilePath workingDirectory, EnvVars environment) {
        this.launcher = launcher;
        this.workingDirectory = workingDirectory;
        this.environment = environment;
    }

    @Override
    public RunningProcess start(List<String> command) throws IOException {
        try {
            workingDirectory.mkdirs();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(
                    "Interrupted while creating the workspace " + workingDirectory.getRemote());
        }
        Proc proc = launcher.launch()
                .cmds(command)
                .envs(environment)
                .pwd(workingDirectory)
                .quiet(true)
                .writeStdin()
                .readStdout()
                .readStderr()
                .start();
        return new ProcProcess(proc, String.valueOf(command.get(0)));
    }

    /** A {@link Proc} seen through the engine's port. */
    static final class ProcProcess implements RunningProcess {
        private final Proc proc;
        private final CompletableFuture<Integer> exit = new CompletableFuture<>();

        ProcProcess(Proc proc, String program) {
            this.proc = proc;
            Thread waiter = new Thread(
                    () -> {
                        try {
                            exit.complete(proc.join());
                        } catch (IOException | InterruptedException | RuntimeException e) {
                            exit.completeExceptionally(e);
                        }
                    },
                    "nosql-snapshot: waiting for " + program);
            waiter.setDaemon(true);
            waiter.start();
        }

        @Override
        public OutputStream stdin() {
            return proc.getStdin();
        }

        @Override
        public InputStream stdout() {
            return proc.getStdout();
        }

        @Override
        public InputStream stderr() {
            return proc.getStderr();
        }

        @Override
        public boolean isAlive() {
            return !exit.isDone();
        }

        @Override
        public OptionalInt waitFor(Duration timeout) throws InterruptedException {
            try {
                return OptionalInt.of(exit.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS));
            } catch (TimeoutException e) {
                return OptionalInt.empty();
            } catch (ExecutionException e) {
                // join() failed (e.g. the agent went away): the process is gone for us, with no exit code
                return OptionalInt.of(-1);
            }
        }

        @Override
        public void kill() {
            try {
                proc.kill();
            } catch (IOException e) {
                // nothing more can be done from here; the engine reports the session as ended
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
