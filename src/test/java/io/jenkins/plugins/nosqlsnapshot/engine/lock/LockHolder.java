package io.jenkins.plugins.nosqlsnapshot.engine.lock;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Another process taking a store's lock: {@code LockHolder DIR KEY}. Prints {@code LOCKED} once it holds the lock
 * and keeps it until its standard input ends.
 */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        try (StoreLock lock = StoreLock.acquire(
                Path.of(args[0]), args[1], "test holder", Duration.ofSeconds(30), System.err::println)) {
            System.out.println("LOCKED");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold until the parent closes our stdin
            }
        }
        System.out.println("RELEASED");
    }
}
