package io.jenkins.plugins.nosqlsnapshot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The global configuration's {@code configure(StaplerRequest2, JSONObject)} empties the store list before it binds
 * the form: the web form sends no {@code stores} key once the last store is deleted, and a bind alone would keep
 * it. Read from the compiled class (no Jenkins type is loaded); the real round trip is in
 * {@code GlobalConfigurationITest}.
 */
class ConfigureBindsAfterClearingTest {
    @Test
    void storesAreClearedThenBound() {
        // by name: loading the class itself would need GlobalConfiguration, which is not on the test class path
        JavaClass type = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jenkins.plugins.nosqlsnapshot.config")
                .get("io.jenkins.plugins.nosqlsnapshot.config.NosqlSnapshotConfiguration");
        JavaMethod configure =
                type.getMethod("configure", "org.kohsuke.stapler.StaplerRequest2", "net.sf.json.JSONObject");
        List<JavaCall<?>> calls = configure.getCallsFromSelf().stream()
                .filter(c -> c.getName().equals("setStores") || c.getName().equals("bindJSON"))
                .sorted((a, b) -> Integer.compare(a.getLineNumber(), b.getLineNumber()))
                .toList();
        assertEquals(
                List.of("setStores", "bindJSON"),
                calls.stream().map(JavaCall::getName).toList(),
                "configure must call setStores(empty) and then req.bindJSON(this, json)");
        assertEquals(
                "org.kohsuke.stapler.StaplerRequest2",
                calls.get(1).getTargetOwner().getName());
    }
}
