package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Whether the hosts of a store's endpoint resolve, checked on the node that runs the admin before it starts: the
 * admin CLI says "Cannot connect to any admins" for a name no DNS knows as for a closed port, so a typo would read
 * like a store that is down. The CLI checks on its machine, the plugin runs {@link #firstUnresolved} on the build's
 * node.
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
     * The one line a run stops with.
     *
     * @param setting where the host came from, e.g. {@code --host} or {@code the endpoint of store 'prod'}
     * @param where   where it was looked up, e.g. {@code " on the node that runs the build"}, or empty
     */
    public static String message(String host, String setting, String where) {
        return "The host " + host + " (" + setting + ") does not resolve" + where
                + ": no DNS or hosts entry knows it; check the name";
    }
}
