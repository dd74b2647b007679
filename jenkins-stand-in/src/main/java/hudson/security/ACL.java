package hudson.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** jenkins-core: hudson/security/ACL.java. Only SYSTEM2 is used. */
public abstract class ACL {
    // as the real one, a real object: SpotBugs must not see a null where Jenkins passes the SYSTEM authentication
    public static final Authentication SYSTEM2 = new UsernamePasswordAuthenticationToken("SYSTEM", "SYSTEM");

    private ACL() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
