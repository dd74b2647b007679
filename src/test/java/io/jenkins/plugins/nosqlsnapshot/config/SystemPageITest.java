package io.jenkins.plugins.nosqlsnapshot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Manage Jenkins &gt; System as an administrator sees it: the "Oracle NoSQL stores" section, its form and the Save
 * button are there with a store and with none (a store title that Stapler could not render once cost the page its
 * Save button), and a store with every field set comes back unchanged from a save of the page.
 */
@WithJenkins
class SystemPageITest {
    private static final String SECTION = "Oracle NoSQL stores";

    @Test
    void withoutAStoreTheSectionOffersToAddOneAndThePageCanBeSaved(JenkinsRule j) throws Exception {
        NosqlSnapshotConfiguration.get().setStores(List.of());

        HtmlPage page = systemPage(j);
        HtmlForm form = page.getFormByName("config");

        assertTrue(page.asNormalizedText().contains(SECTION), "the section's title is shown");
        assertTrue(hasButton(form, "Add store"), "the section offers to add a store");
        assertNotNull(j.getButtonByCaption(form, "Save"), "the page keeps its Save button");
    }

    @Test
    void aStoresFieldsAreShownAndComeBackUnchangedFromASave(JenkinsRule j) throws Exception {
        NosqlStore prod = new NosqlStore("prod", "node1:5000,node2:5000");
        prod.setKvstoreJar("/opt/kv/lib/kvstore.jar");
        prod.setJavaCommand("/usr/lib/jvm/java-17/bin/java");
        prod.setSecurityFile("/etc/kv/client.security");
        prod.setUsername("backup");
        prod.setZone("zn1");
        prod.setOnPartial("FAILURE");
        prod.setOnConfigFailure("SUCCESS");
        prod.setMinReplicasPerShard(2);
        prod.setPreflight("WARN");
        NosqlSnapshotConfiguration configuration = NosqlSnapshotConfiguration.get();
        configuration.setStores(List.of(prod));

        JenkinsRule.WebClient wc = j.createWebClient();
        HtmlPage page = wc.goTo("manage/configure");
        wc.waitForBackgroundJavaScript(5000);
        HtmlForm form = page.getFormByName("config");

        assertTrue(page.asNormalizedText().contains(SECTION), "the section's title is shown");
        assertNotNull(j.getButtonByCaption(form, "Save"), "the page keeps its Save button");
        assertEquals("node1:5000,node2:5000", form.getInputByName("_.endpoint").getValue());
        assertEquals("zn1", form.getInputByName("_.zone").getValue());
        HtmlSelect onPartial = form.getSelectByName("_.onPartial");
        assertTrue(
                onPartial.getOptions().stream().map(HtmlOption::getText).anyMatch("(default: UNSTABLE)"::equals),
                "the store's own default is named as such: " + onPartial.getOptions());

        j.submit(form);

        assertEquals(List.of("prod"), configuration.names());
        j.assertEqualDataBoundBeans(prod, configuration.getStores().get(0));
        configuration.load();
        j.assertEqualDataBoundBeans(prod, configuration.getStores().get(0));
    }

    private static HtmlPage systemPage(JenkinsRule j) throws Exception {
        return j.createWebClient().goTo("manage/configure");
    }

    private static boolean hasButton(HtmlForm form, String caption) {
        for (HtmlElement button : form.getElementsByTagName("button")) {
            if (button.getTextContent().strip().contains(caption)) {
                return true;
            }
        }
        return false;
    }
}
