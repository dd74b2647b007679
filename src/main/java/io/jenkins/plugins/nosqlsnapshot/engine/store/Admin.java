package io.jenkins.plugins.nosqlsnapshot.engine.store;

/** An admin service and the Storage Node that hosts it ({@code show admins -json}). */
public record Admin(String id, String storageNodeId, String status) {
    /** Whether a component id names an admin ({@code adminN}). */
    public static boolean isAdminId(String id) {
        return id.startsWith("admin");
    }
}
