package io.jenkins.plugins.nosqlsnapshot.forms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every web method of a form ({@code doCheck*}, {@code doFill*}) answers POST only ({@code @POST}) and checks a
 * permission before it computes anything: it calls {@code hasPermission} or {@code checkPermission} itself or
 * through the plugin's own helpers ({@code FormSupport}), whether the descriptor declares it or inherits it. Read
 * from the compiled classes, so it runs offline without any Jenkins type on the class path.
 */
class FormMethodsSecurityTest {
    private static final String POST = "org.kohsuke.stapler.verb.POST";
    private static final String PACKAGE = "io.jenkins.plugins.nosqlsnapshot";
    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGE);

    @Test
    void everyCheckAndFillMethodIsPostAndChecksAPermission() {
        List<String> methods = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JavaClass type : PLUGIN) {
            // inherited too: Stapler serves a descriptor's public methods from its superclasses and interfaces (the
            // shared checks live in ConnectionChecks, RetentionChecks, SnapshotChecks and RestoreCheckChecks)
            for (JavaMethod method : type.getAllMethods()) {
                String name = method.getName();
                if (!name.startsWith("doCheck") && !name.startsWith("doFill")
                        || !method.getOwner().getPackageName().startsWith(PACKAGE)) {
                    continue;
                }
                String id = type.getName().substring(type.getPackageName().length() + 1) + "." + name;
                methods.add(id);
                if (!method.isAnnotatedWith(POST)) {
                    problems.add(id + " has no @POST");
                }
                if (!checksPermission(method, new HashSet<>(), 0)) {
                    problems.add(id + " checks no permission");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // the snapshot builder's and step's descriptors (15 checks, 4 fills each), the global store's (10 + 4)
        assertTrue(methods.size() >= 52, "found only " + methods);
        for (String owner : List.of("NosqlStore", "NosqlSnapshotBuilder", "NosqlSnapshotStep")) {
            assertTrue(methods.contains(owner + "$DescriptorImpl.doFillCredentialsIdItems"), methods.toString());
        }
    }

    /** Whether the code unit calls hasPermission/checkPermission, directly or through plugin code. */
    private static boolean checksPermission(JavaCodeUnit unit, Set<String> seen, int depth) {
        if (depth > 4 || !seen.add(unit.getFullName())) {
            return false;
        }
        for (JavaCall<?> call : unit.getCallsFromSelf()) {
            String target = call.getTarget().getName();
            if (target.equals("hasPermission") || target.equals("checkPermission")) {
                return true;
            }
            if (call.getTargetOwner().getPackageName().startsWith(PACKAGE)) {
                java.util.Optional<? extends JavaCodeUnit> next =
                        call.getTarget().resolveMember();
                if (next.isPresent() && checksPermission(next.get(), seen, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
