package io.jenkins.plugins.nosqlsnapshot.core.testing;

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

/**
 * A stand-in for {@code java -jar kvstore.jar runadmin ... -json} in interactive mode, replaying documents captured
 * from a real store. Run as its own JVM: {@code java -cp <test-classes> ...FakeAdmin SCRIPT [runadmin args...]}.
 *
 * <p>Script lines (relative paths are resolved against the script's folder):
 * <pre>
 * # comment
 * &#64;start connect-fail FILE     print FILE's document without a prompt, exit 1 (the real connection failure)
 * &#64;start prompt TEXT           print TEXT (e.g. a password prompt) and then wait on stdin
 * &#64;args-must-contain ARG       exit 64 with a usage error unless ARG is among the arguments
 * COMMAND = FILE[#N]              answer with the Nth (1-based) document of FILE, default the last one
 * COMMAND = hang                  print nothing, never answer
 * COMMAND = exit N                end the process with code N without answering
 * COMMAND = A ; B                 answer A the first time, B every time after
 * * = ...                         answer for any command not listed
 * </pre>
 * Every command line read is appended to the file named by the system property {@code fake.admin.log}, if set,
 * so tests can check what the engine sent.
 */
public final class FakeAdmin {
    private static final String UNKNOWN = "{\n  \"operation\": \"%s\",\n  \"returnCode\": 5100,\n"
            + "  \"description\": \"Unknown command: %s\",\n  \"returnValue\": null\n}";
    private static final String EXIT = "{\n  \"operation\": \"exit\",\n  \"returnCode\": 5000,\n"
            + "  \"description\": \"exiting shell\",\n  \"returnValue\": null\n}";

    private FakeAdmin() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path script = Path.of(args[0]);
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> starts = new ArrayList<>();
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
        List<String> runadminArgs = List.of(args).subList(1, args.length);
        for (String start : starts) {
            String[] parts = start.split(" ", 3);
            switch (parts[0]) {
                case "@args-must-contain" -> {
                    if (!runadminArgs.contains(parts[1])) {
                        System.err.println("Argument error: expected " + parts[1] + " in " + runadminArgs);
                        System.exit(64);
                    }
                }
                case "@start" -> {
                    if ("connect-fail".equals(parts[1])) {
                        out.print(document(script, parts[2]) + "\n");
                        System.exit(1);
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
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (true) {
            out.print("kv-> ");
            out.flush();
            String command = in.readLine();
            if (command == null) {
                return;
            }
            command = command.strip();
            if (log != null) {
                Files.writeString(Path.of(log), command + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
            if ("exit".equals(command)) {
                out.print(EXIT + "\n");
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
            } else if ("hang".equals(answer)) {
                Thread.sleep(Long.MAX_VALUE);
            } else if (answer.startsWith("exit ")) {
                System.exit(Integer.parseInt(answer.substring(5).strip()));
            } else {
                out.print(document(script, answer) + "\n");
            }
        }
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
