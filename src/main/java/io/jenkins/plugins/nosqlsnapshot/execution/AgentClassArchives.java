package io.jenkins.plugins.nosqlsnapshot.execution;

import hudson.EnvVars;
import hudson.FilePath;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.AdminTarget;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ClassArchiveCache;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ClassArchives;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ClassSharingLaunch;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ClassSharingRunner;
import io.jenkins.plugins.nosqlsnapshot.engine.admin.ProcessRunner;
import io.jenkins.plugins.nosqlsnapshot.outcome.Console;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import jenkins.agents.ControllerToAgentFileCallable;

/**
 * The admin JVM's class-data sharing archives in the cache of the node that runs the build (its user's
 * {@code ~/.cache/nosql-snapshot} or {@code $XDG_CACHE_HOME}), where the admin starts: the engine's
 * {@link ClassArchiveCache} runs there, one call before the launch and one after it.
 */
final class AgentClassArchives implements ClassArchives {
    private final FilePath workspace;
    private final String searchPath;

    private AgentClassArchives(FilePath workspace, String searchPath) {
        this.workspace = workspace;
        this.searchPath = searchPath;
    }

    /** {@code local} with the archive when {@code share}, its notes in the build log; else {@code local} itself. */
    static ProcessRunner runner(
            ProcessRunner local, AdminTarget target, boolean share, FilePath workspace, EnvVars env, PrintStream log) {
        if (!share) {
            return local;
        }
        return new ClassSharingRunner(
                local,
                target.launcher(),
                new AgentClassArchives(workspace, env.get("PATH")),
                note -> log.println(Console.PREFIX + note));
    }

    @Override
    public ClassSharingLaunch prepare(String java, List<String> jvmOptions, String jar) {
        try {
            return workspace.act(new Prepare(java, List.copyOf(jvmOptions), jar, searchPath));
        } catch (IOException e) {
            return ClassSharingLaunch.plain("class-data sharing off for this run: the build's node did not answer ("
                    + e.getMessage() + "); the admin JVM starts without it");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ClassSharingLaunch.plain(null);
        }
    }

    @Override
    public Optional<String> settle(ClassSharingLaunch launch, boolean exited, String stderr) {
        try {
            return Optional.ofNullable(workspace.act(new Settle(launch, exited, stderr)));
        } catch (IOException e) {
            return Optional.of("class-data archive " + launch.archive() + ": the build's node did not answer ("
                    + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** On the node: the launch's class-data sharing options, from that node's cache. */
    record Prepare(String java, List<String> jvmOptions, String jar, String searchPath)
            implements ControllerToAgentFileCallable<ClassSharingLaunch> {
        private static final long serialVersionUID = 1L;

        @Override
        public ClassSharingLaunch invoke(File file, VirtualChannel channel) {
            return ClassArchiveCache.forThisUser(searchPath).prepare(java, jvmOptions, jar);
        }
    }

    /** On the node: keeps or drops the launch's archive; the note, or null. */
    record Settle(ClassSharingLaunch launch, boolean exited, String stderr)
            implements ControllerToAgentFileCallable<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String invoke(File file, VirtualChannel channel) {
            return ClassArchiveCache.forThisUser(null)
                    .settle(launch, exited, stderr)
                    .orElse(null);
        }
    }
}
