package io.jenkins.plugins.nosqlsnapshot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.sf.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.Stapler;

/**
 * Manage Jenkins &gt; System: the stores survive a save of the page, and deleting the last one sticks (the form
 * then sends no {@code stores} key at all), and a submit that cannot be bound changes nothing.
 */
@WithJenkins
class GlobalConfigurationITest {
    @Test
    void storesSurviveASaveAndDeletingTheLastOneSticks(JenkinsRule j) throws Exception {
        NosqlSnapshotConfiguration configuration = NosqlSnapshotConfiguration.get();
        NosqlStore prod = new NosqlStore("prod", "node1:5000");
        prod.setKvstoreJar("/opt/kv/lib/kvstore.jar");
        configuration.setStores(List.of(prod));

        j.configRoundtrip();
        assertEquals(List.of("prod"), configuration.names());
        j.assertEqualDataBoundBeans(prod, configuration.getStores().get(0));

        // what the page submits once the last store's delete button was pressed
        j.executeOnServer(() -> configuration.configure(Stapler.getCurrentRequest2(), new JSONObject()));
        assertEquals(List.of(), configuration.names());
        configuration.load();
        assertEquals(List.of(), configuration.names(), "the empty list was saved");
    }

    @Test
    void aSubmitThatCannotBeBoundKeepsTheSavedStores(JenkinsRule j) throws Exception {
        NosqlSnapshotConfiguration configuration = NosqlSnapshotConfiguration.get();
        NosqlStore prod = new NosqlStore("prod", "node1:5000");
        prod.setKvstoreJar("/opt/kv/lib/kvstore.jar");
        configuration.setStores(List.of(prod));

        // RequestImpl's convertJSON refuses a $class that is not a NosqlStore (IllegalArgumentException)
        JSONObject malformed =
                new JSONObject().element("stores", new JSONObject().element("$class", "java.lang.String"));
        assertThrows(
                IllegalArgumentException.class,
                () -> j.executeOnServer(() -> configuration.configure(Stapler.getCurrentRequest2(), malformed)));
        assertEquals(List.of("prod"), configuration.names());
        configuration.load();
        assertEquals(List.of("prod"), configuration.names(), "nothing was saved before the bind");
    }
}
