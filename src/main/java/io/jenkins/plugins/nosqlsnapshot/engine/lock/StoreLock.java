package io.jenkins.plugins.nosqlsnapshot.engine.lock;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One run's exclusive hold on a store, so that two runs against the same store (two jobs, or a retry) never
 * interleave their snapshot and prune steps. Held by an operating-system file lock on
 * {@code DIR/nosql-snapshot-KEY.lock}: it works across processes on one host (and across hosts on a file system
 * with working locks), and a holder that dies releases it without leaving a stale lock behind. Inside one JVM a
 * semaphore per lock file serialises the threads, because a JVM cannot hold two locks on one file.
 *
 * <pre>
 * try (StoreLock lock = StoreLock.acquire(dir, StoreKey.of(target), "create nightly", timeout, progress::progress)) {
 *     ... snapshot, then prune ...
 * }
 * </pre>
 */
public final class StoreLock implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration REMINDER = Duration.ofSeconds(30);
    private static final Map<Path, Semaphore> GATES = new ConcurrentHashMap<>();
    private static final Map<Path, String> HOLDERS = new ConcurrentHashMap<>();

    private final Path file;
    private final String storeKey;
    private final String description;
    private final FileChannel channel;
    private final FileLock lock;
    private final Semaphore gate;
    private final AtomicBoolean released = new AtomicBoolean();

    private StoreLock(
            Path file, String storeKey, String description, FileChannel channel, FileLock lock, Semaphore gate) {
        this.file = file;
        this.storeKey = storeKey;
        this.description = description;
        this.channel = channel;
        this.lock = lock;
        this.gate = gate;
    }

    /**
     * Takes the store's lock, waiting while another run holds it.
     *
     * @param directory where lock files live (created when missing); every run that must exclude this one has to
     *                  use the same directory, e.g. the CLI's {@link LockDirectory}
     * @param storeKey  what identifies the store, e.g. {@code StoreKey.of(target).value()}
     * @param holder    who is asking, shown to whoever waits for this lock, e.g. {@code "create nightly"}; no secrets
     * @param timeout   longest wait; zero tries once
     * @param waiting   told once when the lock is busy (who holds it, how long this run waits), then every 30 s
     * @throws LockTimeoutException when the lock stays busy for {@code timeout}
     * @throws IOException          when the lock file cannot be created or locked
     * @throws InterruptedException when the waiting thread is interrupted (an aborted build)
     */
    public static StoreLock acquire(
            Path directory, String storeKey, String holder, Duration timeout, Consumer<String> waiting)
            throws IOException, InterruptedException {
        return acquire(directory, new StoreKey(storeKey, storeKey), holder, timeout, waiting);
    }

    /**
     * Takes the lock of {@code key}, as {@link #acquire(Path, String, String, Duration, Consumer)} does; messages name
     * the store by the key's label.
     */
    public static StoreLock acquire(
            Path directory, StoreKey key, String holder, Duration timeout, Consumer<String> waiting)
            throws IOException, InterruptedException {
        String storeKey = key.value();
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("The lock timeout must not be negative, got " + timeout);
        }
        Files.createDirectories(directory);
        Path file = directory.toRealPath().resolve(fileName(storeKey));
        Wait wait = new Wait(key.label(), file, timeout, waiting == null ? message -> {} : waiting);
        String description = describe(holder);
        Semaphore gate = GATES.computeIfAbsent(file, f -> new Semaphore(1));
        if (!gate.tryAcquire()) {
            do {
                wait.stillBusy(HOLDERS.get(file));
            } while (!gate.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS));
        }
        HOLDERS.put(file, description);
        FileChannel channel = null;
        try {
            channel = open(file);
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap((description + "\n").getBytes(StandardCharsets.UTF_8)), 0);
                    return new StoreLock(file, storeKey, description, channel, lock, gate);
                }
                wait.stillBusy(read(channel));
                Thread.sleep(POLL.toMillis());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            gate.release();
            HOLDERS.remove(file, description);
            throw e;
        }
    }

    /** The lock file, for messages. */
    public Path file() {
        return file;
    }

    public String storeKey() {
        return storeKey;
    }

    /**
     * Releases the lock; safe to call more than once. The lock file stays (deleting it would race with waiters), but
     * emptied while still held, so nobody reads this run as the holder once it has let go.
     */
    @Override
    public void close() throws IOException {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        try {
            clearHolderText();
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                gate.release();
                // only ours: the next holder may already have registered itself
                HOLDERS.remove(file, description);
            }
        }
    }

    /** Empties the lock file; a failure leaves old text, which the next holder overwrites, so it is not fatal. */
    private void clearHolderText() {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            // the release matters more than the text; the next holder truncates the file anyway
        }
    }

    /** {@code nosql-snapshot-HOST_PORT-1a2b3c4d.lock}: readable, and distinct even when sanitising merges keys. */
    static String fileName(String storeKey) {
        String readable = storeKey.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (readable.length() > 60) {
            readable = readable.substring(0, 60);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(storeKey.getBytes(StandardCharsets.UTF_8));
            return "nosql-snapshot-" + readable + "-" + HexFormat.of().formatHex(digest, 0, 4) + ".lock";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static FileChannel open(Path file) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] ownerOnly = posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        try {
            return FileChannel.open(
                    file,
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                    ownerOnly);
        } catch (IOException e) {
            throw new IOException("Cannot open the store lock file " + file + ": " + e, e);
        }
    }

    /** What the current holder wrote; read through our own channel, as closing another one could drop our locks. */
    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        int length = channel.read(buffer, 0);
        String text = length <= 0 ? "" : new String(buffer.array(), 0, length, StandardCharsets.UTF_8).strip();
        return text.isEmpty() ? null : text;
    }

    private static String describe(String holder) {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "an unknown host";
            }
        }
        String who =
                holder == null || holder.isBlank() ? "" : " (" + holder.strip().replaceAll("\\s+", " ") + ")";
        return "pid " + ProcessHandle.current().pid() + " on " + host + " since " + Instant.now() + who;
    }

    /** Deadline and messages of one wait. */
    private static final class Wait {
        private final String store;
        private final Path file;
        private final Duration timeout;
        private final Consumer<String> listener;
        private final long started = System.nanoTime();
        private long nextReminder;

        Wait(String store, Path file, Duration timeout, Consumer<String> listener) {
            this.store = store;
            this.file = file;
            this.timeout = timeout;
            this.listener = listener;
        }

        void stillBusy(String holder) throws LockTimeoutException {
            long now = System.nanoTime();
            long waited = now - started;
            String held = holder == null ? "held by another run" : "held by " + holder;
            if (waited >= timeout.toNanos()) {
                throw new LockTimeoutException("Gave up after " + human(timeout) + " waiting for the lock on store "
                        + store + ", " + held + ". Another run is still taking, checking or pruning a snapshot of this"
                        + " store; run again when it has finished, or allow a longer lock timeout. (Lock file " + file
                        + "; a holder that dies releases it.)");
            }
            if (nextReminder == 0) {
                listener.accept("Waiting for the lock on store " + store + ", " + held + ": another run is taking,"
                        + " checking or pruning a snapshot of this store. Waiting at most " + human(timeout) + ".");
                nextReminder = now + REMINDER.toNanos();
            } else if (now >= nextReminder) {
                listener.accept("Still waiting for the lock on store " + store + " after "
                        + human(Duration.ofNanos(waited)) + ", " + held + ".");
                nextReminder = now + REMINDER.toNanos();
            }
        }

        private static String human(Duration duration) {
            long seconds = duration.toSeconds();
            if (seconds >= 60 && seconds % 60 == 0) {
                return seconds / 60 + " min";
            }
            return seconds > 0 ? seconds + " s" : duration.toMillis() + " ms";
        }
    }
}
