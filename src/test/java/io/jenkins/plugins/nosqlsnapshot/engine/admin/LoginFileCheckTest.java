package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoginFileCheckTest {
    private static final String SECRET = "Tr0ub4dor-PLANTED";

    @Test
    void aLoginFileThatWouldPromptFailsAndSaysWhatToAdd() {
        LoginFileCheck check = LoginFileCheck.of(
                "client.security",
                "oracle.kv.auth.username=backup\n"
                        + "oracle.kv.auth.pwdfile.file=login.pwd\noracle.kv.ssl.trustStorePassword=" + SECRET + "\n",
                false,
                null);
        assertFalse(check.ok());
        assertEquals(1, check.errors().size());
        assertTrue(check.errors().get(0).contains("Add this line to the login file: oracle.kv.password.noPrompt=true"));
        assertTrue(check.errors().get(0).contains("client.security"));
        for (String message : check.errors()) {
            assertFalse(message.contains(SECRET));
        }
    }

    @Test
    void noPromptFalseIsRefusedTrueInAnyCaseIsAccepted() {
        String base = "oracle.kv.auth.username=u\noracle.kv.auth.wallet.dir=w\n";
        assertFalse(LoginFileCheck.of("f", base + "oracle.kv.password.noPrompt=false\n", false, null)
                .ok());
        LoginFileCheck ok = LoginFileCheck.of("f", base + "oracle.kv.password.noPrompt = TRUE \n", false, null);
        assertTrue(ok.ok());
        assertEquals(List.of(), ok.warnings());
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
