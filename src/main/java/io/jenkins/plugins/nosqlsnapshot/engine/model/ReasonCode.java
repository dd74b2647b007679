package io.jenkins.plugins.nosqlsnapshot.engine.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Every sentence the engine can put in a report, in one place. A constant is one sentence: its {@link #code()} is
 * the stable string written to {@code report.json} (several sentences may share a code, e.g. an RN and an admin
 * both {@code COMPONENT_FAILED}), its {@link #severity()} is the default weight (a few are set by the
 * {@code Policy} or by the step of the run instead, see {@link #reasonAt(Severity, Object...)}), and its template
 * names its arguments in braces. {@link #format(Object...)} fills them in order of first appearance; a name used
 * twice takes the same argument. Arguments ending in {@code Fragment} are optional clauses the caller builds
 * (empty when they do not apply).
 */
public enum ReasonCode {
    // ---- verdict: the snapshot judged against the topology -------------------------------------------------
    TOPOLOGY_NOT_CHECKED(
            "TOPOLOGY_NOT_CHECKED",
            Severity.WARNING,
            "No topology was given: shards were inferred from"
                    + " the Replication Node names in the result, so a node the admin left out of both lists (a silent"
                    + " omission) could not be detected."),
    ADMIN_REPORTED_PROBLEM(
            "ADMIN_REPORTED_PROBLEM",
            Severity.UNSTABLE,
            "The admin CLI reported {returnCode}"
                    + " \"{description}\" although every listed component succeeded; check the admin log before relying on"
                    + " {snapshot}."),
    ADMIN_DISAGREES(
            "ADMIN_DISAGREES",
            Severity.INFO,
            "The admin CLI said {returnCode} \"{description}\" (and exits"
                    + " 0); this verdict is {verdict} because it checks every shard, admin and configuration itself."),
    PREFLIGHT_BLOCKED(
            "PREFLIGHT_BLOCKED",
            Severity.FAILURE,
            "Pre-flight blocked the snapshot: {why}. No snapshot"
                    + " was taken: a snapshot restores in place only onto the topology it was taken from. Wait until the"
                    + " plan ends (show plans) or is canceled, or use preflight mode 'warn' to take it anyway."),
    PREFLIGHT_WARNING(
            "PREFLIGHT_WARNING",
            Severity.WARNING,
            "Pre-flight warning: {why}. The snapshot may not" + " restore in place if the topology changes."),
    ADMIN_UNREACHABLE(
            "ADMIN_ERROR",
            Severity.FAILURE,
            "The admin could not be reached: {returnCode}" + " \"{description}\". No snapshot was taken."),
    ADMIN_REFUSED_CREATE(
            "ADMIN_ERROR",
            Severity.FAILURE,
            "The admin refused snapshot create: {returnCode}" + " \"{description}\". No snapshot was taken."),
    NOT_TAKEN("NOT_TAKEN", Severity.FAILURE, "snapshot create was not run: no snapshot was taken."),
    NO_SHARDS(
            "NO_SHARDS",
            Severity.FAILURE,
            "The result names no Replication Node at all, so no shard is backed up" + " by {snapshot}."),
    SHARD_LOST(
            "SHARD_LOST",
            Severity.FAILURE,
            "shard {shard} has no snapshot{membersFragment}{omissionFragment}: the"
                    + " store cannot be restored from {snapshot}{pingFragment}."),
    SHARD_BELOW_MINIMUM(
            "SHARD_BELOW_MINIMUM",
            Severity.FAILURE,
            "shard {shard} has a snapshot on only {ok} of"
                    + " {total} Replication Nodes; the policy requires {minimum}{pingFragment}."),
    /** Severity: the policy's {@code onPartial}. */
    RN_FAILED(
            "COMPONENT_FAILED",
            Severity.UNSTABLE,
            "{rn}{whereFragment} has no snapshot (the admin reported it"
                    + " failed){pingFragment}; shard {shard} still has {ok} of {total}."),
    /** Severity: the policy's {@code onPartial}. */
    RN_MISSING(
            "COMPONENT_MISSING",
            Severity.UNSTABLE,
            "{rn}{whereFragment} has no snapshot: it is in the topology"
                    + " but the admin named it in neither list (silent omission){pingFragment}; shard {shard} still has {ok}"
                    + " of {total}."),
    NO_ADMIN_SNAPSHOT(
            "NO_ADMIN_SNAPSHOT",
            Severity.FAILURE,
            "No admin snapshot succeeded{adminsFragment}: the"
                    + " store's metadata (tables, users, topology) is not in {snapshot}."),
    /** Severity: the policy's {@code onPartial}. */
    ADMIN_FAILED(
            "COMPONENT_FAILED",
            Severity.UNSTABLE,
            "{admin}{whereFragment} has no snapshot (the admin reported"
                    + " it failed){pingFragment}; other admin snapshots hold the metadata."),
    /** Severity: the policy's {@code onPartial}. */
    ADMIN_MISSING(
            "COMPONENT_MISSING",
            Severity.UNSTABLE,
            "{admin}{whereFragment} has no snapshot: the admin named"
                    + " it in neither list (silent omission){pingFragment}; other admin snapshots hold the metadata."),
    /** Severity: the policy's {@code onConfigFailure}. */
    CONFIG_FAILED(
            "CONFIG_FAILED",
            Severity.UNSTABLE,
            "the configuration backup of {sn}{hostFragment}"
                    + " failed{pingFragment}; restoring {sn} in place needs its configuration (config.xml, security.policy)"
                    + " from elsewhere."),
    /** Severity: the policy's {@code onConfigFailure}. */
    CONFIG_MISSING(
            "CONFIG_FAILED",
            Severity.UNSTABLE,
            "the configuration backup of {sn}{hostFragment} is missing:"
                    + " the admin named {sn} in neither list{pingFragment}; restoring {sn} in place needs its configuration"
                    + " (config.xml, security.policy) from elsewhere."),
    /** Severity: the policy's {@code onPartial}. */
    SNAPSHOT_NOT_LISTED(
            "SNAPSHOT_NOT_LISTED",
            Severity.UNSTABLE,
            "show snapshots on {sn} does not list {snapshot}"
                    + " although its admin/RN snapshot was reported successful; check {host} before relying on it."),
    LISTING_FAILED("LISTING_FAILED", Severity.WARNING, "Could not list the snapshots of {sn}: {problem}"),
    NAME_UNKNOWN(
            "NAME_UNKNOWN",
            Severity.UNSTABLE,
            "The admin did not report the snapshot's full name (releases"
                    + " before ~20.x omit it) and it could not be recovered from the SN listings; look for a name ending in"
                    + " -{requestedName} in show snapshots."),
    UNKNOWN_COMPONENTS(
            "UNKNOWN_COMPONENTS",
            Severity.WARNING,
            "The admin reported components the topology does not"
                    + " have ({components}); the topology may have changed during the run."),

    // ---- run: talking to the admin -------------------------------------------------------------------------
    ADMIN_NOT_STARTED("ADMIN_NOT_STARTED", Severity.FAILURE, "{problem}."),
    INVALID_UTF8(
            "INVALID_UTF8",
            Severity.WARNING,
            "{bytes} byte(s) of the admin CLI's output were not valid UTF-8"
                    + " and were read as U+FFFD; a name containing them cannot match the topology, so such a component"
                    + " counts as missing."),
    SESSION_FAILED_DURING_CREATE(
            "SESSION_FAILED",
            Severity.FAILURE,
            "The admin session failed during snapshot"
                    + " create: {problem}. A snapshot ending in -{requestedName} may exist on some nodes; check show"
                    + " snapshots and remove it if it is incomplete."),
    RESULT_UNPARSEABLE(
            "RESULT_UNPARSEABLE",
            Severity.FAILURE,
            "{problem}. A snapshot ending in -{requestedName} may" + " exist; check show snapshots."),
    NAME_RECOVERED(
            "NAME_RECOVERED",
            Severity.INFO,
            "The admin did not report the snapshot's name; it was recovered"
                    + " as {snapshot} from the listing of {sn}."),
    /** Severity: FAILURE before or during the snapshot, WARNING after it. */
    SESSION_FAILED("SESSION_FAILED", Severity.FAILURE, "The admin session failed: {problem}."),
    /** Severity: FAILURE before or during the snapshot, WARNING after it. */
    SESSION_PASSWORD_PROMPT("PASSWORD_PROMPT", Severity.FAILURE, "The admin session failed: {problem}."),
    /** Severity: FAILURE before or during the snapshot, WARNING after it. */
    SESSION_TIMEOUT("TIMEOUT", Severity.FAILURE, "The admin session failed: {problem}."),
    /** Severity: FAILURE before or during the snapshot, WARNING after it. */
    SESSION_CANCELLED("CANCELLED", Severity.FAILURE, "The admin session failed: {problem}."),
    CONNECTION_FAILED(
            "CONNECTION_FAILED",
            Severity.FAILURE,
            "Cannot connect to the admin at {endpoint}: {problem}."
                    + " Check the host and registry port (or helper hosts), that the Storage Node is running, and for a"
                    + " secured store the security file and user."),
    /** The admin's 5100 "Exception while initializing SSL configuration", with its likely cause. */
    SSL_CONFIGURATION_FAILED(
            "SSL_CONFIGURATION_FAILED",
            Severity.FAILURE,
            "The admin at {endpoint} could not set up SSL from the login file {file}: {problem}. Likely cause: the"
                    + " login file was moved or copied away from its security directory, so its relative"
                    + " oracle.kv.ssl.trustStore (client.trust) no longer resolves; give the login file where"
                    + " KVLite or securityconfig generated it, or make that path absolute."),
    /** Severity: FAILURE before or during the snapshot, WARNING after it. */
    DOCUMENT_UNUSABLE("DOCUMENT_UNUSABLE", Severity.FAILURE, "Could not use the answer to {command}: {problem}."),

    // ---- evaluate: saved admin output -----------------------------------------------------------------------
    INPUT_UNPARSEABLE("INPUT_UNPARSEABLE", Severity.FAILURE, "{problem}."),
    TOPOLOGY_UNPARSEABLE("INPUT_UNPARSEABLE", Severity.FAILURE, "{source}: {problem}."),

    // ---- runs that never started (CLI and plugin) ------------------------------------------------------------
    /** {@code wait} is the lock's own sentence, {@code holder} "run" or "build", {@code option} the setting. */
    LOCK_TIMEOUT(
            "LOCK_TIMEOUT",
            Severity.FAILURE,
            "{wait} No snapshot was taken; run again when the other {holder}" + " has ended, or raise {option}."),
    LOCK_FAILED("LOCK_FAILED", Severity.FAILURE, "Cannot take the store lock: {problem}. No snapshot was taken."),
    LOCK_WAIT_CANCELLED(
            "CANCELLED", Severity.FAILURE, "Cancelled while waiting for the store lock{consequenceFragment}."),
    /** A step setting checked after the request exists (keep, maxAge, lockTimeout): {@code problem} names it. */
    CONFIGURATION_INVALID("CONFIGURATION_INVALID", Severity.FAILURE, "{problem} No snapshot was taken."),
    /** The login could not be made ready (no such credential, a login file that would prompt, a bad zip). */
    LOGIN_INVALID(
            "LOGIN_INVALID", Severity.FAILURE, "{problem}. No snapshot was taken; fix the login and run" + " again.");

    private final String code;
    private final Severity severity;
    private final String template;
    private final List<String> arguments;

    ReasonCode(String code, Severity severity, String template) {
        this.code = code;
        this.severity = severity;
        this.template = template;
        this.arguments = List.copyOf(argumentsOf(template));
    }

    /** The string {@code report.json} carries; stable across releases. */
    public String code() {
        return code;
    }

    /** The default severity; constants documented as set by the policy or the run take theirs from the caller. */
    public Severity severity() {
        return severity;
    }

    public String template() {
        return template;
    }

    /** The argument names, in the order {@link #format(Object...)} takes them. */
    public List<String> arguments() {
        return arguments;
    }

    /** The sentence, each argument written as {@link String#valueOf(Object)} would. */
    public String format(Object... values) {
        if (values.length != arguments.size()) {
            throw new IllegalArgumentException(
                    name() + " takes " + arguments.size() + " argument(s) " + arguments + ", got " + values.length);
        }
        StringBuilder out = new StringBuilder(template.length() + 64);
        int at = 0;
        while (at < template.length()) {
            int open = template.indexOf('{', at);
            if (open < 0) {
                out.append(template, at, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, at, open);
            out.append(values[arguments.indexOf(template.substring(open + 1, close))]);
            at = close + 1;
        }
        return out.toString();
    }

    /** The reason at this constant's default severity. */
    public Reason reason(Object... values) {
        return reasonAt(severity, values);
    }

    /** The reason at a severity the policy or the step of the run decides. */
    public Reason reasonAt(Severity weight, Object... values) {
        return new Reason(weight, code, format(values));
    }

    /** Whether some constant writes this code. */
    public static boolean isKnownCode(String code) {
        for (ReasonCode each : values()) {
            if (each.code.equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> argumentsOf(String template) {
        List<String> names = new ArrayList<>();
        int at = template.indexOf('{');
        while (at >= 0) {
            int close = template.indexOf('}', at);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed { in " + template);
            }
            String name = template.substring(at + 1, close);
            if (!names.contains(name)) {
                names.add(name);
            }
            at = template.indexOf('{', close);
        }
        return names;
    }
}
