package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Computer;
import hudson.remoting.VirtualChannel;
import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.jenkinsci.remoting.RoleSensitive;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

public final class FilePath implements SerializableOnlyOverRemoting {
    public FilePath(@NonNull File localPath) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public FilePath(@CheckForNull VirtualChannel channel, @NonNull String remote) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @CheckForNull Computer toComputer() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getRemote() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @NonNull FilePath child(String relOrAbsolute) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void mkdirs() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public boolean exists() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void deleteRecursive() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @NonNull List<FilePath> listDirectories() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String readToString() throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void write(final String content, final String encoding) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public <T> T act(final FileCallable<T> callable) throws IOException, InterruptedException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public interface FileCallable<T> extends Serializable, RoleSensitive {
        T invoke(File f, VirtualChannel channel) throws IOException, InterruptedException;
    }
}
