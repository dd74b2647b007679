package io.jenkins.plugins.nosqlsnapshot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.Util;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.nosqlsnapshot.mapping.StoreProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named stores under {@code unclassified: nosqlSnapshot:}: imported from YAML, exported, and the export imported
 * again gives the same stores. Real build only ({@code -Pjenkins}); not run on the offline build.
 */
@WithJenkinsConfiguredWithCode
class ConfigurationAsCodeITest {
    @TempDir
    Path folder;

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void storesImportExportAndImportAgainUnchanged(JenkinsConfiguredWithCodeRule r) throws Exception {
        NosqlSnapshotConfiguration configuration = NosqlSnapshotConfiguration.get();
        assertEquals(List.of("prod", "test"), configuration.names());
        StoreProfile prod = configuration.profile("prod");
        assertEquals("kv-prod-login", prod.credentialsId());
        assertEquals(2, prod.minReplicasPerShard());
        assertEquals("zn1", prod.zone());
        StoreProfile test = configuration.profile("test");

        CNode exported = Util.getUnclassifiedRoot(new ConfigurationContext(ConfiguratorRegistry.get()))
                .get("nosqlSnapshot");
        String yaml = Util.toYamlString(exported);
        assertTrue(yaml.contains("kv-prod-login"), yaml);
        assertFalse(yaml.contains("null"), yaml);

        configuration.setStores(List.of());
        Path file = folder.resolve("exported.yml");
        StringBuilder again = new StringBuilder("unclassified:\n  nosqlSnapshot:\n");
        for (String line : yaml.split("\n")) {
            again.append("    ").append(line).append('\n');
        }
        Files.writeString(file, again);
        ConfigurationAsCode.get().configure(file.toUri().toString());
        assertEquals(prod, NosqlSnapshotConfiguration.get().profile("prod"));
        assertEquals(test, NosqlSnapshotConfiguration.get().profile("test"));
    }
}
