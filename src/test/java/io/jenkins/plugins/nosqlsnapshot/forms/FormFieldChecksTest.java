package io.jenkins.plugins.nosqlsnapshot.forms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A field that one form validates is validated in every form that has it, with the same Jenkins-free check: each
 * describable with a {@code @DataBoundSetter} for one of these fields has a {@code doCheck<Field>} on its descriptor
 * that calls the check named here. Read from the compiled classes (no Jenkins type is loaded).
 */
class FormFieldChecksTest {
    private static final String PACKAGE = "io.jenkins.plugins.nosqlsnapshot";
    private static final String SETTER = "org.kohsuke.stapler.DataBoundSetter";
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGE);

    /** Field name to the check ("Class.method", a method name prefix) every form must run for it. */
    private static final Map<String, String> CHECKS = Map.ofEntries(
            Map.entry("keep", "LifecycleFieldCheck.keep"),
            Map.entry("maxAge", "LifecycleFieldCheck.duration"),
            Map.entry("lockTimeout", "LifecycleFieldCheck.duration"),
            Map.entry("kvstoreJar", "FieldCheck.kvstoreJar"),
            Map.entry("javaCommand", "FieldCheck.javaCommand"),
            Map.entry("adminJavaOptions", "FieldCheck.adminJavaOptions"),
            Map.entry("adminCommand", "FieldCheck.adminCommand"),
            Map.entry("securityFile", "FieldCheck.securityFile"),
            Map.entry("credentialsId", "FormSupport.checkCredentialsFor"),
            Map.entry("loginFile", "FieldCheck.loginFile"),
            Map.entry("username", "FieldCheck.username"),
            Map.entry("minReplicasPerShard", "FieldCheck.optionalPositive"),
            Map.entry("commandTimeoutMinutes", "FieldCheck.positive"),
            Map.entry("timeoutMinutes", "FieldCheck.positive"));

    @Test
    void everyFormChecksTheSharedFields() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (JavaClass type : PLUGIN) {
            Optional<JavaClass> descriptor = PLUGIN.stream()
                    .filter(c -> c.getName().equals(type.getName() + "$DescriptorImpl"))
                    .findFirst();
            if (descriptor.isEmpty()) {
                continue;
            }
            // declared or inherited (the shared connection fields live in StoreConnectionBuilder/StoreConnectionStep)
            for (JavaMethod setter : type.getAllMethods()) {
                if (!setter.isAnnotatedWith(SETTER) || !setter.getName().startsWith("set")) {
                    continue;
                }
                String field = Character.toLowerCase(setter.getName().charAt(3))
                        + setter.getName().substring(4);
                String expected = CHECKS.get(field);
                if (expected == null) {
                    continue;
                }
                checked++;
                String method = "doCheck" + setter.getName().substring(3);
                Optional<JavaMethod> check = descriptor.get().getAllMethods().stream()
                        .filter(m -> m.getName().equals(method))
                        .findFirst();
                if (check.isEmpty()) {
                    problems.add(type.getSimpleName() + ": no " + method);
                } else if (!calls(check.get(), expected)) {
                    problems.add(type.getSimpleName() + "." + method + " does not call " + expected);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // snapshot builder and step 14 each, restore check builder and step 11 each, prune 12, global store 10
        assertTrue(checked >= 72, "only " + checked + " fields checked");
    }

    private static boolean calls(JavaMethod method, String expected) {
        for (JavaCall<?> call : method.getCallsFromSelf()) {
            String target = call.getTargetOwner().getSimpleName() + "."
                    + call.getTarget().getName();
            if (target.startsWith(expected)) {
                return true;
            }
        }
        return false;
    }
}
