package io.jenkins.plugins.nosqlsnapshot.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hudson.model.Describable;
import hudson.model.Descriptor;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlStore;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlRestoreCheckBuilder;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.freestyle.StoreConnectionBuilder;
import io.jenkins.plugins.nosqlsnapshot.steps.NosqlPruneStep;
import io.jenkins.plugins.nosqlsnapshot.steps.NosqlRestoreCheckStep;
import io.jenkins.plugins.nosqlsnapshot.steps.NosqlSnapshotStep;
import io.jenkins.plugins.nosqlsnapshot.testing.JenkinsPerClassITestBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jenkins.model.Jenkins;
import org.htmlunit.Page;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlOption;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * The shared connection fragments in a real Jenkins 2.541.3: every builder's form, rendered from its
 * {@code config.jelly} and the fragments it includes, carries every connection field through a save; every field of
 * every form has a help page that Jenkins serves, through the redirects to the one copy; the {@code nosqlPrune} form
 * the Snippet Generator renders has the connection fields and their help.
 */
@SuppressWarnings("rawtypes") // Jenkins.getDescriptorOrDie(Class<? extends Describable>), as real
class ConnectionFormsITest extends JenkinsPerClassITestBase {
    private static final List<String> PRUNE_FORM = List.of("snapshotName", "keep", "maxAge", "dryRun", "archive");

    @Test
    void everyBuildersFormKeepsEveryConnectionFieldThroughASave() throws Exception {
        NosqlSnapshotBuilder snapshot = withEveryConnectionField(new NosqlSnapshotBuilder("db1:5000", "nightly"));
        snapshot.setKeep(4);
        j.assertEqualDataBoundBeans(snapshot, j.configRoundtrip(snapshot));

        NosqlRestoreCheckBuilder restoreCheck = withEveryConnectionField(new NosqlRestoreCheckBuilder("db1:5000"));
        restoreCheck.setFromBuild("lastSuccessful");
        j.assertEqualDataBoundBeans(restoreCheck, j.configRoundtrip(restoreCheck));
    }

    @Test
    void everyFieldOfEveryFormHasAHelpPageThatJenkinsServes() throws Exception {
        Map<Class<? extends Describable>, List<String>> forms = new LinkedHashMap<>();
        forms.put(NosqlSnapshotBuilder.class, withConnection(HelpRedirects.SNAPSHOT_FORM));
        forms.put(NosqlSnapshotStep.class, withConnection(HelpRedirects.SNAPSHOT_FORM));
        forms.put(NosqlRestoreCheckBuilder.class, withConnection(HelpRedirects.RESTORE_CHECK_FORM));
        forms.put(NosqlRestoreCheckStep.class, withConnection(HelpRedirects.RESTORE_CHECK_FORM));
        forms.put(NosqlPruneStep.class, withConnection(PRUNE_FORM));
        forms.put(NosqlStore.class, HelpRedirects.SHARED_WITH_STORE);
        Map<String, String> urls = j.executeOnServer(() -> {
            Map<String, String> found = new LinkedHashMap<>();
            forms.forEach((type, fields) -> {
                Descriptor<?> descriptor = Jenkins.get().getDescriptorOrDie(type);
                for (String field : fields) {
                    found.put(type.getSimpleName() + "." + field, descriptor.getHelpFile(field));
                }
            });
            return found;
        });
        JenkinsRule.WebClient wc = j.createWebClient();
        List<String> problems = new ArrayList<>();
        urls.forEach((field, url) -> {
            if (url == null) {
                problems.add(field + ": no help");
                return;
            }
            try {
                Page page = wc.goTo(url.substring(1), null);
                String text = page.getWebResponse().getContentAsString();
                if (page.getWebResponse().getStatusCode() != 200 || !text.contains("<div")) {
                    problems.add(field + ": " + url + " answers "
                            + page.getWebResponse().getStatusCode());
                }
            } catch (Exception e) {
                problems.add(field + ": " + url + " failed: " + e);
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertEquals(
                "/descriptor/" + NosqlSnapshotBuilder.class.getName() + "/help/store",
                urls.get("NosqlPruneStep.store"),
                "a step's store help is the one page, served through a builder");
        assertEquals(
                "/descriptor/" + NosqlStore.class.getName() + "/help/kvstoreJar",
                urls.get("NosqlRestoreCheckBuilder.kvstoreJar"));
        assertEquals("/descriptor/" + NosqlStore.class.getName() + "/help/zone", urls.get("NosqlSnapshotStep.zone"));
        assertEquals(
                "/descriptor/" + NosqlPruneStep.class.getName() + "/help/dryRun", urls.get("NosqlPruneStep.dryRun"));
        String storeHelp = wc.goTo(urls.get("NosqlPruneStep.store").substring(1), null)
                .getWebResponse()
                .getContentAsString();
        assertTrue(storeHelp.contains("Where the admin CLI connects"), storeHelp);
    }

    @Test
    void theSnippetGeneratorRendersThePruneFormWithTheConnectionFields() throws Exception {
        WorkflowJob p = j.createProject(WorkflowJob.class, "snippets");
        JenkinsRule.WebClient wc = j.createWebClient();
        HtmlPage page = wc.getPage(p, "pipeline-syntax");
        // the "Sample Step" list: f:dropdownList renders a select.dropdownList before the div named "prototype"
        HtmlSelect prototype = page.querySelector("select.dropdownList");
        HtmlOption prune = prototype.getOptions().stream()
                .filter(o -> o.getText().startsWith(NosqlPruneStep.DescriptorImpl.FUNCTION_NAME + ":"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no nosqlPrune in " + prototype.asXml()));
        prototype.setSelectedAttribute(prune, true);
        wc.waitForBackgroundJavaScript(10_000);
        List<String> inputs = new ArrayList<>();
        List<String> helpUrls = new ArrayList<>();
        for (DomElement element : page.getElementsByTagName("*")) {
            String name = element.getAttribute("name");
            if (name.startsWith("_.")) {
                inputs.add(name.substring(2));
            }
            String help = element.getAttribute("helpURL");
            if (!help.isEmpty() && help.contains("nosqlsnapshot")) {
                helpUrls.add(help);
            }
        }
        for (String field : withConnection(PRUNE_FORM)) {
            assertTrue(inputs.contains(field), "no input of " + field + " in the rendered nosqlPrune form: " + inputs);
        }
        assertFalse(helpUrls.isEmpty(), "no help links");
        for (String url : helpUrls) {
            String path = url.substring(url.indexOf("/descriptor/") + 1);
            assertEquals(200, wc.goTo(path, null).getWebResponse().getStatusCode(), url);
        }
        assertTrue(
                helpUrls.stream().anyMatch(u -> u.endsWith(NosqlStore.class.getName() + "/help/securityFile")),
                "the login's help is the store's: " + helpUrls);
    }

    /** Every connection field off its default; credentialsId is left out: its list is filled by a request the save does not wait for. */
    private static <B extends StoreConnectionBuilder> B withEveryConnectionField(B builder) {
        builder.setKvstoreJar("/opt/kv/lib/kvstore.jar");
        builder.setJavaCommand("/opt/jdk/bin/java");
        builder.setAdminJavaOptions("-Xmx512m");
        builder.setAdminStartupFlags(false);
        builder.setAdminClassDataSharing(false);
        builder.setAdminCommand("kv_admin");
        builder.setSecurityFile("/etc/kv/client.security");
        builder.setLoginFile("security/client.security");
        builder.setUsername("backup");
        builder.setCommandTimeoutMinutes(7);
        builder.setTimeoutMinutes(45);
        builder.setLockTimeout("2h");
        builder.setArchive(false);
        return builder;
    }

    private static List<String> withConnection(List<String> own) {
        return Stream.of(HelpRedirects.CONNECTION, HelpRedirects.ADMIN_AND_LOGIN, own)
                .flatMap(List::stream)
                .distinct()
                .toList();
    }
}
