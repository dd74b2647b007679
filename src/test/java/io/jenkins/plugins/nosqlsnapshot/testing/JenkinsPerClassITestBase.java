package io.jenkins.plugins.nosqlsnapshot.testing;

import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Base of the integration tests whose tests need no Jenkins of their own (nothing they create or configure changes
 * what another test sees): the JUnit 5 harness starts one Jenkins for the whole class, because it finds a static
 * {@link JenkinsRule} field ({@code JenkinsExtension.beforeAll}), and stops it after the last test. Tests that
 * configure security, stores or agents keep a fresh Jenkins per test (a {@code JenkinsRule} parameter).
 */
@WithJenkins
public abstract class JenkinsPerClassITestBase {
    protected static JenkinsRule j;
}
