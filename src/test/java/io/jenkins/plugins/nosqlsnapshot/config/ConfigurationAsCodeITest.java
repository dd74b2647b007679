package io.jenkins.plugins.nosqlsnapshot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.casc.misc.junit.jupiter.AbstractRoundTripTest;
import io.jenkins.plugins.nosqlsnapshot.mapping.StoreProfile;
import java.util.List;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * The named stores under {@code unclassified: nosqlSnapshot:} through JCasC's standard round trip
 * ({@code AbstractRoundTripTest} of configuration-as-code's test-harness, JUnit 5): applied from YAML, checked and
 * applied again through the web UI, written to {@code jenkins.yaml}, Jenkins restarted, and the same stores
 * configured after the restart.
 */
class ConfigurationAsCodeITest extends AbstractRoundTripTest {
    @Override
    protected String configResource() {
        return "configuration-as-code.yml";
    }

    @Override
    protected void assertConfiguredAsExpected(JenkinsRule j, String configContent) {
        NosqlSnapshotConfiguration configuration = NosqlSnapshotConfiguration.get();
        assertEquals(List.of("prod", "test"), configuration.names());
        StoreProfile prod = configuration.profile("prod");
        assertEquals("kv-prod-login", prod.credentialsId());
        assertEquals(2, prod.minReplicasPerShard());
        assertEquals("zn1", prod.zone());
        assertEquals("-Xmx512m", prod.adminJavaOptions());
        assertTrue(prod.adminStartupFlags());
        assertFalse(prod.adminClassDataSharing());
        StoreProfile test = configuration.profile("test");
        assertNull(test.credentialsId());
        assertTrue(test.adminClassDataSharing());
        assertEquals("/etc/kv/client.security", test.securityFile());
    }

    /** JCasC logs {@code Setting class ...NosqlStore.endpoint = kvtest:5000} while it applies the file. */
    @Override
    protected String stringInLogExpected() {
        return "kvtest:5000";
    }
}
