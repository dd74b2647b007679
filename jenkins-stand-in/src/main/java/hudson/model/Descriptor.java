package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import jenkins.model.OnMaster;

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
}
