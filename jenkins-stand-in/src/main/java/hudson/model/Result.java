package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public final class Result implements Serializable {
    public static final @NonNull Result SUCCESS = null;
    public static final @NonNull Result UNSTABLE = null;
    public static final @NonNull Result FAILURE = null;
    public static final @NonNull Result NOT_BUILT = null;
    public static final @NonNull Result ABORTED = null;

    private Result(@NonNull String name, @NonNull BallColor color, int ordinal, boolean complete) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public boolean isWorseThan(@NonNull Result that) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public boolean isBetterOrEqualTo(@NonNull Result that) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
