package io.jenkins.plugins.nosqlsnapshot.engine.store;

/** An admin plan ({@code show plans -json}). */
public record Plan(int id, String name, String state) {
    /** One line: {@code plan 21 "Deploy Topo" RUNNING}. */
    public String describe() {
        return "plan " + id + " \"" + name + "\" " + state;
    }
}
