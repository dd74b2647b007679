package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * jenkins-core: hudson/model/Queue.java. Trimmed: implements Saveable. Only the nested Task type is used (in
 * instanceof and a cast).
 */
public class Queue extends ResourceController {
    public Queue(@NonNull LoadBalancer loadBalancer) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Trimmed: extends FullyNamed, SubTask. */
    public interface Task {}
}
