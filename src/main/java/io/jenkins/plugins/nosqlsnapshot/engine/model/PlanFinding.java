package io.jenkins.plugins.nosqlsnapshot.engine.model;

/** @param effect BLOCKS or WARNS */
public record PlanFinding(int id, String name, String state, String effect) {}
