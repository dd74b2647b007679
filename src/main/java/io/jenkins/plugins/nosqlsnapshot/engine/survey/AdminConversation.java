package io.jenkins.plugins.nosqlsnapshot.engine.survey;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminSession;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.Reply;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.LockTimeoutException;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreNameLock;
import io.jenkins.plugins.nosqlsnapshot.engine.model.CommandRecord;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;
import io.jenkins.plugins.nosqlsnapshot.engine.run.CommandProgress;
import io.jenkins.plugins.nosqlsnapshot.engine.run.ProgressListener;
import io.jenkins.plugins.nosqlsnapshot.engine.store.Topology;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One admin session of a restore check or a prune: every command's reply is recorded, and the first exchange that
 * ends the session (timeout, crash, connection failure) becomes the one {@link #failure()} and stops all later ones.
 * Never throws for anything the admin does.
 */
public final class AdminConversation implements AutoCloseable {
    private final AdminTarget target;
    private final ProgressListener progress;
    private StoreNameLock storeNameLock = StoreNameLock.NONE;
    private final List<CommandRecord> commands = new ArrayList<>();
    private AdminSession session;
    private int launches;
    private String failure;

    private AdminConversation(AdminTarget target, ProgressListener progress) {
        this.target = target;
        this.progress = progress == null ? ProgressListener.NONE : progress;
    }

    public static AdminConversation open(
            ProcessRunner runner, AdminTarget target, SessionLimits limits, ProgressListener progress) {
        return open(runner, target, limits, progress, StoreNameLock.NONE);
    }

    /** @param storeNameLock held once the first topology names the store ({@link #storeNamed}) */
    public static AdminConversation open(
            ProcessRunner runner,
            AdminTarget target,
            SessionLimits limits,
            ProgressListener progress,
            StoreNameLock storeNameLock) {
        AdminConversation conversation = new AdminConversation(target, progress);
        conversation.storeNameLock = storeNameLock == null ? StoreNameLock.NONE : storeNameLock;
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
    public AdminDocument send(String command) {
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

    /**
     * Holds the store-name lock once the topology names the store; a wait that fails ends the conversation like a
     * failed exchange, so nothing after it is asked, taken or removed.
     */
    public void storeNamed(Topology topology) {
        if (failure != null || topology == null) {
            return;
        }
        try {
            storeNameLock.holdStoreName(topology.storeName());
        } catch (LockTimeoutException e) {
            failure = withoutFinalPeriod(e.getMessage());
        } catch (IOException e) {
            failure = "Cannot take the store lock: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "Cancelled while waiting for the store lock";
        }
    }

    private static String withoutFinalPeriod(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    void progress(String message) {
        progress.progress(message);
    }

    public boolean failed() {
        return failure != null;
    }

    /** Why the session could not go on, as a sentence without a final period; null while it works. */
    public String failure() {
        return failure;
    }

    public List<CommandRecord> commands() {
        return List.copyOf(commands);
    }

    public int launches() {
        return launches;
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        }
    }
}
