package io.jenkins.plugins.nosqlsnapshot.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LocalProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LoginFileCheck;
import io.jenkins.plugins.nosqlsnapshot.engine.login.SecurityBundle;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ConsoleSummary;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SnapshotRun;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.outcome.BuildOutcome;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotEnvironment;
import io.jenkins.plugins.nosqlsnapshot.outcome.SnapshotSummary;
import io.jenkins.plugins.nosqlsnapshot.outcome.StepResult;
import io.jenkins.plugins.nosqlsnapshot.testing.FakeAdminInstall;
import io.jenkins.plugins.nosqlsnapshot.testing.Zips;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secured store's login travels as a Secret file credential (a zip of the client security directory) whose files
 * hold planted secret values. An offline run through the plugin's Jenkins-free path (unpack, check the login file,
 * map the settings, run the engine against the fake admin, render every report, build the step's map, the
 * environment and the build page's summary) must not show any of them anywhere: not in the log, the commands sent
 * to the admin, the command line, the reports, the environment, the returned map or the stored summary.
 */
class SecretsStayOutTest {
    private static final String TRUST_STORE_PASSWORD = "PLANTED-truststore-5ecret";
    private static final String PASSWORD = "PLANTED-pwdfile-5ecret";
    private static final String TRUST_STORE = "PLANTED-keystore-bytes";
    private static final List<String> SECRETS = List.of(TRUST_STORE_PASSWORD, PASSWORD, TRUST_STORE);

    @TempDir
    Path folder;

    @Test
    void noPlantedSecretAppearsInAnyOutputOfARun() throws Exception {
        FakeAdminInstall admin = FakeAdminInstall.into(folder.resolve("admin"));
        Path scripts = folder.resolve("admin/fake-admin");
        // the healthy store, but the fake admin refuses to start without -security
        Files.writeString(
                scripts.resolve("secured.script"),
                "@args-must-contain -security\n" + Files.readString(scripts.resolve("healthy.script")));
        Path commandLog = folder.resolve("commands.log");

        byte[] zip = Zips.of(Map.of(
                "security/client.security",
                        "oracle.kv.transport=ssl\n"
                                + "oracle.kv.ssl.trustStore=client.trust\n"
                                + "oracle.kv.ssl.trustStorePassword=" + TRUST_STORE_PASSWORD + "\n"
                                + "oracle.kv.auth.username=backup\n"
                                + "oracle.kv.auth.pwdfile.file=login.pwd\n"
                                + "oracle.kv.password.noPrompt=true\n",
                "security/login.pwd", PASSWORD + "\n",
                "security/client.trust", TRUST_STORE));

        List<String> outputs = new ArrayList<>();
        // what the node does with the credential (UnpackSecurityZip), minus the remoting
        Path dir = SecurityBundle.createPrivateDirectory(folder.resolve("ws@tmp"), "nosql-snapshot-login-test");
        List<String> files = SecurityBundle.unpack(zip, dir, SecurityBundle.Limits.DEFAULT);
        String relative = SecurityBundle.findLoginFile(files, null);
        Path login = dir.resolve(relative);
        LoginFileCheck check = LoginFileCheck.of(
                relative,
                Files.readString(login, StandardCharsets.ISO_8859_1),
                false,
                p -> Files.exists(login.getParent().resolve(p)));
        assertTrue(check.ok(), check.errors().toString());
        outputs.addAll(check.warnings());

        // what the step does: settings -> target with the unpacked login file -> engine -> outputs
        SnapshotSettings settings = new SnapshotSettings("127.0.0.1:5000", "${NAME}");
        settings.setAdminCommand(admin.adminCommand("secured.script")
                .replaceFirst(" -cp ", " \"-Dfake.admin.log=" + commandLog + "\" -cp "));
        settings.setCredentialsId("kv-prod-login");
        UnaryOperator<String> env = s -> s.replace("${NAME}", "BATCH");
        AdminTarget target = SnapshotSettings.withSecurityFile(settings.adminTarget(env), login.toString());
        StringBuilder log = new StringBuilder();
        RunResult result = new SnapshotRun(
                        new LocalProcessRunner(), m -> log.append(m).append('\n'))
                .execute(target, settings.request(env));
        SnapshotReport report = result.report();
        assertEquals(Verdict.SUCCESS, report.verdict(), log.toString());
        assertTrue(log.toString().contains("-security " + login), "the login file's path is passed, " + log);

        outputs.add(log.toString());
        outputs.add(String.join(" ", target.sessionCommand()));
        outputs.add(Files.readString(commandLog));
        outputs.add(ConsoleSummary.render(report));
        outputs.add(BuildOutcome.of(report).message());
        outputs.addAll(ReportFiles.render(report, result.topologyDocument()).values());
        outputs.add(StepResult.toMap(report, "nosql-snapshot/x/report.json").toString());
        outputs.add(SnapshotEnvironment.variables(
                        report.snapshotName(), report.verdict().name())
                .toString());
        outputs.add(settings.loginSource(env).toString());
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(stored)) {
            out.writeObject(SnapshotSummary.of(report, "nosql-snapshot/x", true, true));
        }
        outputs.add(stored.toString(StandardCharsets.ISO_8859_1));

        Map<String, String> leaks = new LinkedHashMap<>();
        for (String output : outputs) {
            for (String secret : SECRETS) {
                if (output.contains(secret)) {
                    leaks.put(secret, output.substring(0, Math.min(200, output.length())));
                }
            }
        }
        assertTrue(leaks.isEmpty(), "secrets leaked: " + leaks);
        assertFalse(outputs.isEmpty());
    }

    @Test
    void aLoginFileWithoutNoPromptIsWarnedAboutWithoutQuotingIt() throws Exception {
        LoginFileCheck check = LoginFileCheck.of(
                "client.security",
                "oracle.kv.ssl.trustStorePassword=" + TRUST_STORE_PASSWORD
                        + "\noracle.kv.auth.pwdfile.file=login.pwd\n",
                false,
                p -> false);
        assertTrue(check.ok());
        assertTrue(String.join("\n", check.warnings()).contains("oracle.kv.password.noPrompt"));
        for (String message : check.errors()) {
            assertFalse(message.contains(TRUST_STORE_PASSWORD), message);
        }
        for (String message : check.warnings()) {
            assertFalse(message.contains(TRUST_STORE_PASSWORD), message);
        }
    }
}
