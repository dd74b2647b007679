package io.jenkins.plugins.nosqlsnapshot.engine.run;

/** Receives one line per step of a run, for a console or a build log. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = message -> {};

    void progress(String message);
}
