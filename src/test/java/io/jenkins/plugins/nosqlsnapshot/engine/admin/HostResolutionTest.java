package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which hosts are checked before the admin starts, and what a build says of one that does not resolve
 * ({@code .invalid} never resolves, RFC 6761).
 */
class HostResolutionTest {
    private static AdminTarget store(String host, String helperHosts) {
        return new AdminTarget(
                List.of("kv_admin"),
                host,
                5000,
                helperHosts == null ? List.of() : AdminTarget.helperHosts(helperHosts),
                null,
                null);
    }

    @Test
    void theHostOrEveryHelperHostIsChecked() {
        assertEquals(List.of("node1"), HostResolution.hostsOf(store("node1", null)));
        assertEquals(
                List.of("node1", "10.0.0.2", "node3"),
                HostResolution.hostsOf(store(null, "node1:5000, 10.0.0.2:5000,node3:6000")));
    }

    @Test
    void theFirstHostThatDoesNotResolveIsNamed() {
        assertNull(HostResolution.firstUnresolved(List.of("127.0.0.1", "localhost")));
        assertEquals(
                "nosuchhost.invalid",
                HostResolution.firstUnresolved(List.of("127.0.0.1", "nosuchhost.invalid", "other.invalid")));
    }

    @Test
    void theMessageNamesTheHostAndTheSettingItCameFrom() {
        assertEquals(
                "The host nosuchhost.invalid (store) does not resolve on the node that runs the build: no DNS or"
                        + " hosts entry knows it; check the name",
                HostResolution.message("nosuchhost.invalid", "store", " on the node that runs the build"));
        assertEquals(
                "The host nosuchhost.invalid (the endpoint of store 'prod') does not resolve on the node that runs the"
                        + " build: no DNS or hosts entry knows it; check the name",
                HostResolution.message(
                        "nosuchhost.invalid", "the endpoint of store 'prod'", " on the node that runs the build"));
        assertEquals(
                "The host nosuchhost.invalid (--host) does not resolve: no DNS or hosts entry knows it; check the name",
                HostResolution.message("nosuchhost.invalid", "--host", ""));
    }
}
