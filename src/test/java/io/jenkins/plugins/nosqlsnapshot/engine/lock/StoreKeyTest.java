package io.jenkins.plugins.nosqlsnapshot.engine.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreKeyTest {
    private static final List<String> ADMIN = List.of("kv_admin");

    /** A site's DNS: node1 and node2 are single addresses, db is round-robin over both. */
    private static final Map<String, String[]> DNS = Map.of(
            "node1", new String[] {"10.0.0.5"},
            "node2", new String[] {"10.0.0.6"},
            "db", new String[] {"10.0.0.6", "10.0.0.5"});

    private static final StoreKey.Resolver SITE = host -> {
        String[] addresses = DNS.get(host);
        if (addresses == null) {
            return InetAddress.getAllByName(host); // literals and localhost
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return resolved;
    };

    private static StoreKey host(String host, int port) throws UnknownHostException {
        return StoreKey.of(new AdminTarget(ADMIN, host, port, List.of(), null, null), SITE);
    }

    private static StoreKey helpers(String list) throws UnknownHostException {
        return StoreKey.of(new AdminTarget(ADMIN, null, 0, AdminTarget.helperHosts(list), null, null), SITE);
    }

    @Test
    void localhostAndItsLoopbackAddressesAreOneStore() throws Exception {
        assertThat(host("localhost", 5000).value())
                .isEqualTo(host("127.0.0.1", 5000).value())
                .isEqualTo(host("::1", 5000).value())
                .isEqualTo("127.0.0.1:5000");
        assertThat(host("LOCALHOST", 5000).value()).isEqualTo("127.0.0.1:5000");
    }

    @Test
    void aNameAndItsAddressAreOneStoreAndTheLabelKeepsWhatWasGiven() throws Exception {
        StoreKey byName = host("node1", 5000);

        assertThat(byName.value()).isEqualTo(host("10.0.0.5", 5000).value()).isEqualTo("10.0.0.5:5000");
        assertThat(byName.label()).isEqualTo("node1:5000");
    }

    @Test
    void helperHostOrderAndRepeatsDoNotMatter() throws Exception {
        assertThat(helpers("node2:5000,node1:5000").value())
                .isEqualTo(helpers("node1:5000, node2:5000, 10.0.0.5:5000").value())
                .isEqualTo("10.0.0.5:5000,10.0.0.6:5000");
    }

    @Test
    void aNameWithSeveralAddressesIsTheSortedSetOfThem() throws Exception {
        assertThat(host("db", 5000).value())
                .isEqualTo(helpers("node1:5000,node2:5000").value());
    }

    @Test
    void differentPortsOrHostsAreDifferentStores() throws Exception {
        assertThat(host("node1", 5000).value()).isNotEqualTo(host("node1", 6000).value());
        assertThat(host("node1", 5000).value()).isNotEqualTo(host("node2", 5000).value());
        assertThat(helpers("node1:5000,node2:5000").value())
                .isNotEqualTo(helpers("node1:5000").value());
    }

    @Test
    void anIpv6AddressIsBracketedSoItsPortStaysReadable() throws Exception {
        assertThat(host("fd00::5", 5000).value()).isEqualTo("[fd00:0:0:0:0:0:0:5]:5000");
        assertThat(helpers("[fd00::5]:5000").value()).isEqualTo("[fd00:0:0:0:0:0:0:5]:5000");
    }

    @Test
    void theStoreNameKeyIsApartFromEveryEndpointKey() {
        StoreKey name = StoreKey.storeName(" kvstore ");

        assertThat(name.value()).isEqualTo("store:kvstore");
        assertThat(name.label()).isEqualTo("kvstore");
        assertThat(StoreLock.fileName(name.value())).isNotEqualTo(StoreLock.fileName("kvstore"));
        assertThatThrownBy(() -> StoreKey.storeName(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHostThatDoesNotResolveIsThrownNotGuessed() {
        StoreKey.Resolver none = host -> {
            throw new UnknownHostException(host);
        };
        assertThatThrownBy(() -> StoreKey.of(new AdminTarget(ADMIN, "nowhere", 5000, List.of(), null, null), none))
                .isInstanceOf(UnknownHostException.class);
        assertThat(StoreKey.asGiven(
                                new AdminTarget(ADMIN, null, 0, AdminTarget.helperHosts("N2:5000,n1:5000"), null, null))
                        .value())
                .isEqualTo("n1:5000,n2:5000");
    }
}
