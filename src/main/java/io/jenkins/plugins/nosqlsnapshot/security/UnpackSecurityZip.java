package io.jenkins.plugins.nosqlsnapshot.security;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LoginFileCheck;
import io.jenkins.plugins.nosqlsnapshot.engine.login.LoginPrepared;
import io.jenkins.plugins.nosqlsnapshot.engine.login.SecurityBundle;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import jenkins.agents.ControllerToAgentFileCallable;

/**
 * Runs on the build's node, in the workspace's temporary folder: unpacks the zip of the client security directory
 * into a fresh owner-only directory, finds and checks the login file. The logic is Jenkins-free
 * ({@link SecurityBundle}, {@link LoginFileCheck}); this is the remoting glue. The zip's bytes travel over the
 * agent channel inside this object, as plain-credentials' own file binding sends a secret file's content.
 */
public record UnpackSecurityZip(byte[] zip, String directory, String loginFile, boolean usernameGiven)
        implements ControllerToAgentFileCallable<LoginPrepared> {
    private static final long serialVersionUID = 1L;

    @Override
    public LoginPrepared invoke(File tmp, VirtualChannel channel) throws IOException {
        String name = directory;
        try {
            Path dir = SecurityBundle.createPrivateDirectory(tmp.toPath(), directory);
            List<String> files = SecurityBundle.unpack(zip, dir, SecurityBundle.Limits.DEFAULT);
            String relative = SecurityBundle.findLoginFile(files, loginFile);
            Path login = dir.resolve(relative);
            Path folder = login.getParent();
            String content = LoginFiles.read(login);
            LoginFileCheck check = LoginFileCheck.of(
                    "\"" + relative + "\" (in the credential's zip)",
                    content,
                    usernameGiven,
                    path -> Files.exists(folder.resolve(path)));
            return LoginPrepared.checked(login.toString(), name, check);
        } catch (IOException | RuntimeException e) {
            return LoginPrepared.failed(name, e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "UnpackSecurityZip[" + zip.length + " bytes, loginFile=" + loginFile + "]";
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** Reading a login file, bounded. */
    static final class LoginFiles {
        private LoginFiles() {}

        static String read(Path file) throws IOException {
            if (Files.size(file) > LoginFileCheck.MAX_BYTES) {
                throw new IOException("The login file " + file.getFileName() + " is larger than "
                        + LoginFileCheck.MAX_BYTES + " bytes; it should be a properties file of a few lines");
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }
}
