package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * How to reach the admin: a launcher (either {@code java -jar kvstore.jar runadmin} or a site's own command such as
 * {@code kv_admin}), an endpoint (an SN's registry {@code host}/{@code port}, or helper hosts), and optionally a login
 * file and user name. Builds argument lists, never a shell string. Holds no secret: the login file holds the
 * password store's location, not the password.
 *
 * @param launcher     the program and its leading arguments, e.g. {@code [java, -jar, /opt/kv/lib/kvstore.jar, runadmin]}
 * @param helperHosts  {@code host:port} entries; empty when {@code host}/{@code port} are used
 * @param securityFile path of the login file ({@code -security}), or null for a non-secure store
 * @param username     {@code -username}, or null
 */
public record AdminTarget(
        List<String> launcher, String host, int port, List<String> helperHosts, String securityFile, String username) {
    public AdminTarget {
        launcher = List.copyOf(launcher);
        helperHosts = List.copyOf(helperHosts);
        if (launcher.isEmpty()) {
            throw new IllegalArgumentException("No admin launcher: give the kvstore.jar path or an admin command");
        }
        if (helperHosts.isEmpty()) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("No admin endpoint: give host and port of a Storage Node"
                        + " (its registry port, e.g. 5000) or helper hosts (host:port,host:port)");
            }
            checkPort(port, "port");
        } else if (host != null) {
            throw new IllegalArgumentException(
                    "Give either host and port or helper hosts, not both" + " (the admin CLI refuses both)");
        }
        securityFile = blankToNull(securityFile);
        username = blankToNull(username);
    }

    /**
     * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar JAR runadmin} ({@link AdminJvm#DEFAULT});
     * {@code java} may be null for the one on the PATH.
     */
    public static List<String> kvstoreJar(String jar, String java) {
        return kvstoreJar(jar, java, AdminJvm.DEFAULT);
    }

    /** {@code java [JVM options] -jar JAR runadmin}; {@code java} may be null for the one on the PATH. */
    public static List<String> kvstoreJar(String jar, String java, AdminJvm jvm) {
        if (jar == null || jar.isBlank()) {
            throw new IllegalArgumentException(
                    "The kvstore.jar path is empty; give the path of KVHOME/lib/kvstore.jar");
        }
        String javaBinary = java == null || java.isBlank() ? "java" : java.strip();
        List<String> launcher = new ArrayList<>();
        launcher.add(javaBinary);
        launcher.addAll(jvm.arguments());
        launcher.addAll(List.of("-jar", jar.strip(), "runadmin"));
        return List.copyOf(launcher);
    }

    /**
     * A site's command prefix such as {@code kv_admin} or {@code sudo -u oracle /opt/kv/bin/admin}, split into
     * arguments at blanks; single or double quotes keep blanks inside one argument. No shell is involved.
     */
    public static List<String> adminCommand(String command) {
        if (command == null || command.isBlank()) {
            throw new IllegalArgumentException("The admin command is empty; give e.g. \"kv_admin\"");
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean inToken = false;
        for (char c : command.strip().toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inToken = true;
            } else if (Character.isWhitespace(c)) {
                if (inToken) {
                    parts.add(current.toString());
                    current.setLength(0);
                    inToken = false;
                }
            } else {
                current.append(c);
                inToken = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("The admin command has an unclosed " + quote + " quote: " + command);
        }
        if (inToken) {
            parts.add(current.toString());
        }
        return parts;
    }

    /** Parses {@code host:port,host:port}. */
    public static List<String> helperHosts(String list) {
        List<String> hosts = new ArrayList<>();
        for (String entry : list.split(",")) {
            String hostPort = entry.strip();
            if (hostPort.isEmpty()) {
                continue;
            }
            int colon = hostPort.lastIndexOf(':');
            if (colon <= 0 || colon == hostPort.length() - 1) {
                throw new IllegalArgumentException(
                        "Helper host \"" + hostPort + "\" is not host:port (e.g. node1:5000)");
            }
            try {
                checkPort(Integer.parseInt(hostPort.substring(colon + 1)), "port of helper host " + hostPort);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Helper host \"" + hostPort + "\" has a port that is not a number");
            }
            hosts.add(hostPort);
        }
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("Helper hosts are empty; give host:port[,host:port...]");
        }
        return hosts;
    }

    /** The interactive admin session: no command, {@code -json} so every reply is a JSON document. */
    public List<String> sessionCommand() {
        List<String> command = new ArrayList<>(launcher);
        if (helperHosts.isEmpty()) {
            command.add("-host");
            command.add(host);
            command.add("-port");
            command.add(Integer.toString(port));
        } else {
            command.add("-helper-hosts");
            command.add(String.join(",", helperHosts));
        }
        if (securityFile != null) {
            command.add("-security");
            command.add(securityFile);
        }
        if (username != null) {
            command.add("-username");
            command.add(username);
        }
        command.add("-json");
        return command;
    }

    /** {@code host:port} or the helper hosts, as given: for messages (the lock key is {@code engine.lock.StoreKey}). */
    public String endpoint() {
        return helperHosts.isEmpty() ? host + ":" + port : String.join(",", helperHosts);
    }

    private static void checkPort(int port, String what) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("The " + what + " must be between 1 and 65535, got " + port);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
