package io.jenkins.plugins.nosqlsnapshot.security;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.model.Cause;
import hudson.model.Run;
import hudson.model.User;
import io.jenkins.plugins.nosqlsnapshot.mapping.StoreProfile;
import jenkins.model.Jenkins;
import org.springframework.security.core.Authentication;

/**
 * Who may pick a named store that carries a login, by a variable. {@code store: '${STORE}'} is expanded in the build,
 * so a build parameter can choose the store, and a named store brings its own login (a credential the job may use,
 * or a login file on the node). Unchecked, anyone who may start the build could run a snapshot and its retention
 * against {@code prod} with prod's login: the same bypass {@code credentialsId} avoids by letting the credentials
 * plugin check the user who chose a credentials parameter.
 *
 * <p>The rule follows that plugin's ({@code CredentialsProvider.findCredentialById}): a store with a login whose name
 * came from expansion is taken only when the user who started the build (directly, or through the upstream builds
 * that started it) has {@code Credentials/UseItem} on the job, which Configure implies: someone who could have
 * written that store, or its credential, into the job. A build that no user started (a timer, an SCM change) runs
 * with the parameters' default values, which only someone with Configure can set, and is allowed; a build started
 * remotely by a token, or by an upstream build that cannot be found, is not. A store written into the job as it is,
 * and a store without a login, need no check.
 */
public final class ChosenStoreCheck {
    /** How far up a chain of upstream builds the starting user is looked for. */
    private static final int MAX_UPSTREAM = 20;

    private ChosenStoreCheck() {}

    /**
     * @param field    the step's {@code store} as written in the job, before expansion
     * @param name     the store name it expanded to
     * @param login    whether the step takes its login from that store (it sets no {@code credentialsId} or
     *                 {@code securityFile} of its own) and the store has one
     * @throws IllegalArgumentException naming the store and what to do, when the build may not choose it
     */
    public static void check(String field, String name, boolean login, Run<?, ?> run) {
        if (!login || field == null || field.strip().equals(name)) {
            return;
        }
        Starter starter = starter(run, 0);
        if (starter.allowed(run)) {
            return;
        }
        throw new IllegalArgumentException("store '" + field.strip() + "' expanded to '" + name + "', a named store"
                + " with a login, and " + starter.who() + " may not use this job's credentials (Credentials/UseItem,"
                + " implied by Configure), so may not choose it. Write store: '" + name + "' into the job, or let a"
                + " user with Configure start the build");
    }

    /** Whether the step uses the named store's login. */
    public static boolean usesStoreLogin(String stepCredentialsId, String stepSecurityFile, StoreProfile profile) {
        boolean own = isSet(stepCredentialsId) || isSet(stepSecurityFile);
        return !own && (isSet(profile.credentialsId()) || isSet(profile.securityFile()));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** Who chose the build's values: nobody (defaults), a user (or anonymous), or someone who cannot be known. */
    private record Starter(boolean defaults, String userId, boolean unknown) {
        boolean allowed(Run<?, ?> run) {
            if (defaults) {
                return true;
            }
            if (unknown) {
                return false;
            }
            Authentication who;
            if (userId == null) {
                who = Jenkins.ANONYMOUS2;
            } else {
                User user = User.getById(userId, false);
                if (user == null) {
                    return false;
                }
                try {
                    who = user.impersonate2();
                } catch (RuntimeException e) {
                    return false;
                }
            }
            return run.getParent().hasPermission2(who, CredentialsProvider.USE_ITEM);
        }

        String who() {
            if (unknown) {
                return "the build was started remotely or by a build that cannot be found, which";
            }
            return userId == null ? "anonymous, who started the build," : "'" + userId + "', who started the build,";
        }
    }

    private static Starter starter(Run<?, ?> run, int depth) {
        Cause.UserIdCause user = run.getCause(Cause.UserIdCause.class);
        if (user != null) {
            return new Starter(false, user.getUserId(), false);
        }
        if (run.getCause(Cause.RemoteCause.class) != null) {
            return new Starter(false, null, true);
        }
        Cause.UpstreamCause upstream = run.getCause(Cause.UpstreamCause.class);
        if (upstream != null) {
            Run<?, ?> parent = upstream.getUpstreamRun();
            if (parent == null || depth >= MAX_UPSTREAM) {
                return new Starter(false, null, true);
            }
            return starter(parent, depth + 1);
        }
        return new Starter(true, null, false);
    }
}
