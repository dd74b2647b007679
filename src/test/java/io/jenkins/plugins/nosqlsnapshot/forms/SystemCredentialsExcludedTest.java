package io.jenkins.plugins.nosqlsnapshot.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The credential lists and checks of the Jenkins root (the global store form, the global Snippet Generator) leave
 * out {@code SYSTEM}-scoped credentials, which a build never resolves ({@code getCredentialsInItem} matches
 * {@code not(withScope(SYSTEM))}), and use one matcher for both. Read from the compiled {@code FormSupport}, so it
 * runs without the credentials plugin; {@code CredentialFormsITest} proves it against the real one.
 */
class SystemCredentialsExcludedTest {
    private static final String MATCHERS = "com.cloudbees.plugins.credentials.CredentialsMatchers";
    private static final JavaClass FORMS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.jenkins.plugins.nosqlsnapshot.forms")
            .get("io.jenkins.plugins.nosqlsnapshot.forms.FormSupport");

    @Test
    void theMatcherIsNotWithScopeSystem() {
        JavaMethod matcher = FORMS.getMethod("usableByBuilds");
        Set<String> calls = matcher.getMethodCallsFromSelf().stream()
                .filter(c -> c.getTargetOwner().getName().equals(MATCHERS))
                .map(JavaMethodCall::getName)
                .collect(Collectors.toSet());
        assertEquals(Set.of("not", "withScope"), calls);
        assertTrue(
                matcher.getFieldAccesses().stream()
                        .anyMatch(a -> a.getTarget().getName().equals("SYSTEM")
                                && a.getTargetOwner()
                                        .getName()
                                        .equals("com.cloudbees.plugins.credentials.CredentialsScope")),
                "usableByBuilds must exclude CredentialsScope.SYSTEM");
    }

    @Test
    void everyRootListingAndCheckUsesThatMatcher() {
        List<String> rootLookups = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JavaCodeUnit unit : FORMS.getCodeUnits()) {
            for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                String target = call.getName();
                boolean atRoot = target.equals("listCredentialsInItemGroup")
                        || target.equals("includeMatchingAs")
                        || target.equals("includeAs")
                                && call.getTarget().getRawParameterTypes().stream()
                                        .anyMatch(t -> t.getName().equals("hudson.model.ItemGroup"));
                if (!atRoot) {
                    continue;
                }
                rootLookups.add(unit.getName() + "->" + target);
                if (target.equals("includeAs")) {
                    problems.add(unit.getName() + " lists the root with includeAs, which includes SYSTEM credentials");
                }
                boolean usesMatcher = unit.getMethodCallsFromSelf().stream()
                        .anyMatch(c -> c.getName().equals("usableByBuilds"));
                if (!usesMatcher) {
                    problems.add(unit.getName() + " looks credentials up at the root without usableByBuilds()");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        Set<String> units =
                rootLookups.stream().map(s -> s.substring(0, s.indexOf("->"))).collect(Collectors.toSet());
        // the global list, the job list without a job, and the checks of both (through checkAtRoot)
        assertEquals(Set.of("credentialsForGlobal", "credentialsForJob", "checkAtRoot"), units, rootLookups.toString());
    }
}
