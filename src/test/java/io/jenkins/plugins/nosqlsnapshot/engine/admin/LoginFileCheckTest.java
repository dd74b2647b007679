package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoginFileCheckTest {
    private static final String SECRET = "Tr0ub4dor-PLANTED";

    @Test
    void kvlitesGeneratedLoginFileWithoutNoPromptIsAcceptedWithOneWarning() {
        // the shape of KVLite's security/user.security: a user, a password file and the trust store, no noPrompt
        LoginFileCheck check = LoginFileCheck.of(
                "security/user.security",
                "oracle.kv.auth.username=admin\noracle.kv.auth.pwdfile.file=user.passwd\noracle.kv.transport=ssl\n"
                        + "oracle.kv.ssl.trustStore=client.trust\noracle.kv.ssl.trustStorePassword=" + SECRET + "\n",
                false,
                path -> true);
        assertTrue(check.ok());
        assertEquals(1, check.warnings().size(), check.warnings().toString());
        assertTrue(check.warnings().get(0).contains("security/user.security does not set oracle.kv.password.noPrompt"));
        assertTrue(check.warnings().get(0).contains("the run stops at that prompt"));
        assertFalse(check.warnings().get(0).contains(SECRET));
    }

    @Test
    void noPromptFalseIsOnlyAWarningTrueInAnyCaseIsSilent() {
        String base = "oracle.kv.auth.username=u\noracle.kv.auth.wallet.dir=w\n";
        LoginFileCheck prompting = LoginFileCheck.of("f", base + "oracle.kv.password.noPrompt=false\n", false, null);
        assertTrue(prompting.ok());
        assertEquals(1, prompting.warnings().size());
        LoginFileCheck ok = LoginFileCheck.of("f", base + "oracle.kv.password.noPrompt = TRUE \n", false, null);
        assertTrue(ok.ok());
        assertEquals(List.of(), ok.warnings());
    }

    @Test
    void aFileThatIsNotPropertiesIsStillRefused() {
        LoginFileCheck check = LoginFileCheck.of("f", "oracle.kv.auth.username=\\u12", false, null);
        assertFalse(check.ok());
        assertTrue(check.errors().get(0).contains("not a Java properties file"));
    }

    @Test
    void warnsAboutAMissingUserPasswordStoreOrRelativeFiles() {
        LoginFileCheck check = LoginFileCheck.of(
                "f",
                "oracle.kv.password.noPrompt=true\n"
                        + "oracle.kv.ssl.trustStore=client.trust\noracle.kv.ssl.trustStorePassword=" + SECRET + "\n",
                false,
                path -> false);
        assertTrue(check.ok());
        assertEquals(3, check.warnings().size(), check.warnings().toString());
        assertTrue(check.warnings().get(2).contains("oracle.kv.ssl.trustStore=client.trust"));
        assertFalse(String.join("\n", check.warnings()).contains(SECRET));
        assertEquals(
                1,
                LoginFileCheck.of("f", "oracle.kv.password.noPrompt=true\n", true, null)
                        .warnings()
                        .size(),
                "with -username only the missing password store is left");
    }
}
