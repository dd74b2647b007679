package hudson.model;

import hudson.ExtensionPoint;

public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem
        implements ExtensionPoint {
    protected Job(ItemGroup parent, String name) {
        super(parent, name);
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public RunT getLastSuccessfulBuild() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public RunT getLastStableBuild() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public RunT getLastCompletedBuild() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
