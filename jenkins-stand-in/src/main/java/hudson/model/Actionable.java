package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

/** jenkins-core: hudson/model/Actionable.java. Trimmed: implements ModelObjectWithContextMenu. */
public abstract class Actionable extends AbstractModelObject {
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
