package jenkins.model;

public interface OnMaster {}
