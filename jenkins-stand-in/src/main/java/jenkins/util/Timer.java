package jenkins.util;

import java.util.concurrent.ScheduledExecutorService;

/** jenkins-core: jenkins/util/Timer.java. */
public class Timer {
    private Timer() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static synchronized ScheduledExecutorService get() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
