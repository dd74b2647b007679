package io.jenkins.plugins.nosqlsnapshot.engine.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jenkins.plugins.nosqlsnapshot.testing.Zips;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityBundleTest {
    private static final String LOGIN = "oracle.kv.transport=ssl\noracle.kv.ssl.trustStore=client.trust\n"
            + "oracle.kv.auth.username=backup\noracle.kv.auth.pwdfile.file=login.pwd\n"
            + "oracle.kv.password.noPrompt=true\n";

    @TempDir
    Path tmp;

    private Path fresh() throws IOException {
        return SecurityBundle.createPrivateDirectory(tmp, "login-" + System.nanoTime());
    }

    @Test
    void unpacksTheClientSecurityDirectoryOwnerOnly() throws IOException {
        byte[] zip = Zips.of(Map.of(
                "security/client.security", LOGIN, "security/client.trust", "trust", "security/login.pwd", "pwd"));
        Path dir = fresh();
        List<String> files = SecurityBundle.unpack(zip, dir, SecurityBundle.Limits.DEFAULT);
        assertEquals(List.of("security/client.security", "security/client.trust", "security/login.pwd"), files);
        assertEquals("security/client.security", SecurityBundle.findLoginFile(files, null));
        assertEquals(LOGIN, Files.readString(dir.resolve("security/client.security")));
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals(
                "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("security"))));
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("security/login.pwd"))));
    }

    @Test
    void refusesEntriesThatLeaveTheDirectory() throws IOException {
        for (String evil :
                List.of("../evil.security", "a/../../evil", "/etc/evil", "C:/evil", "..\\evil", "a\\..\\..\\evil")) {
            Path dir = fresh();
            IOException e = assertThrows(
                    IOException.class,
                    () -> SecurityBundle.unpack(Zips.of(Map.of(evil, "x")), dir, SecurityBundle.Limits.DEFAULT),
                    evil);
            assertTrue(e.getMessage().contains("outside") || e.getMessage().contains("absolute"), e.getMessage());
            assertFalse(Files.exists(tmp.resolve("evil")));
            assertFalse(Files.exists(tmp.resolve("evil.security")));
        }
    }

    @Test
    void refusesOversizedTooManyDeepAndDuplicateEntries() throws IOException {
        SecurityBundle.Limits small = new SecurityBundle.Limits(3, 10, 15, 2);
        assertTrue(assertThrows(
                        IOException.class,
                        () -> SecurityBundle.unpack(Zips.of(Map.of("big", "x".repeat(11))), fresh(), small))
                .getMessage()
                .contains("more than 10 bytes"));
        Map<String, String> total = new LinkedHashMap<>();
        total.put("a", "x".repeat(8));
        total.put("b", "x".repeat(8));
        assertTrue(assertThrows(IOException.class, () -> SecurityBundle.unpack(Zips.of(total), fresh(), small))
                .getMessage()
                .contains("more than 15 bytes"));
        assertTrue(assertThrows(
                        IOException.class,
                        () -> SecurityBundle.unpack(
                                Zips.of(Map.of("a", "", "b", "", "c", "", "d", "")), fresh(), small))
                .getMessage()
                .contains("more than 3 entries"));
        assertTrue(assertThrows(
                        IOException.class, () -> SecurityBundle.unpack(Zips.of(Map.of("a/b/c/d", "")), fresh(), small))
                .getMessage()
                .contains("deeper"));
        assertTrue(assertThrows(
                        IOException.class,
                        () -> SecurityBundle.unpack(
                                Zips.of(Map.of("a/./b", "", "a/b", "")), fresh(), SecurityBundle.Limits.DEFAULT))
                .getMessage()
                .contains("twice"));
    }

    @Test
    void refusesWhatIsNotAZipAndOversizedCredentials() throws IOException {
        assertThrows(
                IOException.class,
                () -> SecurityBundle.unpack("plain text".getBytes(), fresh(), SecurityBundle.Limits.DEFAULT));
        assertThrows(IOException.class, () -> SecurityBundle.readLimited(new ByteArrayInputStream(new byte[101]), 100));
        assertEquals(100, SecurityBundle.readLimited(new ByteArrayInputStream(new byte[100]), 100).length);
    }

    @Test
    void findsTheLoginFileOrSaysWhatToSet() throws IOException {
        assertEquals("s/user.security", SecurityBundle.findLoginFile(List.of("s/login.pwd", "s/user.security"), null));
        IOException none =
                assertThrows(IOException.class, () -> SecurityBundle.findLoginFile(List.of("s/login.pwd"), null));
        assertTrue(none.getMessage().contains("loginFile"));
        IOException two = assertThrows(
                IOException.class, () -> SecurityBundle.findLoginFile(List.of("a.security", "b.security"), null));
        assertTrue(two.getMessage().contains("several"));
        assertEquals(
                "s/b.security", SecurityBundle.findLoginFile(List.of("s/a.security", "s/b.security"), "b.security"));
        assertThrows(IOException.class, () -> SecurityBundle.findLoginFile(List.of("a.security"), "c.security"));
    }
}
