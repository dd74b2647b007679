package org.jvnet.hudson.reactor;

/** task-reactor 1.9 (jenkinsci/lib-task-reactor): only in the throws clause of Jenkins' constructor. */
public class ReactorException extends Exception {
    ReactorException(Throwable cause) {
        super(cause);
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
