package io.jenkins.plugins.nosqlsnapshot.engine.fuzz;

import java.util.Random;

/**
 * How long a fuzz target runs: at most {@code fuzz.tries} inputs (default {@value #DEFAULT_TRIES}) and at most
 * {@code fuzz.seconds} seconds (default {@value #DEFAULT_SECONDS}), from seed {@code fuzz.seed} (default: a new one
 * each run, printed in every failure so it can be replayed). A longer run:
 * {@code ./mvnw -B -f core/pom.xml test -Dtest='*Fuzz*' -Dfuzz.tries=1000000 -Dfuzz.seconds=600}.
 */
record FuzzBudget(long seed, long tries, long nanos) {
    static final long DEFAULT_TRIES = 4_000;
    static final long DEFAULT_SECONDS = 3;

    static FuzzBudget fromSystemProperties() {
        String seed = System.getProperty("fuzz.seed");
        return new FuzzBudget(
                seed == null || seed.isBlank() ? System.nanoTime() : Long.parseLong(seed.strip()),
                Long.getLong("fuzz.tries", DEFAULT_TRIES),
                Long.getLong("fuzz.seconds", DEFAULT_SECONDS) * 1_000_000_000L);
    }

    boolean isDefault() {
        return tries <= DEFAULT_TRIES && nanos <= DEFAULT_SECONDS * 1_000_000_000L;
    }

    /** A generator per target, so every target replays alone from the same seed. */
    Random random(String target) {
        return new Random(seed ^ target.hashCode());
    }
}
