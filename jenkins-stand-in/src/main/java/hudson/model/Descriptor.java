package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.util.io.OnMaster;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

public abstract class Descriptor<T extends Describable<T>> implements Saveable, OnMaster {
    protected Descriptor(Class<? extends T> clazz) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    protected Descriptor() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public synchronized void save() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getGlobalConfigPage() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** The help of {@code fieldName} is that of {@code fieldNameToRedirectTo} in {@code owner}'s folder (raw, as real). */
    protected void addHelpFileRedirect(
            String fieldName, Class<? extends Describable> owner, String fieldNameToRedirectTo) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** jenkins-core: the Stapler 2 (jakarta) overload; the deprecated StaplerRequest overloads are left out. */
    public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Trimmed: {@code implements HttpResponse} left out; one of the real constructors (the plugin throws none). */
    public static final class FormException extends Exception {
        public FormException(String message, String formField) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }
}
