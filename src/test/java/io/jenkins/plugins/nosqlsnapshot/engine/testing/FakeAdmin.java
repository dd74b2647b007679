package io.jenkins.plugins.nosqlsnapshot.engine.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A stand-in for {@code java -jar kvstore.jar runadmin ... -json} in interactive mode, replaying documents captured
 * from a real store. Run as its own JVM: {@code java -cp <test-classes> ...FakeAdmin SCRIPT [runadmin args...]},
 * or as a kvstore.jar ({@link FakeKvstoreJar}): {@code java -Dfake.admin.script=SCRIPT -jar JAR runadmin [args...]}.
 *
 * <p>Script lines (relative paths are resolved against the script's folder):
 * <pre>
 * # comment
 * &#64;start connect-fail FILE     print FILE's document without a prompt, exit 1 (the real connection failure)
 * &#64;start prompt TEXT           print TEXT (e.g. a password prompt) and then wait on stdin
 * &#64;args-must-contain ARG       exit 64 with a usage error unless ARG is among the arguments
 * &#64;exit-delay MILLIS           after answering exit, stay MILLIS ms before ending (a JVM slow to exit)
 * COMMAND = FILE[#N]              answer with the Nth (1-based) document of FILE, default the last one
 * COMMAND = hang                  print nothing, never answer
 * COMMAND = hang-until-eof        print nothing, never answer; end when stdin closes (no process outlives a test JVM)
 * COMMAND = exit N                end the process with code N without answering
 * COMMAND = A ; B                 answer A the first time, B every time after
 * * = ...                         answer for any command not listed
 * </pre>
 * An answer may be several steps joined by {@code " + "}, run in order; besides {@code FILE[#N]}, {@code hang} and
 * {@code exit N}, the fault-injection steps are:
 * <pre>
 * kill                            SIGKILL this process (the engine sees exit code 137)
 * cut CHARS FILE[#N]              the first CHARS characters of the document only
 * slow FILE[#N]                   the document one byte per millisecond
 * interleave FILE[#N]             the document line by line, a stderr line after each
 * garbage BYTES SEED              BYTES random bytes (any value, braces included) from SEED
 * noise MB                        MB megabytes of log-like lines without any JSON
 * grow-list MB FILE[#N]           a show snapshots document grown to MB megabytes with more snapshot names
 * omit ID,ID FILE[#N]             the document without those entries in its lists (a silent omission)
 * bad-utf8 WORD FILE[#N]          the document with the last byte of the first WORD replaced by 0xFF
 * text STRING                     STRING on stdout (\n, \t unescaped)
 * stderr STRING                   STRING on stderr
 * </pre>
 * Given a command after the connection options ({@code runadmin -host H -port P snapshot create -name X -json}),
 * it answers that one command as the real admin does in single-command mode, without a prompt, and ends.
 * {@code @start hang} never prints the first prompt; {@code @start stderr STRING} writes to stderr first.
 * The system property {@code fake.admin.where} names a file that gets {@code cwd=...}, {@code pid=PID}, {@code host=...} and {@code parent=PID}
 * of this process at its start.
 * Every command line read is appended to the file named by the system property {@code fake.admin.log}, if set,
 * so tests can check what the engine sent; {@code fake.admin.ahead} names a file that gets, for each command, whether
 * it was already waiting on stdin when its prompt was printed ({@code ahead COMMAND} or {@code asked COMMAND}).
 */
public final class FakeAdmin {
    private static final String UNKNOWN = "{\n  \"operation\": \"%s\",\n  \"returnCode\": 5100,\n"
            + "  \"description\": \"Unknown command: %s\",\n  \"returnValue\": null\n}";
    private static final String EXIT = "{\n  \"operation\": \"exit\",\n  \"returnCode\": 5000,\n"
            + "  \"description\": \"exiting shell\",\n  \"returnValue\": null\n}";

    private FakeAdmin() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        // Run as a kvstore.jar (java -Dfake.admin.script=SCRIPT -jar fake-kvstore.jar runadmin ...), every argument
        // is the admin's; run from the class path, the first one names the script.
        String scriptProperty = System.getProperty("fake.admin.script");
        int firstAdminArgument = scriptProperty != null ? 0 : 1;
        Path script = Path.of(scriptProperty != null ? scriptProperty : args[0]);
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> starts = new ArrayList<>();
        long exitDelay = 0;
        for (String raw : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                starts.add(line);
                continue;
            }
            int eq = line.indexOf(" = ");
            answers.put(line.substring(0, eq).strip(), line.substring(eq + 3).strip());
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> runadminArgs = List.of(args).subList(firstAdminArgument, args.length);
        String where = System.getProperty("fake.admin.where");
        if (where != null) {
            // where this admin process ran: the ITests prove the admin runs on the node that holds the workspace
            // whole or not at all: a test reads it while this process may be killed
            Path pending = Path.of(where + ".tmp");
            Files.writeString(
                    pending,
                    "cwd=" + Path.of("").toAbsolutePath() + "\npid="
                            + ProcessHandle.current().pid() + "\nhost="
                            + java.net.InetAddress.getLocalHost().getHostName() + "\nparent="
                            + ProcessHandle.current()
                                    .parent()
                                    .map(ProcessHandle::pid)
                                    .orElse(-1L) + "\n",
                    StandardCharsets.UTF_8);
            Files.move(pending, Path.of(where), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        for (String start : starts) {
            String[] parts = start.split(" ", 3);
            switch (parts[0]) {
                case "@args-must-contain" -> {
                    if (!runadminArgs.contains(parts[1])) {
                        System.err.println("Argument error: expected " + parts[1] + " in " + runadminArgs);
                        System.exit(64);
                    }
                }
                case "@exit-delay" -> exitDelay = Long.parseLong(parts[1]);
                case "@start" -> {
                    if ("connect-fail".equals(parts[1])) {
                        out.print(document(script, parts[2]) + "\n");
                        System.exit(1);
                    } else if ("hang".equals(parts[1])) {
                        Thread.sleep(Long.MAX_VALUE);
                    } else if ("stderr".equals(parts[1])) {
                        System.err.print(unescape(parts[2]));
                        System.err.flush();
                    } else if ("prompt".equals(parts[1])) {
                        out.print(parts[2]);
                        out.flush();
                        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                        Thread.sleep(Long.MAX_VALUE);
                    }
                }
                default -> throw new IllegalArgumentException("unknown directive " + start);
            }
        }
        String log = System.getProperty("fake.admin.log");
        String single = singleCommand(runadminArgs);
        if (!single.isEmpty()) {
            // runadmin ... COMMAND [-json]: the seed's one command per admin JVM; answers it and ends
            if (log != null) {
                Files.writeString(
                        Path.of(log),
                        "single: " + single + "\n",
                        StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
            String answer = answers.getOrDefault(single, answers.get("*"));
            if (answer == null) {
                out.print(String.format(UNKNOWN, single.split(" ")[0], single) + "\n");
            } else {
                for (String step : answer.split(" \\+ ")) {
                    perform(script, step.strip().replaceFirst(" ; .*", ""), out);
                }
            }
            return;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String ahead = System.getProperty("fake.admin.ahead");
        while (true) {
            out.print("kv-> ");
            out.flush();
            boolean waiting = in.ready();
            String command = in.readLine();
            if (command == null) {
                return;
            }
            command = command.strip();
            if (log != null) {
                Files.writeString(
                        Path.of(log),
                        command + "\n",
                        StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
            if (ahead != null) {
                Files.writeString(
                        Path.of(ahead),
                        (waiting ? "ahead " : "asked ") + command + "\n",
                        StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            }
            if ("exit".equals(command)) {
                out.print(EXIT + "\n");
                out.flush();
                Thread.sleep(exitDelay);
                return;
            }
            String answer = answers.getOrDefault(command, answers.get("*"));
            if (answer != null && answer.contains(" ; ")) {
                String key = answers.containsKey(command) ? command : "*";
                answers.put(key, answer.substring(answer.indexOf(" ; ") + 3));
                answer = answer.substring(0, answer.indexOf(" ; "));
            }
            if (answer == null) {
                String word = command.split(" ")[0];
                out.print(String.format(UNKNOWN, word, command) + "\n");
            } else {
                for (String step : answer.split(" \\+ ")) {
                    perform(script, step.strip(), out);
                }
            }
        }
    }

    private static void perform(Path script, String step, PrintStream out) throws IOException, InterruptedException {
        String[] words = step.split(" ", 3);
        switch (words[0]) {
            case "hang" -> Thread.sleep(Long.MAX_VALUE);
            case "hang-until-eof" -> {
                // never answers, but ends once nothing can write to it any more (the JVM that started it is gone)
                while (System.in.read() >= 0) {
                    // what the engine types is ignored
                }
                System.exit(0);
            }
            case "exit" -> System.exit(Integer.parseInt(words[1]));
            case "kill" -> killMyself();
            case "cut" -> {
                String document = document(script, words[2]);
                out.print(document.substring(0, Math.min(document.length(), Integer.parseInt(words[1]))));
                out.flush();
            }
            case "slow" -> {
                for (byte b : (document(script, step.substring(5)) + "\n").getBytes(StandardCharsets.UTF_8)) {
                    out.write(b);
                    out.flush();
                    Thread.sleep(1);
                }
            }
            case "interleave" -> {
                int line = 0;
                for (String text : document(script, step.substring(11)).split("\n")) {
                    out.print(text + "\n");
                    out.flush();
                    System.err.println("WARNING: interleaved diagnostic line " + ++line + " {\"not\": \"json\"}");
                    System.err.flush();
                }
            }
            case "garbage" -> {
                byte[] bytes = new byte[Integer.parseInt(words[1])];
                new Random(Long.parseLong(words[2])).nextBytes(bytes);
                out.write(bytes);
                out.flush();
            }
            case "noise" -> {
                long bytes = Long.parseLong(words[1]) * 1024 * 1024;
                String line = "Redirecting to master at rmi://127.0.0.1:7000 (log line without any JSON in it)\n";
                byte[] block = line.repeat(64 * 1024 / line.length()).getBytes(StandardCharsets.UTF_8);
                long written = 0;
                for (; written + block.length <= bytes; written += block.length) {
                    out.write(block, 0, block.length);
                }
                for (; written < bytes; written += line.length()) {
                    out.print(line);
                }
                out.flush();
            }
            case "grow-list" ->
                out.print(grownList(document(script, words[2]), Long.parseLong(words[1]) * 1024 * 1024) + "\n");
            case "omit" -> out.print(omit(document(script, words[2]), List.of(words[1].split(","))) + "\n");
            case "bad-utf8" -> {
                byte[] bytes = (document(script, words[2]) + "\n").getBytes(StandardCharsets.UTF_8);
                byte[] word = words[1].getBytes(StandardCharsets.UTF_8);
                int at = indexOf(bytes, word);
                if (at < 0) {
                    throw new IOException("bad-utf8: " + words[1] + " is not in the document");
                }
                bytes[at + word.length - 1] = (byte) 0xFF;
                out.write(bytes);
                out.flush();
            }
            case "text" -> {
                out.print(unescape(step.substring(5)));
                out.flush();
            }
            case "stderr" -> {
                System.err.print(unescape(step.substring(7)));
                System.err.flush();
            }
            default -> out.print(document(script, step) + "\n");
        }
    }

    /** The words after the connection options, without {@code -json}: empty for the interactive session. */
    static String singleCommand(List<String> runadminArgs) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < runadminArgs.size(); i++) {
            String arg = runadminArgs.get(i);
            switch (arg) {
                case "runadmin", "-json" -> {}
                case "-host", "-port", "-helper-hosts", "-security", "-username", "-store" -> i++;
                default -> words.add(arg);
            }
        }
        return String.join(" ", words);
    }

    /** A real signal, not a chosen exit code: what an OOM killer or {@code kill -9} does to the admin JVM. */
    private static void killMyself() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid()))
                .inheritIO()
                .start()
                .waitFor();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** The listing with generated names {@code 261124-HHMMSS-FILLn} added until it is {@code bytes} long. */
    static String grownList(String document, long bytes) {
        int close = document.lastIndexOf(']');
        StringBuilder names = new StringBuilder();
        for (int i = 0; document.length() + names.length() < bytes; i++) {
            String time = Integer.toString(1_000_000 + i % 1_000_000).substring(1);
            names.append(",\n      \"261124-")
                    .append(time)
                    .append("-FILL")
                    .append(i)
                    .append('"');
        }
        return document.substring(0, close).stripTrailing() + names + "\n    " + document.substring(close);
    }

    /** Removes quoted entries from the document's arrays, keeping the captured layout. */
    static String omit(String document, List<String> ids) {
        String result = document;
        for (String id : ids) {
            String quoted = Pattern.quote("\"" + id + "\"");
            result = result.replaceAll(",\\s*" + quoted + "(?=\\s*[,\\]])", "")
                    .replaceAll("(\\[\\s*)" + quoted + "\\s*,\\s*", "$1")
                    .replaceAll("\\[\\s*" + quoted + "\\s*\\]", "[]");
        }
        return result;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\t", "\t");
    }

    /** The Nth document (1-based; default: the last) of a captured output. */
    static String document(Path script, String reference) throws IOException {
        int hash = reference.lastIndexOf('#');
        String file = hash < 0 ? reference : reference.substring(0, hash);
        String text = Files.readString(script.resolveSibling(file), StandardCharsets.UTF_8);
        List<int[]> spans = spans(text);
        if (spans.isEmpty()) {
            throw new IOException("no document in " + file);
        }
        int index = hash < 0 ? spans.size() - 1 : Integer.parseInt(reference.substring(hash + 1)) - 1;
        int[] span = spans.get(index);
        return text.substring(span[0], span[1]);
    }

    /** Start and end of each top-level {...} that begins a line or follows a prompt. */
    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int depth = 0;
        int start = -1;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"' && depth > 0) {
                inString = true;
            } else if (c == '{') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == '}' && depth > 0 && --depth == 0) {
                spans.add(new int[] {start, i + 1});
            }
        }
        return spans;
    }
}
