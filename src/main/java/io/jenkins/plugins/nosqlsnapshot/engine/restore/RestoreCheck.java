package io.jenkins.plugins.nosqlsnapshot.engine.restore;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.lock.StoreNameLock;
import io.jenkins.plugins.nosqlsnapshot.engine.run.ProgressListener;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.AdminConversation;
import io.jenkins.plugins.nosqlsnapshot.engine.survey.StoreSurvey;
import java.util.List;

/**
 * Checks whether a saved snapshot can still be restored, through one admin session: {@code show topology -verbose},
 * {@code show admins}, {@code show parameter -service snN} and {@code show snapshots -sn snN} for every SN, {@code exit}.
 * Read-only; never throws for anything the store or the admin does.
 */
public final class RestoreCheck {
    private final ProcessRunner runner;
    private final ProgressListener progress;
    private final StoreNameLock storeNameLock;

    public RestoreCheck(ProcessRunner runner, ProgressListener progress) {
        this(runner, progress, StoreNameLock.NONE);
    }

    /**
     * @param storeNameLock held as soon as {@code show topology} names the store; a wait that fails is a check that
     *                      could not be made
     */
    public RestoreCheck(ProcessRunner runner, ProgressListener progress, StoreNameLock storeNameLock) {
        this.runner = runner;
        this.progress = progress == null ? ProgressListener.NONE : progress;
        this.storeNameLock = storeNameLock == null ? StoreNameLock.NONE : storeNameLock;
    }

    /**
     * @param commands how to write the restore commands (the name of {@code kvstore.jar} on the hosts)
     */
    public RestoreReadiness check(
            AdminTarget target, SavedSnapshot saved, RestoreCommands commands, SessionLimits limits) {
        long started = System.nanoTime();
        try (AdminConversation admin = AdminConversation.open(runner, target, limits, progress, storeNameLock)) {
            StoreSurvey survey = admin.failed() ? StoreSurvey.empty() : StoreSurvey.take(admin, true);
            RestoreReadiness readiness = RestoreAssessment.assess(
                    saved, survey, admin.failure(), target, commands, admin.launches(), admin.commands(), started);
            progress.progress("Restore check: " + readiness.path());
            return readiness;
        }
    }

    /**
     * A check that could not start (the store's lock could not be had, the login could not be used): nothing was
     * asked, so the answer is UNKNOWN with why, or NOT_RESTORABLE when the saved run took no snapshot at all.
     *
     * @param why what stopped it, a sentence without its full stop
     */
    public static RestoreReadiness notRun(
            SavedSnapshot saved, String why, AdminTarget target, RestoreCommands commands) {
        return RestoreAssessment.assess(
                saved, StoreSurvey.empty(), why, target, commands, 0, List.of(), System.nanoTime());
    }
}
