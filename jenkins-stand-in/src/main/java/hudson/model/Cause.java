package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * jenkins-core: hudson/model/Cause.java. Only the causes the plugin reads to learn who started a build. Trimmed: the
 * members, and @ExportedBean.
 */
public abstract class Cause {
    /** Started by a user (or anonymous, userId null). */
    public static class UserIdCause extends Cause {
        public UserIdCause(@CheckForNull String userId) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        @CheckForNull
        public String getUserId() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }

    /** Started remotely by a token. */
    public static class RemoteCause extends Cause {
        public RemoteCause(String host, String note) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }

    /** Started by another build. */
    public static class UpstreamCause extends Cause {
        public UpstreamCause(Run<?, ?> up) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }

        public @CheckForNull Run<?, ?> getUpstreamRun() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }
}
