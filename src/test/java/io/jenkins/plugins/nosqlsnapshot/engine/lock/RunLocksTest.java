package io.jenkins.plugins.nosqlsnapshot.engine.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLocksTest {
    private static final StoreKey SN1 = new StoreKey("10.0.0.5:5000", "sn1:5000");
    private static final StoreKey SN2 = new StoreKey("10.0.0.6:6000", "sn2:6000");

    @TempDir
    Path dir;

    @Test
    void theEndpointLockComesFirstThenTheStoreNameAndBothAreReleased() throws Exception {
        try (RunLocks run = RunLocks.acquire(dir, SN1, "create nightly", Duration.ZERO, null)) {
            run.holdStoreName("kvstore");
            run.holdStoreName("kvstore"); // a second session of the same run (snapshot, then prune)

            assertThat(run.files())
                    .extracting(f -> f.getFileName().toString())
                    .containsExactly(StoreLock.fileName(SN1.value()), StoreLock.fileName("store:kvstore"));
            assertThatThrownBy(() -> StoreLock.acquire(dir, "store:kvstore", "other", Duration.ZERO, null))
                    .isInstanceOf(LockTimeoutException.class);
        }
        StoreLock.acquire(dir, SN1, "after", Duration.ZERO, null).close();
        StoreLock.acquire(dir, StoreKey.storeName("kvstore"), "after", Duration.ZERO, null)
                .close();
    }

    @Test
    void twoRunsThroughDifferentAdminsOfOneStoreMeetOnTheStoreNameLock() throws Exception {
        RunLocks first = RunLocks.acquire(dir, SN1, "create via sn1", Duration.ZERO, null);
        first.holdStoreName("kvstore");
        try (RunLocks second = RunLocks.acquire(dir, SN2, "prune via sn2", Duration.ZERO, null)) {
            assertThatThrownBy(() -> second.holdStoreName("kvstore"))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("lock on store kvstore")
                    .hasMessageContaining("create via sn1");

            first.close();
            second.holdStoreName("kvstore");

            assertThat(second.files()).hasSize(2);
        }
    }

    @Test
    void aBlankStoreNameTakesNoSecondLock() throws Exception {
        try (RunLocks run = RunLocks.acquire(dir, SN1, "create", Duration.ZERO, null)) {
            run.holdStoreName(null);
            run.holdStoreName(" ");

            assertThat(run.files()).hasSize(1);
        }
    }

    @Test
    void runsThroughDifferentAdminsTakingTheirLocksInTheSameOrderNeverDeadlockOrOverlap() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> runs = new ArrayList<>();
        for (StoreKey endpoint : List.of(SN1, SN2, SN1, SN2)) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    try (RunLocks run =
                            RunLocks.acquire(dir, endpoint, endpoint.label(), Duration.ofMinutes(2), null)) {
                        run.holdStoreName("kvstore");
                        events.add("in");
                        Thread.sleep(20);
                        events.add("out");
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            thread.start();
            runs.add(thread);
        }
        go.countDown();
        for (Thread thread : runs) {
            thread.join(Duration.ofMinutes(3).toMillis());
            assertThat(thread.isAlive()).as("a run is stuck").isFalse();
        }

        assertThat(failure.get()).isNull();
        assertThat(events).containsExactly("in", "out", "in", "out", "in", "out", "in", "out");
    }
}
