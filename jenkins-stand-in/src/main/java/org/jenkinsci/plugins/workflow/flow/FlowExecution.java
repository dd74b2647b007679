package org.jenkinsci.plugins.workflow.flow;

/**
 * workflow-api: flow/FlowExecution.java. Trimmed: implements FlowActionStorage, GraphLookupView, and every member;
 * only the parameter type of FlowNode's constructor.
 */
public abstract class FlowExecution {}
