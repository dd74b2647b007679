package io.jenkins.plugins.nosqlsnapshot.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jenkins.plugins.nosqlsnapshot.Messages;
import io.jenkins.plugins.nosqlsnapshot.mapping.FieldCheck;
import io.jenkins.plugins.nosqlsnapshot.mapping.LifecycleFieldCheck;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jvnet.localizer.ResourceBundleHolder;

/**
 * The form shows a check's text through localizer, as {@code FormSupport.localized} does (the holder of the
 * generated {@code Messages}, in Jenkins' current locale): the same text as the Jenkins-free
 * {@link FieldCheck#message()}, arguments included. Needs only localizer, no Jenkins type.
 */
class FieldCheckMessagesTest {
    private static final ResourceBundleHolder HOLDER = ResourceBundleHolder.get(Messages.class);

    @Test
    void localizerRendersTheChecksAsTheMessageFileSays() {
        List<FieldCheck> checks = List.of(
                FieldCheck.endpoint("${KV_STORE}"),
                FieldCheck.snapshotName(""),
                FieldCheck.snapshotName("a b"),
                FieldCheck.store("prd", List.of("prod", "test")),
                FieldCheck.store("prd", List.of()),
                FieldCheck.storeName("a:b"),
                FieldCheck.loginFile("x", null),
                FieldCheck.positive("0"),
                FieldCheck.adminJavaOptions("-Xmx512m\nXms64m", null),
                FieldCheck.adminJavaOptions("-Xmx512m", "kv_admin"),
                LifecycleFieldCheck.fromBuild(null, null),
                LifecycleFieldCheck.keep("x"));
        for (FieldCheck check : checks) {
            assertEquals(
                    check.message(), HOLDER.format(check.key(), check.args().toArray()), check.key());
        }
        assertEquals(
                "No store named \"prd\" in Manage Jenkins > System > Oracle NoSQL stores; or give host:port",
                HOLDER.format("FieldCheck.NoSuchStore", "prd"));
    }
}
