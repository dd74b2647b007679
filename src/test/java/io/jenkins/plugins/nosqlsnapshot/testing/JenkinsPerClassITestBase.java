package io.jenkins.plugins.nosqlsnapshot.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Base of the integration tests whose tests need no Jenkins of their own (nothing they create or configure changes
 * what another test sees): one Jenkins for the whole class. The harness ({@code JenkinsExtension}) only resolves a
 * {@link JenkinsRule} parameter; asked for it by a {@code @BeforeAll} method it keeps the rule in the class's store,
 * and its per-test clean-up ({@code afterEach}) removes only a test's own rule, so this one lives until
 * {@link #stopJenkins()} ends it after the last test. Tests that configure security, stores or agents keep a fresh
 * Jenkins per test (a {@code JenkinsRule} parameter).
 */
@WithJenkins
public abstract class JenkinsPerClassITestBase {
    protected static JenkinsRule j;

    @BeforeAll
    static void startJenkins(JenkinsRule rule) {
        j = rule;
    }

    @AfterAll
    static void stopJenkins() throws Throwable {
        if (j != null) {
            JenkinsRule started = j;
            j = null;
            started.after();
        }
    }
}
