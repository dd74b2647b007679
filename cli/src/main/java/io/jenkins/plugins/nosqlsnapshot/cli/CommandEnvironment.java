package io.jenkins.plugins.nosqlsnapshot.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a command reads of the process it runs in: the environment variables and the user's home directory. Tests
 * give their own, so that no test writes into the real home.
 */
record CommandEnvironment(Map<String, String> variables, Path userHome) {
    CommandEnvironment {
        variables = Map.copyOf(variables);
    }

    static CommandEnvironment system() {
        return new CommandEnvironment(System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
