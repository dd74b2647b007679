package io.jenkins.plugins.nosqlsnapshot.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Reason;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ConsoleSummary;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportJson;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRequest;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.FakeAdmin;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import io.jenkins.plugins.nosqlsnapshot.engine.verdict.Policy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run against a secured store is given a login file whose properties hold secret values (a trust store password,
 * the location of a password file holding the password). Every string the engine produces (progress lines, reasons,
 * the report in every format, the console summary, the commands typed into the admin shell) is searched for them.
 */
class SecretsNeverLeakTest {
    private static final String TRUST_PASSWORD = "PLANTED-truststore-secret-3f9a1c";
    private static final String PASSWORD = "PLANTED-admin-password-7d2e55";

    @TempDir
    Path temp;

    @Test
    void aSecuredRunNeverPrintsTheLoginFileOrThePassword() throws Exception {
        Path securityFile = loginFile();
        Path script = securedScript(Files.readString(Fixtures.script("healthy.script")));

        Produced produced = run(script, securityFile, SessionLimits.DEFAULT);

        assertThat(produced.result().report().verdict()).isEqualTo(Verdict.SUCCESS);
        assertThat(produced.progress())
                .anySatisfy(line ->
                        assertThat(line).contains("-security " + securityFile).contains("-username admin"));
        produced.assertNoSecret();
    }

    @Test
    void aFailingSecuredRunNeverPrintsThemEither() throws Exception {
        Path securityFile = loginFile();
        // the captured wrong-user case: a password prompt the engine must refuse to answer
        Path script = securedScript("@start prompt admin's password:\n");

        Produced produced =
                run(script, securityFile, new SessionLimits(Duration.ofSeconds(3), Duration.ofSeconds(10), 1 << 20));

        assertThat(produced.result().report().verdict()).isEqualTo(Verdict.FAILURE);
        assertThat(produced.result().report().reasons().get(0).code()).isEqualTo("PASSWORD_PROMPT");
        assertThat(produced.sent()).isEmpty();
        produced.assertNoSecret();
    }

    private Path loginFile() throws Exception {
        Path passwordFile = temp.resolve("login.passwd");
        Files.writeString(passwordFile, "secret.admin=" + PASSWORD + "\n");
        Path securityFile = temp.resolve("user.security");
        Files.writeString(
                securityFile,
                String.join(
                                "\n",
                                "oracle.kv.auth.username=admin",
                                "oracle.kv.auth.pwdfile.file=" + passwordFile,
                                "oracle.kv.password.noPrompt=true",
                                "oracle.kv.transport=ssl",
                                "oracle.kv.ssl.trustStore=" + temp.resolve("client.trust"),
                                "oracle.kv.ssl.trustStorePassword=" + TRUST_PASSWORD)
                        + "\n");
        return securityFile;
    }

    /** The given answers, reachable only with {@code -security} and {@code -username} among the arguments. */
    private Path securedScript(String answers) throws Exception {
        Path script = temp.resolve("secured.script");
        Files.writeString(
                script,
                "@args-must-contain -security\n@args-must-contain -username\n"
                        + answers.replace("../fixtures/", Fixtures.root() + "/"));
        return script;
    }

    private Produced run(Path script, Path securityFile, SessionLimits limits) throws Exception {
        Path log = temp.resolve("typed.log");
        List<String> launcher = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfake.admin.log=" + log,
                "-cp",
                Path.of(FakeAdmin.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toString(),
                FakeAdmin.class.getName(),
                script.toString());
        AdminTarget target = new AdminTarget(launcher, "127.0.0.1", 5000, List.of(), securityFile.toString(), "admin");
        List<String> progress = new ArrayList<>();
        RunResult result = new SnapshotRun(new LocalProcessRunner(), progress::add)
                .execute(target, new SnapshotRequest("BATCH", null, Policy.DEFAULT, limits));
        List<String> sent = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        return new Produced(result, progress, sent);
    }

    private record Produced(RunResult result, List<String> progress, List<String> sent) {
        /** Everything a user, a log or a report reader could see. */
        List<String> everything() {
            List<String> all = new ArrayList<>(progress);
            all.addAll(sent);
            all.add(ReportJson.write(result.report()));
            all.add(ConsoleSummary.render(result.report()));
            all.addAll(ReportFiles.render(result.report(), result.topologyDocument())
                    .values());
            result.report().reasons().stream().map(Reason::message).forEach(all::add);
            all.add(String.valueOf(result));
            return all;
        }

        void assertNoSecret() {
            List<String> all = everything();
            assertThat(all).hasSizeGreaterThan(5);
            assertThat(all)
                    .allSatisfy(text -> assertThat(text)
                            .doesNotContain(TRUST_PASSWORD)
                            .doesNotContain(PASSWORD)
                            .doesNotContain("trustStorePassword=")
                            .doesNotContain("pwdfile.file=")
                            .doesNotContain("secret.admin="));
        }
    }
}
