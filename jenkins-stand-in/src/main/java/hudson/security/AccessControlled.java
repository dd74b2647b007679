package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.core.Authentication;

public interface AccessControlled {
    default boolean hasPermission(@NonNull Permission permission) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    default boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
