package jenkins.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * jenkins-core: jenkins/util/VirtualFile.java ({@code @since 1.532}). Only the members the plugin calls, all abstract
 * as in the real class (the plugin never implements one: {@code ArtifactManager.root()} hands them out).
 */
public abstract class VirtualFile implements Comparable<VirtualFile>, Serializable {
    VirtualFile() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public abstract @NonNull String getName();

    public abstract boolean isDirectory() throws IOException;

    public abstract boolean isFile() throws IOException;

    public abstract @NonNull VirtualFile[] list() throws IOException;

    public abstract @NonNull VirtualFile child(@NonNull String name);

    public abstract InputStream open() throws IOException;

    @Override
    public final int compareTo(VirtualFile o) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
