package io.jenkins.plugins.nosqlsnapshot.engine.lifecycle;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminSession;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.Reply;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;
import io.jenkins.plugins.nosqlsnapshot.engine.run.CommandProgress;
import io.jenkins.plugins.nosqlsnapshot.engine.run.ProgressListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One admin session of a restore check or a prune: every command's reply is recorded, and the first exchange that
 * ends the session (timeout, crash, connection failure) becomes the one {@link #failure()} and stops all later ones.
 * Never throws for anything the admin does.
 */
final class AdminConversation implements AutoCloseable {
    private final AdminTarget target;
    private final ProgressListener progress;
    private final List<CommandRecord> commands = new ArrayList<>();
    private AdminSession session;
    private int launches;
    private String failure;

    private AdminConversation(AdminTarget target, ProgressListener progress) {
        this.target = target;
        this.progress = progress == null ? ProgressListener.NONE : progress;
    }

    static AdminConversation open(
            ProcessRunner runner, AdminTarget target, SessionLimits limits, ProgressListener progress) {
        AdminConversation conversation = new AdminConversation(target, progress);
        conversation.progress.progress(
                "Starting the admin CLI for " + target.endpoint() + ": " + String.join(" ", target.sessionCommand()));
        try {
            conversation.session = AdminSession.open(runner, target.sessionCommand(), limits);
            conversation.launches++;
        } catch (IOException e) {
            conversation.failure = e.getMessage();
        }
        return conversation;
    }

    /** The document answering {@code command}, or null when the session has failed (see {@link #failure()}). */
    AdminDocument send(String command) {
        if (failure != null) {
            return null;
        }
        Reply reply = session.send(command);
        commands.add(new CommandRecord(
                reply.command(),
                reply.hasDocument() ? reply.document().returnCode() : null,
                reply.elapsedMillis(),
                reply.hasDocument() ? null : reply.kind() + ": " + reply.problem()));
        if (!reply.hasDocument()) {
            failure = "The admin session failed: " + reply.problem();
            return null;
        }
        AdminDocument document = reply.document();
        if (document.isConnectionFailure()) {
            failure = "Cannot connect to the admin at " + target.endpoint() + ": " + document.summary()
                    + ". Check the host and registry port (or helper hosts), that the Storage Node is running, and"
                    + " for a secured store the security file and user";
            return null;
        }
        progress.progress(CommandProgress.line(command, document.returnCode(), reply.elapsedMillis()));
        return document;
    }

    void progress(String message) {
        progress.progress(message);
    }

    boolean failed() {
        return failure != null;
    }

    /** Why the session could not go on, as a sentence without a final period; null while it works. */
    String failure() {
        return failure;
    }

    List<CommandRecord> commands() {
        return List.copyOf(commands);
    }

    int launches() {
        return launches;
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}
