package jenkins.security;

import java.io.Serializable;

public interface SerializableOnlyOverRemoting extends Serializable {}
