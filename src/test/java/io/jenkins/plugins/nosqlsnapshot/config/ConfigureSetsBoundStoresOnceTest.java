package io.jenkins.plugins.nosqlsnapshot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The global configuration's {@code configure(StaplerRequest2, JSONObject)} binds the submitted stores into a new
 * list ({@code StaplerRequest2.bindJSONToList}, which returns an empty list when the form sends no {@code stores}
 * key, as it does once the last store is deleted) and then sets that list once: nothing is saved before the bind,
 * so a bind that throws leaves the saved stores. Read from the compiled class (loading it would need
 * {@code GlobalConfiguration}, which is not on the offline test class path); {@code GlobalConfigurationITest}
 * submits the real form.
 */
class ConfigureSetsBoundStoresOnceTest {
    private static final String REQUEST = "org.kohsuke.stapler.StaplerRequest2";

    private static List<JavaCall<?>> callsOfConfigure() {
        JavaClass type = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jenkins.plugins.nosqlsnapshot.config")
                .get("io.jenkins.plugins.nosqlsnapshot.config.NosqlSnapshotConfiguration");
        JavaMethod configure = type.getMethod("configure", REQUEST, "net.sf.json.JSONObject");
        return configure.getCallsFromSelf().stream()
                .sorted(Comparator.comparingInt(JavaCall::getLineNumber))
                .toList();
    }

    @Test
    void theStoresAreBoundIntoANewListFirstAndSetOnceAfterwards() {
        List<String> relevant = callsOfConfigure().stream()
                .filter(c -> c.getTargetOwner().getName().equals(REQUEST)
                        || c.getName().equals("setStores")
                        || c.getName().equals("save"))
                .map(c -> c.getTargetOwner().getSimpleName() + "." + c.getName())
                .toList();
        assertEquals(
                List.of("StaplerRequest2.bindJSONToList", "NosqlSnapshotConfiguration.setStores"),
                relevant,
                "configure must bind with req.bindJSONToList(NosqlStore.class, json.opt(\"stores\")) and only then"
                        + " call setStores once: no save or setStores before the bind, no bindJSON(this, json)");
    }

    @Test
    void aMissingStoresKeyReachesTheBindAsNull() {
        // JSONObject.opt returns null for a missing key, which bindJSONToList turns into an empty list; get() would
        // throw and keep the deleted store
        List<String> jsonCalls = callsOfConfigure().stream()
                .filter(c -> c.getTargetOwner().getName().equals("net.sf.json.JSONObject"))
                .map(JavaCall::getName)
                .toList();
        assertEquals(List.of("opt"), jsonCalls);
    }
}
