package hudson.model;

/** jenkins-core: hudson/model/Queue.java. Only the nested Task type is used (in instanceof and a cast). */
public class Queue {
    private Queue() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Trimmed: extends FullyNamed, SubTask. */
    public interface Task {
    }
}
