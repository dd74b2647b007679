package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Queue;
import org.springframework.security.core.Authentication;

/** jenkins-core: hudson/model/queue/Tasks.java. */
public class Tasks {
    private Tasks() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public static Authentication getAuthenticationOf2(@NonNull Queue.Task t) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
