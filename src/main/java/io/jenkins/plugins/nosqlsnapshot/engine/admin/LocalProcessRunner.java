package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/** Runs the admin CLI on this machine with {@link ProcessBuilder}. */
public final class LocalProcessRunner implements ProcessRunner {
    private final File directory;
    private final Map<String, String> environment;

    public LocalProcessRunner() {
        this(null, Map.of());
    }

    /**
     * @param directory   working directory, or null for the current one
     * @param environment variables added to the inherited environment
     */
    public LocalProcessRunner(File directory, Map<String, String> environment) {
        this.directory = directory;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public RunningProcess start(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (directory != null) {
            builder.directory(directory);
        }
        builder.environment().putAll(environment);
        return new Local(builder.start());
    }

    private static final class Local implements RunningProcess {
        private final Process process;

        Local(Process process) {
            this.process = process;
        }

        @Override
        public OutputStream stdin() {
            return process.getOutputStream();
        }

        @Override
        public InputStream stdout() {
            return process.getInputStream();
        }

        @Override
        public InputStream stderr() {
            return process.getErrorStream();
        }

        @Override
        public boolean isAlive() {
            return process.isAlive();
        }

        @Override
        public OptionalInt waitFor(Duration timeout) throws InterruptedException {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? OptionalInt.of(process.exitValue())
                    : OptionalInt.empty();
        }

        @Override
        public void kill() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
