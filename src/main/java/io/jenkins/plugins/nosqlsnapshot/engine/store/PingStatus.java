package io.jenkins.plugins.nosqlsnapshot.engine.store;

import java.util.Map;

/**
 * The store's health at one moment ({@code ping -json}).
 *
 * @param services         every RN and admin by id
 * @param storageNodes     each SN's own service status by id, e.g. RUNNING or UNREACHABLE
 */
public record PingStatus(
        String storeName,
        String version,
        long topologySequence,
        Map<String, ServiceState> services,
        Map<String, String> storageNodes) {
    public PingStatus {
        services = Map.copyOf(services);
        storageNodes = Map.copyOf(storageNodes);
    }

    public ServiceState service(String id) {
        return services.get(id);
    }
}
