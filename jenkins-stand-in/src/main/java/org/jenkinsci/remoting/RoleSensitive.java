package org.jenkinsci.remoting;

/** remoting: org/jenkinsci/remoting/RoleSensitive.java. */
public interface RoleSensitive {
    void checkRoles(RoleChecker checker) throws SecurityException;
}
