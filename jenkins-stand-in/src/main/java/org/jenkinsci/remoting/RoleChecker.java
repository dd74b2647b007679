package org.jenkinsci.remoting;

/** remoting: org/jenkinsci/remoting/RoleChecker.java. Members trimmed; the plugin never creates or calls one. */
public abstract class RoleChecker {
    private RoleChecker() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
