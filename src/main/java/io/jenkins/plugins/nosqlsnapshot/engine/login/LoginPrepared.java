package io.jenkins.plugins.nosqlsnapshot.engine.login;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.LoginFileCheck;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the node reports back after preparing a login: where the login file is, the private directory to delete
 * (for an unpacked credential), and the findings of {@link LoginFileCheck}. Paths and messages only: no content
 * of the secret ever travels back. Jenkins-free.
 *
 * @param loginFile the login file's path on the node, or null when preparing failed
 * @param directory the name of the private directory under the workspace's temporary folder, or null
 * @param errors    what stops the step
 * @param warnings  what the log shows
 */
public record LoginPrepared(String loginFile, String directory, ArrayList<String> errors, ArrayList<String> warnings)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public static LoginPrepared failed(String directory, String error) {
        return new LoginPrepared(null, directory, new ArrayList<>(List.of(error)), new ArrayList<>());
    }

    public static LoginPrepared checked(String loginFile, String directory, LoginFileCheck check) {
        return new LoginPrepared(
                loginFile, directory, new ArrayList<>(check.errors()), new ArrayList<>(check.warnings()));
    }
}
