package io.jenkins.plugins.nosqlsnapshot.engine.lock;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every lock one run holds on a store, in one directory: first its endpoints' ({@link StoreKey#of}), taken before
 * the admin starts, then the store's name ({@link StoreKey#storeName}), taken as soon as the first topology names
 * it, so that two runs reaching one store through different admins ({@code sn1:5000} and {@code sn2:6000}) are kept
 * apart too. Released in reverse order.
 *
 * <p>This cannot deadlock: every run takes its one endpoint lock first and name locks only after it, and never
 * waits for an endpoint lock while holding a name lock. Two runs through the same endpoints are already kept apart
 * by the first lock; two runs through different endpoints meet only on the name lock, where one waits for the other
 * to end. Both waits share one budget: the name lock waits at most the lock timeout less what the endpoint lock
 * waited, so a run never waits longer than its lock timeout in all. One run's thread uses it; it is not shared.
 */
public final class RunLocks implements StoreNameLock, AutoCloseable {
    private final Path directory;
    private final String holder;
    private final Duration budget;
    private final Consumer<String> waiting;
    private final List<StoreLock> held = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private Duration waited = Duration.ZERO;

    private RunLocks(Path directory, String holder, Duration budget, Consumer<String> waiting) {
        this.directory = directory;
        this.holder = holder;
        this.budget = budget;
        this.waiting = waiting;
    }

    /**
     * Takes the endpoint lock, as {@link StoreLock#acquire(Path, StoreKey, String, Duration, Consumer)} does.
     *
     * @param holder  who is asking, shown to whoever waits, e.g. {@code "nosql-snapshot create nightly"}
     * @param timeout the longest this run waits for its locks, in all
     */
    public static RunLocks acquire(
            Path directory, StoreKey endpoints, String holder, Duration timeout, Consumer<String> waiting)
            throws IOException, InterruptedException {
        RunLocks locks = new RunLocks(directory, holder, timeout, waiting);
        locks.take(endpoints, timeout);
        return locks;
    }

    @Override
    public void holdStoreName(String storeName) throws IOException, InterruptedException {
        if (storeName == null || storeName.isBlank() || names.contains(storeName.strip())) {
            return;
        }
        Duration left = budget.minus(waited);
        take(StoreKey.storeName(storeName), left.isNegative() ? Duration.ZERO : left);
        names.add(storeName.strip());
    }

    /** The files of the locks held, endpoint first, for messages and tests. */
    public List<Path> files() {
        return held.stream().map(StoreLock::file).toList();
    }

    private void take(StoreKey key, Duration timeout) throws IOException, InterruptedException {
        long started = System.nanoTime();
        try {
            held.add(StoreLock.acquire(directory, key, holder, timeout, waiting));
        } finally {
            waited = waited.plusNanos(System.nanoTime() - started);
        }
    }

    /** Releases the name lock, then the endpoint lock; every lock is released even when one fails. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (int i = held.size() - 1; i >= 0; i--) {
            try {
                held.get(i).close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        held.clear();
        if (first != null) {
            throw first;
        }
    }
}
