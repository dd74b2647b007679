package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.jvnet.localizer.Localizable;

/**
 * jenkins-core: hudson/security/PermissionGroup.java. Trimmed: implements Iterable&lt;Permission&gt;,
 * Comparable&lt;PermissionGroup&gt;, and every member; only the parameter type of Permission's constructor.
 */
public final class PermissionGroup {
    public PermissionGroup(@NonNull Class owner, Localizable title) throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
