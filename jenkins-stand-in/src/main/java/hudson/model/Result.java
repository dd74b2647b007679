package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

public final class Result implements Serializable {
    public static final @NonNull Result SUCCESS = new Result("SUCCESS", null, 0, true);
    public static final @NonNull Result UNSTABLE = new Result("UNSTABLE", null, 1, true);
    public static final @NonNull Result FAILURE = new Result("FAILURE", null, 2, true);
    public static final @NonNull Result NOT_BUILT = new Result("NOT_BUILT", null, 3, false);
    public static final @NonNull Result ABORTED = new Result("ABORTED", null, 4, false);

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
