package io.jenkins.plugins.nosqlsnapshot.security;

import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.LoginFileCheck;
import io.jenkins.plugins.nosqlsnapshot.engine.login.LoginPrepared;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jenkins.agents.ControllerToAgentFileCallable;

/**
 * Runs on the build's node: checks a login file given by path ({@code securityFile}) with {@link LoginFileCheck},
 * so that a missing {@code oracle.kv.password.noPrompt=true} fails the step before the admin CLI could wait for a
 * password. Only the findings travel back, never the file.
 */
public record CheckLoginFile(String label, boolean usernameGiven)
        implements ControllerToAgentFileCallable<LoginPrepared> {
    private static final long serialVersionUID = 1L;

    @Override
    public LoginPrepared invoke(File file, VirtualChannel channel) throws IOException {
        Path login = file.toPath();
        if (!Files.isRegularFile(login)) {
            return LoginPrepared.failed(
                    null, "The login file " + label + " does not exist on this node (" + login + ")");
        }
        if (!Files.isReadable(login)) {
            return LoginPrepared.failed(null, "The login file " + label + " cannot be read by the agent's user");
        }
        Path folder = login.toAbsolutePath().getParent();
        LoginFileCheck check = LoginFileCheck.of(
                label,
                UnpackSecurityZip.LoginFiles.read(login),
                usernameGiven,
                path -> Files.exists(folder.resolve(path)));
        return LoginPrepared.checked(login.toString(), null, check);
    }
}
