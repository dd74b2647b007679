package hudson.security;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

public final class Permission {
    /**
     * The stand-in's constants ({@code Item.CONFIGURE}, {@code Jenkins.ADMINISTER}, ...) are built with this real
     * constructor rather than left {@code null}, so that SpotBugs judges the plugin's calls as it does against the
     * real, never-null constants.
     */
    @Deprecated
    public Permission(@NonNull PermissionGroup group, @NonNull String name, @CheckForNull Permission impliedBy) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    private Permission(@NonNull PermissionGroup group, @NonNull String name) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
