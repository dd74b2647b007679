package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.IOException;
import jenkins.model.ArtifactManager;
import jenkins.util.io.OnMaster;
import org.springframework.security.access.AccessDeniedException;

public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements ExtensionPoint, Comparable<RunT>, AccessControlled, OnMaster {
    public static final Permission ARTIFACTS = new Permission(null, "Artifacts", null);

    protected Run(@NonNull JobT job) throws IOException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @CheckForNull <T extends Cause> T getCause(Class<T> type) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @CheckForNull Result getResult() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void setResult(@NonNull Result r) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public final synchronized @NonNull ArtifactManager pickArtifactManager() throws IOException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public final @NonNull ArtifactManager getArtifactManager() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @NonNull JobT getParent() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @NonNull String getExternalizableId() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static @CheckForNull Run<?, ?> fromExternalizableId(String id)
            throws IllegalArgumentException, AccessDeniedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @CheckForNull RunT getPreviousBuild() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getFullDisplayName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public int compareTo(@NonNull RunT that) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
