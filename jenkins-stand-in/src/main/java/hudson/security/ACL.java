package hudson.security;

import org.springframework.security.core.Authentication;

/** jenkins-core: hudson/security/ACL.java. Only SYSTEM2 is used. */
public abstract class ACL {
    public static final Authentication SYSTEM2 = null;

    private ACL() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
