package io.jenkins.plugins.nosqlsnapshot.engine.lock;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What one store's lock is keyed by, so that every run against the store meets on the same lock file whatever it
 * was given: either its endpoints, normalised, or (once connected) the store's name from its topology.
 *
 * <p>Endpoints are normalised by resolving each host to its addresses: the key is the sorted, de-duplicated set of
 * {@code address:port} of the {@code --host/--port} or of every helper host, so {@code node1:5000} and
 * {@code 10.0.0.5:5000} meet, and helper hosts given in any order meet. Every loopback address ({@code localhost},
 * {@code 127.0.0.1}, {@code ::1}) is written {@code 127.0.0.1}: they all reach the Storage Node on this host.
 *
 * @param value what the lock file's name is derived from ({@link StoreLock#fileName}), e.g.
 *              {@code 10.0.0.5:5000,10.0.0.6:5000} or {@code store:kvstore}
 * @param label how messages name the store, e.g. {@code node1:5000} or {@code kvstore}
 */
public record StoreKey(String value, String label) {
    static final String NAME_PREFIX = "store:";

    public StoreKey {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The store key is empty; give the store's endpoint, e.g. host:port");
        }
        label = label == null || label.isBlank() ? value : label;
    }

    /** Looks a host name up; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        Resolver SYSTEM = InetAddress::getAllByName;

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * The target's endpoints, resolved on this host. Host resolution is checked before a run starts (a name that
     * does not resolve is the user's mistake), so a failure here is rare: it is thrown, not papered over.
     */
    public static StoreKey of(AdminTarget target) throws UnknownHostException {
        return of(target, Resolver.SYSTEM);
    }

    public static StoreKey of(AdminTarget target, Resolver resolver) throws UnknownHostException {
        List<String> endpoints = target.helperHosts().isEmpty()
                ? List.of(target.host().strip() + ":" + target.port())
                : target.helperHosts();
        TreeSet<String> resolved = new TreeSet<>();
        for (String endpoint : endpoints) {
            int colon = endpoint.lastIndexOf(':');
            String host = unbracketed(endpoint.substring(0, colon).strip());
            String port = endpoint.substring(colon + 1).strip();
            for (InetAddress address : resolver.resolve(host)) {
                resolved.add(address(address) + ":" + Integer.parseInt(port));
            }
        }
        if (resolved.isEmpty()) {
            throw new UnknownHostException("No address for " + target.endpoint());
        }
        return new StoreKey(String.join(",", resolved), target.endpoint());
    }

    /**
     * The endpoints as given, lower-cased and sorted, unresolved: for a host where a name does not resolve although
     * the admin's host may resolve it (a Jenkins controller keys the lock of a build whose agent has other DNS).
     */
    public static StoreKey asGiven(AdminTarget target) {
        List<String> endpoints = target.helperHosts().isEmpty()
                ? List.of(target.host().strip() + ":" + target.port())
                : target.helperHosts();
        TreeSet<String> sorted = new TreeSet<>();
        endpoints.forEach(endpoint -> sorted.add(endpoint.strip().toLowerCase(Locale.ROOT)));
        return new StoreKey(String.join(",", sorted), target.endpoint());
    }

    /** The store's own name, from {@code show topology}: the same whichever admin a run reached it through. */
    public static StoreKey storeName(String storeName) {
        if (storeName == null || storeName.isBlank()) {
            throw new IllegalArgumentException("The store name is empty");
        }
        return new StoreKey(NAME_PREFIX + storeName.strip(), storeName.strip());
    }

    private static String address(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "127.0.0.1";
        }
        String text = address.getHostAddress().toLowerCase(Locale.ROOT);
        return address instanceof Inet6Address ? "[" + text + "]" : text;
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
