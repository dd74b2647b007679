package hudson.model.listeners;

import hudson.ExtensionPoint;
import hudson.model.Run;

/** jenkins-core: hudson/model/listeners/RunListener.java. Only onFinalized is used. */
@SuppressWarnings("rawtypes") // the real type parameter
public abstract class RunListener<R extends Run> implements ExtensionPoint {
    protected RunListener() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void onFinalized(R r) {}
}
