package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminOutputException;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentSplitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * One conversational admin shell ({@code runadmin ... -json}, no command): write one command, read its JSON
 * document, decide the next. The whole run therefore costs one admin JVM launch, whatever the store's size.
 *
 * <p>The shell prints the prompt {@code kv-> } before reading each command; a command is written only once its
 * prompt has appeared, so nothing is ever typed into a password prompt. Output is decoded leniently (invalid
 * UTF-8 becomes U+FFFD) and split into documents as it arrives, by a reader thread, so a slow or silent admin
 * never blocks the caller beyond its timeout. Any exchange that does not end with a document ends the session and
 * kills the process tree.
 *
 * <p>Commands that do not depend on each other's answers can be written together ({@link #sendAll}): the shell reads
 * standard input one line at a time and answers each line before it reads the next (oracle/nosql
 * {@code Shell.loop}; the batch captures g01, g02 and g04 were typed ahead exactly so), so the answers come in order
 * and only the round trips go.
 *
 * <p>After the last answer, {@link #exit} writes {@code exit} and returns at once: the verdict and the reports are
 * written while the JVM exits, and {@link #awaitExit} then gives it the rest of a short grace before it ends the
 * process tree.
 */
public final class AdminSession implements AutoCloseable {
    /**
     * What the admin gets to end by itself after {@code exit}, counted from {@code exit}: 25.3 took about 0.7 s
     * (issue 24) for what it does then (its jline history file, the admin logout of a secured store, the JVM's
     * shutdown), none of which the run needs. Once it is over, the process tree is ended.
     */
    public static final Duration EXIT_GRACE = Duration.ofMillis(1500);
    /** A JVM that writes a class-data archive at its exit gets longer: a cut archive is discarded. */
    public static final Duration ARCHIVE_EXIT_GRACE = Duration.ofSeconds(10);
    /** Commands written at once, at most: a full pipe would block the writer while the admin is stuck. */
    static final int MAX_BATCH_CHARS = 8192;

    private static final int STDERR_TAIL = 4096;

    private final RunningProcess process;
    private final SessionLimits limits;
    private final long deadline;
    private final Object lock = new Object();
    private final DocumentSplitter splitter;
    private final ArrayDeque<Arrived> documents = new ArrayDeque<>();
    private final long launchedNanos = System.nanoTime();
    private long readyNanos;
    private long exitSentNanos;
    private AdminExit exit;
    private final StringBuilder stderrTail = new StringBuilder();
    private boolean stdoutEnded;
    private boolean stderrEnded;
    private boolean dead;
    private boolean killed;
    private int commandsSent;
    private int invalidBytes;

    private AdminSession(RunningProcess process, SessionLimits limits) {
        this.process = process;
        this.limits = limits;
        this.deadline = System.nanoTime() + limits.sessionTimeout().toNanos();
        this.splitter = new DocumentSplitter(limits.maxDocumentChars());
        daemon("admin-stdout", this::pumpStdout).start();
        daemon("admin-stderr", this::pumpStderr).start();
    }

    /**
     * Starts the admin shell.
     *
     * @throws IOException when the program cannot be started; the message names it
     */
    public static AdminSession open(ProcessRunner runner, List<String> command, SessionLimits limits)
            throws IOException {
        RunningProcess process;
        try {
            process = runner.start(command);
        } catch (IOException e) {
            throw new IOException(
                    "Cannot start the admin CLI \"" + command.get(0) + "\": " + e.getMessage()
                            + " (check the java binary, the kvstore.jar path or the admin command)",
                    e);
        }
        return new AdminSession(process, limits);
    }

    /** Whether commands can still be sent. */
    public boolean isOpen() {
        synchronized (lock) {
            return !dead;
        }
    }

    /**
     * Sends one command and waits for its document. Never throws: every way an exchange can go wrong is a
     * {@link Reply} kind, and all but DOCUMENT close the session.
     */
    public Reply send(String command) {
        return sendAll(List.of(command)).get(0);
    }

    /**
     * Writes commands that do not depend on each other's answers together, once the shell's prompt has appeared,
     * and waits for their documents, in order. One reply per command, up to the first that ends the session (or an
     * unsolicited document before any prompt, e.g. a connection failure); the commands after it have none. Never
     * throws.
     */
    public List<Reply> sendAll(List<String> commands) {
        List<Reply> replies = new ArrayList<>(commands.size());
        int next = 0;
        while (next < commands.size()) {
            int end = next + 1;
            int chars = commands.get(next).length() + 1;
            while (end < commands.size() && chars + commands.get(end).length() + 1 <= MAX_BATCH_CHARS) {
                chars += commands.get(end).length() + 1;
                end++;
            }
            List<String> batch = commands.subList(next, end);
            List<Reply> answered = batch(batch);
            replies.addAll(answered);
            if (answered.size() < batch.size()
                    || !answered.get(answered.size() - 1).hasDocument()
                    || !isOpen()) {
                return replies;
            }
            next = end;
        }
        return replies;
    }

    private List<Reply> batch(List<String> commands) {
        String first = commands.get(0);
        long started = System.nanoTime();
        synchronized (lock) {
            if (dead) {
                return List.of(new Reply(
                        first,
                        Reply.Kind.ENDED,
                        null,
                        "the admin session had already ended before \"" + first + "\"",
                        started,
                        started));
            }
        }
        List<Reply> replies = new ArrayList<>(commands.size());
        try {
            Reply early = awaitPrompt(first, started);
            if (early != null) {
                return List.of(early);
            }
            long written = System.nanoTime();
            try {
                OutputStream stdin = process.stdin();
                stdin.write((String.join("\n", commands) + "\n").getBytes(StandardCharsets.UTF_8));
                stdin.flush();
            } catch (IOException e) {
                // the process may have just died; its output still tells why, so read on
            }
            synchronized (lock) {
                commandsSent += commands.size();
            }
            long from = written;
            for (String command : commands) {
                Reply reply = awaitDocument(command, from);
                replies.add(reply);
                if (!reply.hasDocument()) {
                    break;
                }
                from = reply.endNanos();
            }
            return replies;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            String command = commands.get(replies.size());
            replies.add(new Reply(
                    command,
                    Reply.Kind.CANCELLED,
                    null,
                    "cancelled while waiting for \"" + command + "\"",
                    started,
                    System.nanoTime()));
            return replies;
        }
    }

    /** Waits for the prompt of the next command; returns a reply only if the session cannot take it. */
    private Reply awaitPrompt(String command, long started) throws InterruptedException {
        long until = until();
        synchronized (lock) {
            while (true) {
                if (!documents.isEmpty()) {
                    // an unsolicited document, e.g. "connect store or admin service" before any prompt
                    return parsed(command, documents.poll(), started);
                }
                if (splitter.prompts() > commandsSent) {
                    return null;
                }
                Reply problem =
                        streamProblem(command, started, "before the admin shell was ready for \"" + command + "\"");
                if (problem != null) {
                    return problem;
                }
                long wait = until - System.nanoTime();
                if (wait <= 0) {
                    return timeout(command, started, "the admin shell did not become ready");
                }
                lock.wait(Math.max(1, wait / 1_000_000));
            }
        }
    }

    private Reply awaitDocument(String command, long started) throws InterruptedException {
        long until = until();
        synchronized (lock) {
            while (documents.isEmpty()) {
                Reply problem = streamProblem(command, started, "before it answered \"" + command + "\"");
                if (problem != null) {
                    return problem;
                }
                long wait = until - System.nanoTime();
                if (wait <= 0) {
                    return timeout(command, started, "no answer");
                }
                lock.wait(Math.max(1, wait / 1_000_000));
            }
            return parsed(command, documents.poll(), started);
        }
    }

    /** Called with the lock held. */
    private Reply streamProblem(String command, long started, String when) throws InterruptedException {
        if (splitter.overflowed()) {
            killLocked();
            return new Reply(
                    command,
                    Reply.Kind.TOO_LARGE,
                    null,
                    "the admin printed a document larger than " + limits.maxDocumentChars() + " characters for \""
                            + command + "\"; the session was ended",
                    started,
                    System.nanoTime());
        }
        String tail = splitter.textSinceLastDocument().strip().toLowerCase(Locale.ROOT);
        if (tail.endsWith("password:") || tail.endsWith("login as:")) {
            killLocked();
            return new Reply(
                    command,
                    Reply.Kind.PASSWORD_PROMPT,
                    null,
                    "the admin CLI asked for a password ("
                            + lastLine(splitter.textSinceLastDocument()) + ") " + when
                            + "; an unattended run cannot answer."
                            + " Put oracle.kv.password.noPrompt=true in the security file and keep the password in a wallet"
                            + " or password file (oracle.kv.auth.wallet.dir or oracle.kv.auth.pwdfile.file), or check the"
                            + " user name",
                    started,
                    System.nanoTime());
        }
        if (stdoutEnded) {
            dead = true;
            OptionalInt exit = process.waitFor(Duration.ofSeconds(2));
            awaitStderrEnd(Duration.ofSeconds(2));
            String pending = splitter.insideDocument()
                    ? " (its last document was cut off after " + splitter.pendingChars() + " characters)"
                    : "";
            return new Reply(
                    command,
                    Reply.Kind.ENDED,
                    null,
                    "the admin CLI ended " + when + (exit.isPresent() ? " with exit code " + exit.getAsInt() : "")
                            + pending + stderrSummary(),
                    started,
                    System.nanoTime());
        }
        return null;
    }

    private Reply parsed(String command, Arrived arrived, long started) {
        try {
            AdminDocument document = DocumentParser.parse(arrived.json(), command);
            if (document.isConnectionFailure()) {
                dead = true;
            }
            return new Reply(command, Reply.Kind.DOCUMENT, document, null, started, arrived.nanos());
        } catch (AdminOutputException e) {
            killLocked();
            return new Reply(command, Reply.Kind.UNPARSEABLE, null, e.getMessage(), started, arrived.nanos());
        }
    }

    /** A document and when it was read. */
    private record Arrived(String json, long nanos) {}

    private Reply timeout(String command, long started, String what) {
        killLocked();
        boolean sessionLimit = System.nanoTime() >= deadline;
        String limit = sessionLimit
                ? "the run's timeout of " + human(limits.sessionTimeout())
                : "the command timeout of " + human(limits.commandTimeout());
        String pending = splitter.insideDocument()
                ? " (an unfinished document of " + splitter.pendingChars() + " characters had arrived)"
                : "";
        return new Reply(
                command,
                Reply.Kind.TIMEOUT,
                null,
                "\"" + command + "\" timed out: " + what + pending + " within " + limit
                        + "; the admin process was killed" + stderrSummary(),
                started,
                System.nanoTime());
    }

    private long until() {
        return Math.min(deadline, System.nanoTime() + limits.commandTimeout().toNanos());
    }

    /**
     * Writes {@code exit} when the session is still open and returns at once: the admin's work is done, nothing more
     * is read from it. {@link #awaitExit} makes sure it is gone. Safe to call more than once.
     */
    public void exit() {
        boolean open;
        synchronized (lock) {
            if (exitSentNanos != 0) {
                return;
            }
            exitSentNanos = System.nanoTime();
            open = !dead;
            dead = true;
        }
        if (!open) {
            return;
        }
        try {
            OutputStream stdin = process.stdin();
            stdin.write("exit\n".getBytes(StandardCharsets.UTF_8));
            stdin.flush();
            stdin.close();
        } catch (IOException e) {
            // it could not be told: it is ended after its grace like one that does not listen
        }
    }

    /**
     * Waits until the admin has ended by itself, at most until its grace after {@link #exit} is over ({@link
     * #EXIT_GRACE}, or {@link #ARCHIVE_EXIT_GRACE} for a JVM that writes a class-data archive at its exit), then
     * ends its process tree. Sends {@code exit} first if that has not been done. The same answer every time.
     */
    public AdminExit awaitExit() {
        exit();
        synchronized (lock) {
            if (exit != null) {
                return exit;
            }
        }
        Duration grace = process.worksAtExit() ? ARCHIVE_EXIT_GRACE : EXIT_GRACE;
        boolean wasKilled;
        long sent;
        synchronized (lock) {
            wasKilled = killed;
            sent = exitSentNanos;
        }
        AdminExit.How how;
        OptionalInt code = OptionalInt.empty();
        try {
            long left = sent + grace.toNanos() - System.nanoTime();
            code = process.waitFor(Duration.ofNanos(Math.max(1_000_000, left)));
            how = wasKilled
                    ? AdminExit.How.ALREADY_ENDED
                    : code.isPresent() ? AdminExit.How.BY_ITSELF : AdminExit.How.AFTER_GRACE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            how = wasKilled ? AdminExit.How.ALREADY_ENDED : AdminExit.How.AFTER_GRACE;
        }
        if (process.isAlive()) {
            process.kill();
            try {
                // reaped, so that nothing of it is left when the run ends
                process.waitFor(Duration.ofSeconds(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        AdminExit ended = new AdminExit(
                sent,
                System.nanoTime(),
                how,
                how == AdminExit.How.BY_ITSELF ? code : OptionalInt.empty(),
                grace.toMillis());
        synchronized (lock) {
            if (exit == null) {
                exit = ended;
            }
            return exit;
        }
    }

    /** Sends {@code exit} and makes sure the process is gone ({@link #awaitExit}). */
    @Override
    public void close() {
        awaitExit();
    }

    /** When the process was started, on {@link System#nanoTime()}. */
    public long launchedNanos() {
        return launchedNanos;
    }

    /** When the shell's first prompt appeared (it had started, connected and logged in), or 0 if it never did. */
    public long readyNanos() {
        synchronized (lock) {
            return readyNanos;
        }
    }

    /** Kills the admin process tree now (timeouts, cancellation). */
    public void kill() {
        synchronized (lock) {
            killLocked();
        }
    }

    private void killLocked() {
        dead = true;
        killed = true;
        process.kill();
        lock.notifyAll();
    }

    /** How many bytes of stdout were not valid UTF-8 (replaced by U+FFFD). */
    public int invalidBytes() {
        synchronized (lock) {
            return invalidBytes;
        }
    }

    private void pumpStdout() {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        char[] buffer = new char[64 * 1024];
        InputStream stdout = process.stdout();
        try (Reader reader = new InputStreamReader(stdout, decoder)) {
            int read;
            while ((read = reader.read(buffer)) >= 0) {
                String chunk = new String(buffer, 0, read);
                int replaced = 0;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\uFFFD') {
                        replaced++;
                    }
                }
                synchronized (lock) {
                    invalidBytes += replaced;
                    int promptsBefore = splitter.prompts();
                    List<String> done = splitter.accept(chunk);
                    long now = System.nanoTime();
                    for (String json : done) {
                        documents.add(new Arrived(json, now));
                    }
                    if (readyNanos == 0 && splitter.prompts() > 0) {
                        readyNanos = now;
                    }
                    // wake the waiting command only for what it looks at: a document, a prompt, an overflow,
                    // or a pause in the output (a password prompt); not for every slice of a long log
                    if (!done.isEmpty()
                            || splitter.prompts() != promptsBefore
                            || splitter.overflowed()
                            || nothingMoreYet(stdout)) {
                        lock.notifyAll();
                    }
                }
            }
        } catch (IOException e) {
            // the stream ends when the process is killed; what was read stands
        } finally {
            synchronized (lock) {
                stdoutEnded = true;
                lock.notifyAll();
            }
        }
    }

    private static boolean nothingMoreYet(InputStream stdout) {
        try {
            return stdout.available() == 0;
        } catch (IOException e) {
            return true;
        }
    }

    private void pumpStderr() {
        byte[] buffer = new byte[4096];
        try (InputStream in = process.stderr()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                String chunk = new String(buffer, 0, read, StandardCharsets.UTF_8);
                synchronized (lock) {
                    stderrTail.append(chunk);
                    if (stderrTail.length() > 2 * STDERR_TAIL) {
                        stderrTail.delete(0, stderrTail.length() - STDERR_TAIL);
                    }
                }
            }
        } catch (IOException e) {
            // ends with the process
        } finally {
            synchronized (lock) {
                stderrEnded = true;
                lock.notifyAll();
            }
        }
    }

    /**
     * Called with the lock held, once stdout has ended: lets the stderr pump read to the end (it needs the lock to
     * append), so the reason for an early end always carries what the admin printed there. Bounded, for a child
     * process that keeps stderr open.
     */
    private void awaitStderrEnd(Duration max) throws InterruptedException {
        long until = System.nanoTime() + max.toNanos();
        while (!stderrEnded) {
            long wait = until - System.nanoTime();
            if (wait <= 0) {
                return;
            }
            lock.wait(Math.max(1, wait / 1_000_000));
        }
    }

    /** Meaningful stderr lines (without the jline "dumb terminal" noise), for messages. */
    private String stderrSummary() {
        StringBuilder useful = new StringBuilder();
        for (String line : stderrTail.toString().split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.contains("org.jline") || trimmed.contains("dumb terminal")) {
                continue;
            }
            if (useful.length() > 0) {
                useful.append(" | ");
            }
            useful.append(trimmed);
        }
        if (useful.length() == 0) {
            return "";
        }
        String text = useful.length() > 600 ? "..." + useful.substring(useful.length() - 600) : useful.toString();
        return "; stderr: " + text;
    }

    private static String lastLine(String text) {
        String stripped = text.strip();
        int newline = stripped.lastIndexOf('\n');
        String line = newline < 0 ? stripped : stripped.substring(newline + 1);
        return "\"" + (line.length() > 80 ? line.substring(line.length() - 80) : line) + "\"";
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    static String human(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 60 && seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return seconds > 0 ? seconds + " s" : duration.toMillis() + " ms";
    }
}
