package com.cloudbees.plugins.credentials.domains;

import java.io.Serializable;

/** credentials: domains/DomainRequirement.java. Used only as a type argument (an empty list). */
public class DomainRequirement implements Serializable {
    private DomainRequirement() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}
