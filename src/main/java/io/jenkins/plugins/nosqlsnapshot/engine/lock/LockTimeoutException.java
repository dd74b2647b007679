package io.jenkins.plugins.nosqlsnapshot.engine.lock;

import java.io.IOException;

/** Another run kept the store's lock longer than this run was willing to wait; the message names the holder. */
public final class LockTimeoutException extends IOException {
    private static final long serialVersionUID = 1L;

    public LockTimeoutException(String message) {
        super(message);
    }
}
