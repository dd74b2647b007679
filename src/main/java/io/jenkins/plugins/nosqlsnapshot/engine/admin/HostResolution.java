package io.jenkins.plugins.nosqlsnapshot.mapping;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Whether the hosts of a store's endpoint resolve, checked on the node that runs the admin before it starts: the
 * admin CLI says "Cannot connect to any admins" for a name no DNS knows as for a closed port, so a typo would read
 * like a store that is down. Jenkins-free; the glue runs {@link #firstUnresolved} on the build's node.
 */
public final class HostResolution {
    private HostResolution() {}

    /** The host names to check: {@code host}, or the host of every helper host, in the order given. */
    public static List<String> hostsOf(AdminTarget target) {
        return target.helperHosts().isEmpty()
                ? List.of(target.host())
                : target.helperHosts().stream()
                        .map(h -> h.substring(0, h.lastIndexOf(':')))
                        .toList();
    }

    /** The first of {@code hosts} that does not resolve where this runs, or null when all do. */
    public static String firstUnresolved(List<String> hosts) {
        for (String host : hosts) {
            try {
                InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                return host;
            }
        }
        return null;
    }

    /**
     * The one line a build stops with, as the CLI's: which host, from which setting.
     *
     * @param storeName the named store the endpoint came from, or null for the step's own {@code store}
     */
    public static String message(String host, String storeName) {
        String from = storeName == null ? "store" : "the endpoint of store '" + storeName + "'";
        return "The host " + host + " (" + from + ") does not resolve on the node that runs the build: no DNS or hosts"
                + " entry knows it; check the name";
    }
}
