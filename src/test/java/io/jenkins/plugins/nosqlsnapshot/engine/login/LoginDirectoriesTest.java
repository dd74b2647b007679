package io.jenkins.plugins.nosqlsnapshot.engine.login;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class LoginDirectoriesTest {
    private static final String SESSION = "0123456789abcdef";
    private static final Predicate<String> NOTHING_RUNS = id -> false;
    private static final Predicate<String> EVERYTHING_RUNS = id -> true;

    @Test
    void aLoginOfAPreviousControllerProcessIsStaleEvenIfItsBuildLooksRunning() {
        String name = LoginDirectories.name("fedcba9876543210", "nightly#41");
        assertTrue(LoginDirectories.isStale(name, SESSION, EVERYTHING_RUNS));
    }

    @Test
    void aLoginOfThisProcessIsKeptWhileItsBuildRunsAndStaleOnceItIsOver() {
        String name = LoginDirectories.name(SESSION, "folder/nightly#41");
        assertFalse(LoginDirectories.isStale(name, SESSION, Set.of("folder/nightly#41")::contains));
        assertTrue(LoginDirectories.isStale(name, SESSION, Set.of("folder/nightly#42")::contains));
    }

    @Test
    void aParallelBranchOfTheSameRunningBuildKeepsItsLogin() {
        String other = LoginDirectories.name(SESSION, "nightly#41");
        assertNotEquals(other, LoginDirectories.name(SESSION, "nightly#41"));
        assertFalse(LoginDirectories.isStale(other, SESSION, "nightly#41"::equals));
    }

    @Test
    void aLoginOfAnEarlierReleaseIsStale() {
        assertTrue(LoginDirectories.isStale(
                "nosql-snapshot-login-3f2b8c1e-9a4d-4e0f-8b7a-1c2d3e4f5a6b", SESSION, EVERYTHING_RUNS));
    }

    @Test
    void onlyOurOwnWellFormedDirectoriesAreEverDeleted() {
        assertFalse(LoginDirectories.isStale("durable-1234", SESSION, NOTHING_RUNS));
        assertFalse(LoginDirectories.isStale("nosql-snapshot-login-test", SESSION, NOTHING_RUNS));
        assertFalse(LoginDirectories.isStale("nosql-snapshot-login-zz.bmlnaHRseSM0MQ.x", SESSION, NOTHING_RUNS));
        assertFalse(LoginDirectories.isStale(null, SESSION, NOTHING_RUNS));
    }

    @Test
    void aRunIdTooLongForAFileNameIsKeptWhileThisProcessRuns() {
        String name = LoginDirectories.name(SESSION, "f/".repeat(100) + "job#1");
        assertTrue(name.length() < 200, name);
        assertFalse(LoginDirectories.isStale(name, SESSION, NOTHING_RUNS));
        assertTrue(LoginDirectories.isStale(name, "fedcba9876543210", NOTHING_RUNS));
    }
}
