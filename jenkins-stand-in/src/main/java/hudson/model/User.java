package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.security.AccessControlled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * jenkins-core: hudson/model/User.java. Trimmed: implements DescriptorByNameOwner, Loadable, Saveable,
 * Comparable&lt;User&gt;, ModelObjectWithContextMenu, StaplerProxy; only getById and impersonate2 are used.
 */
public class User extends AbstractModelObject implements AccessControlled {
    private User() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static @Nullable User getById(String id, boolean create) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @NonNull Authentication impersonate2() throws UsernameNotFoundException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
