package io.jenkins.plugins.nosqlsnapshot.engine.store;

/**
 * What {@code ping} said of one service.
 *
 * @param status     the service status, e.g. RUNNING, STOPPED, UNREACHABLE
 * @param state      the replication state, e.g. MASTER, REPLICA; null when unknown
 * @param expected   the status the admin expects, e.g. RUNNING; null when absent
 */
public record ServiceState(String id, String status, String state, String expected) {
    public boolean isMaster() {
        return "MASTER".equals(state);
    }

    public boolean isRunning() {
        return "RUNNING".equals(status);
    }
}
