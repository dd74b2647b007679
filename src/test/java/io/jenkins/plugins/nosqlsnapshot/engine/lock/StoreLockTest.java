package io.jenkins.plugins.nosqlsnapshot.engine.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLockTest {
    private static final String STORE = "127.0.0.1:5000";

    @TempDir
    Path dir;

    @Test
    void twoRunsOnTheSameStoreNeverInterleaveAndTheWaiterIsToldWhoHoldsIt() throws Exception {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        List<String> waitMessages = new CopyOnWriteArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> runs = new ArrayList<>();
        for (String run : List.of("A", "B")) {
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < 3; i++) {
                        try (StoreLock lock = StoreLock.acquire(
                                dir, STORE, "run " + run, Duration.ofSeconds(10), waitMessages::add)) {
                            events.add(run + " snapshot");
                            Thread.sleep(60);
                            events.add(run + " prune");
                        }
                    }
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            thread.start();
            runs.add(thread);
        }
        go.countDown();
        for (Thread thread : runs) {
            thread.join(20_000);
        }

        assertThat(failure.get()).isNull();
        assertThat(events).hasSize(12);
        for (int i = 0; i < events.size(); i += 2) {
            String run = events.get(i).substring(0, 1);
            assertThat(events.get(i)).isEqualTo(run + " snapshot");
            assertThat(events.get(i + 1))
                    .as("the run that took the snapshot prunes before anyone else starts")
                    .isEqualTo(run + " prune");
        }
        // a waiter that looks between one holder's release (which empties the file) and the next holder's write
        // cannot know the holder yet and says so; every other wait names it
        String named = "Waiting for the lock on store 127.0.0.1:5000, held by pid "
                + ProcessHandle.current().pid();
        assertThat(waitMessages)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m)
                        .satisfiesAnyOf(
                                known -> assertThat(known)
                                        .startsWith("Waiting for the lock on store 127.0.0.1:5000, held by pid ")
                                        .containsPattern("\\(run [AB]\\)"),
                                unknown -> assertThat(unknown)
                                        .startsWith(
                                                "Waiting for the lock on store 127.0.0.1:5000, held by another run"))
                        .contains("Waiting at most 10 s"))
                .anySatisfy(m -> assertThat(m).startsWith(named));
    }

    @Test
    void differentStoresDoNotWaitForEachOther() throws Exception {
        try (StoreLock first = StoreLock.acquire(dir, STORE, "first", Duration.ZERO, null);
                StoreLock second = StoreLock.acquire(dir, "127.0.0.1:6000", "second", Duration.ZERO, null)) {
            assertThat(first.file()).isNotEqualTo(second.file());
            assertThat(first.file().getFileName().toString())
                    .startsWith("nosql-snapshot-127.0.0.1_5000-")
                    .endsWith(".lock");
        }
    }

    @Test
    void aBusyLockTimesOutWithAMessageNamingTheStoreTheHolderAndTheLimit() throws Exception {
        List<String> waitMessages = new ArrayList<>();
        try (StoreLock held = StoreLock.acquire(dir, STORE, "create nightly", Duration.ZERO, null)) {
            long started = System.nanoTime();
            assertThatThrownBy(() ->
                            StoreLock.acquire(dir, STORE, "create retry", Duration.ofMillis(400), waitMessages::add))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("Gave up after 400 ms waiting for the lock on store 127.0.0.1:5000")
                    .hasMessageContaining("(create nightly)")
                    .hasMessageContaining(held.file().toString());
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isBetween(Duration.ofMillis(350), Duration.ofSeconds(3));
        }
        assertThat(waitMessages)
                .singleElement()
                .asString()
                .contains("(create nightly)")
                .contains("Waiting at most 400 ms");
    }

    @Test
    void anotherProcessHoldingTheLockMakesThisOneWaitUntilItLetsGo() throws Exception {
        Process holder = startHolder();
        try {
            assertThatThrownBy(() -> StoreLock.acquire(dir, STORE, "create", Duration.ofMillis(300), null))
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("held by pid " + holder.pid())
                    .hasMessageContaining("(test holder)");

            holder.getOutputStream().close();
            try (StoreLock lock = StoreLock.acquire(dir, STORE, "create", Duration.ofSeconds(10), null)) {
                assertThat(Files.readString(lock.file()))
                        .startsWith("pid " + ProcessHandle.current().pid());
            }
            assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void aHolderThatIsKilledLeavesNoStaleLock() throws Exception {
        Process holder = startHolder();
        holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        try (StoreLock lock = StoreLock.acquire(dir, STORE, "create", Duration.ofSeconds(5), null)) {
            assertThat(lock.storeKey()).isEqualTo(STORE);
        }
    }

    @Test
    void anInterruptedWaitGivesUpAndLeavesTheLockUsable() throws Exception {
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread waiter;
        try (StoreLock held = StoreLock.acquire(dir, STORE, "holder", Duration.ZERO, null)) {
            waiter = new Thread(() -> {
                try {
                    StoreLock.acquire(dir, STORE, "waiter", Duration.ofMinutes(1), null)
                            .close();
                } catch (Throwable e) {
                    outcome.set(e);
                }
            });
            waiter.start();
            Thread.sleep(200);
            waiter.interrupt();
            waiter.join(5_000);
        }

        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        StoreLock.acquire(dir, STORE, "after", Duration.ZERO, null).close();
    }

    @Test
    void theLockFileIsOwnerOnlyAndItsDirectoryIsCreated() throws Exception {
        Path nested = dir.resolve("reports-parent/deeper");
        try (StoreLock lock = StoreLock.acquire(nested, STORE, "create", Duration.ZERO, null)) {
            assertThat(lock.file().getParent()).isEqualTo(nested.toRealPath());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(lock.file())))
                        .isEqualTo("rw-------");
            }
            lock.close();
            lock.close();
        }
        StoreLock.acquire(nested, STORE, "again", Duration.ZERO, null).close();
    }

    @Test
    void keysThatSanitiseAlikeStillGetTheirOwnFile() {
        assertThat(StoreLock.fileName("h1:5000,h2:5000")).isNotEqualTo(StoreLock.fileName("h1_5000_h2_5000"));
        assertThat(StoreLock.fileName("../../etc/passwd")).doesNotContain("/");
    }

    private Process startHolder() throws Exception {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        dir.toString(),
                        STORE)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("LOCKED");
        return process;
    }

    @Test
    void aReleasedLockFileNamesNoHolder() throws Exception {
        Path file;
        try (StoreLock lock = StoreLock.acquire(dir, STORE, "build fsx-s3-named#2", Duration.ZERO, null)) {
            file = lock.file();
            assertThat(Files.readString(file)).contains("build fsx-s3-named#2");
        }
        assertThat(Files.readString(file)).isEmpty();

        List<String> waitMessages = new CopyOnWriteArrayList<>();
        try (StoreLock next = StoreLock.acquire(dir, STORE, "build next#3", Duration.ZERO, waitMessages::add)) {
            assertThat(Files.readString(next.file())).contains("build next#3").doesNotContain("fsx-s3-named");
        }
        assertThat(waitMessages).isEmpty();
        assertThat(Files.readString(file)).isEmpty();
    }
}
