package hudson.model;

import java.util.List;

import edu.umd.cs.findbugs.annotations.NonNull;

public abstract class Actionable {
    public boolean addOrReplaceAction(@NonNull Action a) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public <T extends Action> List<T> getActions(Class<T> type) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void addAction(@NonNull Action a) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
