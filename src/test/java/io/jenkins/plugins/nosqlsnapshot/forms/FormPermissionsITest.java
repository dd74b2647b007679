package io.jenkins.plugins.nosqlsnapshot.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Descriptor;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.nosqlsnapshot.config.NosqlStore;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlRestoreCheckBuilder;
import io.jenkins.plugins.nosqlsnapshot.freestyle.NosqlSnapshotBuilder;
import io.jenkins.plugins.nosqlsnapshot.steps.NosqlPruneStep;
import io.jenkins.plugins.nosqlsnapshot.steps.NosqlRestoreCheckStep;
import io.jenkins.plugins.nosqlsnapshot.steps.NosqlSnapshotStep;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The form methods under a real authorization strategy: a user with Read only gets no validation detail and no
 * credential ID from any {@code doCheck*}/{@code doFill*} of any descriptor of the plugin; a user with Configure on
 * the job does get them from the job forms; only an administrator gets them from the global store form, which
 * offers no {@code SYSTEM}-scoped credential. Every method is found by reflection, so a new one is covered too.
 */
@WithJenkins
class FormPermissionsITest {
    private static final String JOB_LOGIN = "kv-login";
    private static final String SYSTEM_LOGIN = "kv-system-login";
    /** A value that is wrong for every field: blanks, a colon, no digits. */
    private static final String WRONG = "no such: value";

    private JenkinsRule j;
    private FreeStyleProject job;

    @BeforeEach
    void secureJenkins(JenkinsRule rule) throws Exception {
        j = rule;
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        job = j.createFreeStyleProject("backup");
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("reader", "configurer")
                .grant(Item.CONFIGURE)
                .onItems(job)
                .to("configurer")
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin"));
        SystemCredentialsProvider.getInstance().getCredentials().add(login(CredentialsScope.GLOBAL, JOB_LOGIN));
        SystemCredentialsProvider.getInstance().getCredentials().add(login(CredentialsScope.SYSTEM, SYSTEM_LOGIN));
        SystemCredentialsProvider.getInstance().save();
    }

    private static FileCredentialsImpl login(CredentialsScope scope, String id) {
        return new FileCredentialsImpl(
                scope, id, "kv login", "security.zip", SecretBytes.fromBytes(new byte[] {'P', 'K', 5, 6}));
    }

    private List<Descriptor<?>> descriptors() {
        return List.of(
                j.jenkins.getDescriptorByType(NosqlSnapshotBuilder.DescriptorImpl.class),
                j.jenkins.getDescriptorByType(NosqlRestoreCheckBuilder.DescriptorImpl.class),
                j.jenkins.getDescriptorByType(NosqlSnapshotStep.DescriptorImpl.class),
                j.jenkins.getDescriptorByType(NosqlRestoreCheckStep.DescriptorImpl.class),
                j.jenkins.getDescriptorByType(NosqlPruneStep.DescriptorImpl.class),
                j.jenkins.getDescriptorByType(NosqlStore.DescriptorImpl.class));
    }

    /** Every answer of every form method, called as that user with the job and a wrong value in every field. */
    private List<Answer> answersAs(String user) throws Exception {
        List<Answer> answers = new ArrayList<>();
        try (ACLContext ignored = ACL.as(User.getById(user, true))) {
            for (Descriptor<?> descriptor : descriptors()) {
                for (Method method : descriptor.getClass().getMethods()) {
                    if (!method.getName().startsWith("doCheck")
                            && !method.getName().startsWith("doFill")) {
                        continue;
                    }
                    Object[] args = new Object[method.getParameterCount()];
                    Class<?>[] types = method.getParameterTypes();
                    for (int i = 0; i < args.length; i++) {
                        args[i] = Item.class.isAssignableFrom(types[i]) ? job : WRONG;
                    }
                    String id = descriptor.getClass().getName() + "." + method.getName();
                    answers.add(new Answer(id, method.invoke(descriptor, args)));
                }
            }
        }
        assertTrue(answers.size() >= 60, "only " + answers.size() + " form methods found");
        return answers;
    }

    private record Answer(String method, Object value) {
        boolean hasDetail() {
            if (value instanceof FormValidation v) {
                return v.kind != FormValidation.Kind.OK || v.getMessage() != null;
            }
            return ((ListBoxModel) value).stream().anyMatch(o -> !o.value.isEmpty() && !o.value.equals(WRONG));
        }

        boolean offers(String credential) {
            return value instanceof ListBoxModel items && items.stream().anyMatch(o -> credential.equals(o.value));
        }
    }

    @Test
    void aUserWithReadOnlyGetsNoDetailAndNoCredentialFromAnyFormMethod() throws Exception {
        for (Answer answer : answersAs("reader")) {
            assertFalse(answer.hasDetail(), answer.method() + " answered " + answer.value());
            assertFalse(answer.offers(JOB_LOGIN), answer.method());
        }
    }

    @Test
    void aUserWhoMayConfigureTheJobGetsTheJobFormsDetailButNotTheGlobalForms() throws Exception {
        List<Answer> answers = answersAs("configurer");
        List<Answer> jobForms = answers.stream()
                .filter(a -> !a.method().startsWith(NosqlStore.DescriptorImpl.class.getName()))
                .toList();
        List<Answer> storeForm = answers.stream()
                .filter(a -> a.method().startsWith(NosqlStore.DescriptorImpl.class.getName()))
                .toList();
        assertTrue(jobForms.stream().filter(Answer::hasDetail).count() >= 30, jobForms.toString());
        assertTrue(
                jobForms.stream()
                        .filter(a -> a.method().endsWith("doFillCredentialsIdItems"))
                        .allMatch(a -> a.offers(JOB_LOGIN)),
                jobForms.toString());
        for (Answer answer : storeForm) {
            assertFalse(answer.hasDetail(), answer.method() + " answered " + answer.value());
        }
        try (ACLContext ignored = ACL.as(User.getById("configurer", true))) {
            NosqlSnapshotBuilder.DescriptorImpl builder =
                    j.jenkins.getDescriptorByType(NosqlSnapshotBuilder.DescriptorImpl.class);
            assertEquals(FormValidation.Kind.ERROR, builder.doCheckSnapshotName(job, "a b").kind);
            assertEquals(FormValidation.Kind.ERROR, builder.doCheckCredentialsId(job, "no-such-login", null).kind);
            assertEquals(FormValidation.Kind.OK, builder.doCheckCredentialsId(job, JOB_LOGIN, null).kind);
            assertFalse(
                    new Answer("fill", builder.doFillCredentialsIdItems(job, "")).offers(SYSTEM_LOGIN),
                    "a job never sees a SYSTEM credential");
        }
    }

    @Test
    void anAdministratorGetsTheStoreFormWithoutSystemCredentials() throws Exception {
        try (ACLContext ignored = ACL.as(User.getById("admin", true))) {
            NosqlStore.DescriptorImpl store = j.jenkins.getDescriptorByType(NosqlStore.DescriptorImpl.class);
            ListBoxModel items = store.doFillCredentialsIdItems("");
            assertTrue(new Answer("fill", items).offers(JOB_LOGIN), items.toString());
            assertFalse(new Answer("fill", items).offers(SYSTEM_LOGIN), "builds cannot resolve SYSTEM: " + items);
            FormValidation system = store.doCheckCredentialsId(SYSTEM_LOGIN, null);
            assertEquals(FormValidation.Kind.ERROR, system.kind);
            assertTrue(Objects.requireNonNull(system.getMessage()).contains("System scope"), system.getMessage());
            assertEquals(FormValidation.Kind.OK, store.doCheckCredentialsId(JOB_LOGIN, null).kind);
            assertEquals(FormValidation.Kind.ERROR, store.doCheckEndpoint(WRONG).kind);
        }
    }
}
