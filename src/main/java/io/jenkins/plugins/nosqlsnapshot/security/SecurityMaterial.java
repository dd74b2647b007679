package io.jenkins.plugins.nosqlsnapshot.security;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Computer;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.slaves.WorkspaceList;
import io.jenkins.plugins.nosqlsnapshot.engine.login.LoginDirectories;
import io.jenkins.plugins.nosqlsnapshot.engine.login.LoginPrepared;
import io.jenkins.plugins.nosqlsnapshot.engine.login.SecurityBundle;
import io.jenkins.plugins.nosqlsnapshot.mapping.SnapshotSettings;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jenkinsci.plugins.plaincredentials.FileCredentials;

/**
 * The login of one run, made ready on the build's node and removed again: either a login file given by path
 * (checked in place), or a <i>Secret file</i> credential holding a zip of the client security directory, unpacked
 * into a private directory beside the workspace ({@code <workspace>@tmp}, never inside the workspace, so nothing
 * of it can be archived) and deleted by {@link #close()} also when the build is aborted. Nothing of the secret is
 * logged, returned, or put into the environment: the admin CLI gets the login file's path only.
 *
 * <p>The steps do not survive a controller restart ({@code SynchronousNonBlockingStepExecution.onResume} fails the
 * step), and a lost agent cannot be reached to delete anything, so {@link #close()} may never run. Every run
 * therefore starts with {@link #removeStale}: the left-over login directories of builds that are over, or of an
 * earlier controller process, are deleted from {@code <workspace>@tmp} (the rule is {@link LoginDirectories}), and
 * {@link LoginLedger} lists every login until it is deleted, so that {@link LoginSweeps} finds the ones left where no
 * later run looks (a job deleted, renamed or moved, an agent that comes back).
 */
public final class SecurityMaterial implements AutoCloseable {
    /** This controller process: directories named with another token are left over from before a restart. */
    private static final String SESSION = LoginDirectories.newSession();

    private final FilePath directory;
    private final String loginFile;
    private final TaskListener listener;

    private SecurityMaterial(FilePath directory, String loginFile, TaskListener listener) {
        this.directory = directory;
        this.loginFile = loginFile;
        this.listener = listener;
    }

    /** The login file's path on the node for {@code -security}, or null for a non-secure store. */
    public String loginFile() {
        return loginFile;
    }

    public static SecurityMaterial prepare(
            SnapshotSettings.LoginSource source, Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        if (source.credentialsId() != null) {
            return unpack(source, run, workspace, listener);
        }
        if (source.securityFile() != null) {
            LoginPrepared checked = workspace
                    .child(source.securityFile())
                    .act(new CheckLoginFile(source.securityFile(), source.usernameGiven()));
            report(checked, listener);
            return new SecurityMaterial(null, source.securityFile(), listener);
        }
        return new SecurityMaterial(null, null, listener);
    }

    private static SecurityMaterial unpack(
            SnapshotSettings.LoginSource source, Run<?, ?> run, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        String id = source.credentialsId();
        FileCredentials credentials = CredentialsProvider.findCredentialById(id, FileCredentials.class, run);
        if (credentials == null) {
            throw new AbortException(Console.PREFIX + "No Secret file credential with ID '" + id
                    + "' is available to this build (check its ID, its kind, and that the job may use it)");
        }
        CredentialsProvider.track(run, credentials);
        FilePath tmp = WorkspaceList.tempDir(workspace);
        if (tmp == null) {
            throw new AbortException(Console.PREFIX + "The workspace " + workspace.getRemote()
                    + " has no parent folder for a private temporary directory");
        }
        tmp.mkdirs();
        byte[] zip;
        try (InputStream in = credentials.getContent()) {
            zip = SecurityBundle.readLimited(in, SecurityBundle.MAX_ZIP_BYTES);
        }
        // named here, so that the directory is deleted even when the call is interrupted half-way
        String name = LoginDirectories.name(SESSION, run.getExternalizableId());
        Computer computer = workspace.toComputer();
        LoginLedger.record(new LoginLedger.Entry(
                computer == null ? "" : computer.getName(), tmp.child(name).getRemote(), run.getExternalizableId()));
        SecurityMaterial material;
        try {
            LoginPrepared prepared =
                    tmp.act(new UnpackSecurityZip(zip, name, source.loginFile(), source.usernameGiven()));
            material = new SecurityMaterial(tmp.child(name), prepared.loginFile(), listener);
            report(prepared, listener);
        } catch (IOException | InterruptedException | RuntimeException e) {
            new SecurityMaterial(tmp.child(name), null, listener).close();
            throw e;
        } finally {
            Arrays.fill(zip, (byte) 0);
        }
        listener.getLogger()
                .println(Console.PREFIX + "Login from Secret file credential '" + id
                        + "', unpacked into a private temporary directory on this node");
        return material;
    }

    /**
     * Deletes the login directories left in {@code <workspace>@tmp} by runs that are over (a controller restart, a
     * lost agent). Only our own directories, never one of a build that may still run; a failure is a warning.
     */
    public static void removeStale(FilePath workspace, TaskListener listener) {
        FilePath tmp = WorkspaceList.tempDir(workspace);
        if (tmp == null || Thread.currentThread().isInterrupted()) {
            return;
        }
        try {
            if (!tmp.exists()) {
                return;
            }
            for (FilePath dir : tmp.listDirectories()) {
                if (LoginDirectories.isStale(dir.getName(), SESSION, SecurityMaterial::mayStillRun)) {
                    dir.deleteRecursive();
                    LoginLedger.forget(dir.getName());
                    listener.getLogger()
                            .println(
                                    Console.PREFIX + "Deleted a login left over by an earlier run: " + dir.getRemote());
                }
            }
        } catch (IOException | RuntimeException e) {
            listener.error(Console.PREFIX + "WARNING: could not look for left-over logins in " + tmp.getRemote() + ": "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A build that cannot be looked up (deleted, or not visible to this build's user) counts as running. */
    private static boolean mayStillRun(String externalizableId) {
        try {
            Run<?, ?> run = Run.fromExternalizableId(externalizableId);
            return run == null || run.isBuilding();
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static void report(LoginPrepared prepared, TaskListener listener) throws AbortException {
        for (String warning : prepared.warnings()) {
            listener.getLogger().println(Console.PREFIX + "WARNING: " + warning);
        }
        if (!prepared.errors().isEmpty()) {
            throw new AbortException(Console.PREFIX + String.join("; ", prepared.errors()));
        }
    }

    /**
     * Deletes the unpacked directory. Runs after an abort too: the interrupt flag is put aside for the remote
     * call, then restored.
     */
    @Override
    public void close() {
        if (directory == null) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        try {
            directory.deleteRecursive();
            LoginLedger.forget(directory.getName());
        } catch (IOException | InterruptedException | RuntimeException e) {
            interrupted |= e instanceof InterruptedException;
            listener.error(Console.PREFIX + "WARNING: could not delete the unpacked login directory "
                    + directory.getRemote() + ": " + e.getMessage() + "; delete it by hand");
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
