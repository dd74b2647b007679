package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Starts the {@code java -jar kvstore.jar runadmin} launcher it was made for with class-data sharing: the
 * archive's options go right after {@code java} (so the site's own options, later, still win), and once the JVM has
 * ended the archive is kept or dropped ({@link ClassArchives#settle}). Any other command, and a launcher whose
 * options already decide class-data sharing ({@code -Xshare:off}, an archive of the site's own), starts as it is.
 */
public final class ClassSharingRunner implements ProcessRunner {
    private static final int STDERR_KEPT = 8192;

    private final ProcessRunner delegate;
    private final List<String> launcher;
    private final ClassArchives archives;
    private final Consumer<String> progress;

    /**
     * @param launcher the {@link AdminTarget#kvstoreJar} launcher: {@code java [options] -jar JAR runadmin}
     * @param progress where the one note of a launch goes (a first run, a fallback)
     */
    public ClassSharingRunner(
            ProcessRunner delegate, List<String> launcher, ClassArchives archives, Consumer<String> progress) {
        this.delegate = delegate;
        this.launcher = List.copyOf(launcher);
        this.archives = archives;
        this.progress = progress == null ? line -> {} : progress;
    }

    @Override
    public RunningProcess start(List<String> command) throws IOException {
        int jar = launcher.indexOf("-jar");
        if (jar < 1
                || jar + 1 >= launcher.size()
                || command.size() < launcher.size()
                || !command.subList(0, launcher.size()).equals(launcher)
                || decidedBySite(launcher.subList(1, jar))) {
            return delegate.start(command);
        }
        ClassSharingLaunch launch = archives.prepare(launcher.get(0), launcher.subList(1, jar), launcher.get(jar + 1));
        note(launch.note());
        List<String> shared =
                new ArrayList<>(command.size() + launch.jvmArguments().size());
        shared.add(command.get(0));
        shared.addAll(launch.jvmArguments());
        shared.addAll(command.subList(1, command.size()));
        RunningProcess process;
        try {
            process = delegate.start(shared);
        } catch (IOException | RuntimeException e) {
            archives.settle(launch, false, "");
            throw e;
        }
        return launch.jvmArguments().isEmpty() ? process : new Shared(process, launch);
    }

    private static boolean decidedBySite(List<String> options) {
        return options.stream()
                .anyMatch(option -> option.startsWith("-Xshare:")
                        || option.startsWith("-XX:SharedArchiveFile")
                        || option.startsWith("-XX:ArchiveClassesAtExit")
                        || option.equals("-XX:-UseSharedSpaces")
                        || option.equals("-XX:+AutoCreateSharedArchive"));
    }

    private void note(String line) {
        if (line != null) {
            progress.accept(line);
        }
    }

    /** The admin process, settled once: when it is seen to have ended by itself, or when it is killed. */
    private final class Shared implements RunningProcess {
        private final RunningProcess process;
        private final ClassSharingLaunch launch;
        private final AtomicBoolean settled = new AtomicBoolean();
        private final StringBuilder stderrStart = new StringBuilder();
        private final InputStream stderr;

        Shared(RunningProcess process, ClassSharingLaunch launch) {
            this.process = process;
            this.launch = launch;
            this.stderr = new FilterInputStream(process.stderr()) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        keep(new byte[] {(byte) b}, 0, 1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        keep(buffer, offset, n);
                    }
                    return n;
                }
            };
        }

        private void keep(byte[] buffer, int offset, int length) {
            synchronized (stderrStart) {
                if (stderrStart.length() < STDERR_KEPT) {
                    stderrStart.append(new String(
                            buffer,
                            offset,
                            Math.min(length, STDERR_KEPT - stderrStart.length()),
                            StandardCharsets.UTF_8));
                }
            }
        }

        private void settle(boolean exited) {
            if (settled.compareAndSet(false, true)) {
                String tail;
                synchronized (stderrStart) {
                    tail = stderrStart.toString();
                }
                archives.settle(launch, exited, tail).ifPresent(ClassSharingRunner.this::note);
            }
        }

        @Override
        public OutputStream stdin() {
            return process.stdin();
        }

        @Override
        public InputStream stdout() {
            return process.stdout();
        }

        @Override
        public InputStream stderr() {
            return stderr;
        }

        @Override
        public boolean isAlive() {
            return process.isAlive();
        }

        @Override
        public OptionalInt waitFor(Duration timeout) throws InterruptedException {
            OptionalInt exit = process.waitFor(timeout);
            if (exit.isPresent()) {
                settle(true);
            }
            return exit;
        }

        @Override
        public boolean worksAtExit() {
            return launch.creates();
        }

        @Override
        public void kill() {
            boolean wasAlive = process.isAlive();
            process.kill();
            settle(!wasAlive);
        }
    }
}
