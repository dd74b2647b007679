package io.jenkins.plugins.nosqlsnapshot.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zips made in memory for the tests, entry name to text. */
public final class Zips {
    private Zips() {}

    public static byte[] of(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The zip of a client security directory as a Secret file credential holds it: {@code security/client.security}
     * naming user {@code backup} and the password file {@code login.pwd} that holds {@code password}.
     */
    public static byte[] securityDirectory(String password, boolean noPrompt) throws IOException {
        return of(Map.of(
                "security/client.security",
                "oracle.kv.auth.username=backup\noracle.kv.auth.pwdfile.file=login.pwd\n"
                        + (noPrompt ? "oracle.kv.password.noPrompt=true\n" : ""),
                "security/login.pwd",
                password + "\n"));
    }
}
