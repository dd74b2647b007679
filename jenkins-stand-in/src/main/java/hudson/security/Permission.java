package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;

public final class Permission {
    private Permission(@NonNull PermissionGroup group, @NonNull String name) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
