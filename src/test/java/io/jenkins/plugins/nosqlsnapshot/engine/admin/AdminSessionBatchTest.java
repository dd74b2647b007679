package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Commands written at once, answered as the real 25.3 admin answered the typed-ahead batch sessions g01 and g04
 * (every command of the captures' .stdin was on standard input before the first prompt): one document per command,
 * in order, each after its prompt.
 */
class AdminSessionBatchTest {
    /**
     * Prints a captured batch session's standard output as the admin printed it: the first prompt at once, then the
     * answer to each line (and the next prompt) once that line has been written to it. Records what it is sent.
     */
    static final class Replay implements RunningProcess {
        private static final String PROMPT = "kv-> ";
        final ByteArrayOutputStream sent = new ByteArrayOutputStream();
        private final List<String> segments = new ArrayList<>();
        private int lines;
        private volatile boolean alive = true;

        Replay(String stdout) {
            String[] parts = stdout.split(PROMPT, -1);
            segments.add(parts[0] + PROMPT);
            for (int i = 1; i < parts.length - 1; i++) {
                segments.add(parts[i] + PROMPT);
            }
        }

        @Override
        public OutputStream stdin() {
            return new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (Replay.this) {
                        sent.write(b);
                        if (b == '\n') {
                            lines++;
                            Replay.this.notifyAll();
                        }
                    }
                }
            };
        }

        @Override
        public InputStream stdout() {
            return new InputStream() {
                private int next;
                private byte[] current = new byte[0];
                private int at;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    if (at == current.length) {
                        synchronized (Replay.this) {
                            if (next >= segments.size()) {
                                return -1;
                            }
                            while (lines < next && alive) {
                                try {
                                    Replay.this.wait(100);
                                } catch (InterruptedException e) {
                                    return -1;
                                }
                            }
                            if (!alive) {
                                return -1;
                            }
                            current = segments.get(next++).getBytes(StandardCharsets.UTF_8);
                            at = 0;
                        }
                    }
                    int n = Math.min(length, current.length - at);
                    System.arraycopy(current, at, buffer, offset, n);
                    at += n;
                    return n;
                }
            };
        }

        @Override
        public InputStream stderr() {
            return InputStream.nullInputStream();
        }

        @Override
        public boolean isAlive() {
            return alive;
        }

        @Override
        public OptionalInt waitFor(Duration timeout) {
            alive = false;
            return OptionalInt.of(0);
        }

        @Override
        public void kill() {
            alive = false;
        }
    }

    private static List<Reply> replay(String capture) throws Exception {
        List<String> commands = Files.readAllLines(Fixtures.ondb(capture + ".stdin"));
        Replay process = new Replay(Files.readString(Fixtures.ondb(capture + ".stdout")));
        try (AdminSession session = AdminSession.open(command -> process, List.of("admin"), SessionLimits.DEFAULT)) {
            List<Reply> replies = session.sendAll(commands);
            assertThat(process.sent.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n", commands) + "\n");
            return replies;
        }
    }

    @Test
    void theHealthyBatchOfG01IsSevenDocumentsInTheOrderAsked() throws Exception {
        List<Reply> replies = replay("g01");

        assertThat(replies)
                .hasSize(7)
                .allSatisfy(reply -> assertThat(reply.hasDocument()).isTrue());
        assertThat(replies.stream().map(r -> r.document().operation()).toList())
                .containsExactly(
                        "show plans",
                        "ping",
                        "show topology",
                        "show parameters",
                        "show parameters",
                        "show parameters",
                        "show admins");
        assertThat(replies.stream().map(Reply::command).toList())
                .containsExactly(
                        "show plans",
                        "ping",
                        "show topology -verbose",
                        "show parameter -service sn1",
                        "show parameter -service sn2",
                        "show parameter -service sn3",
                        "show admins");
        for (int i = 1; i < replies.size(); i++) {
            // a command written with others starts when the one before it was answered
            assertThat(replies.get(i).startNanos()).isEqualTo(replies.get(i - 1).endNanos());
        }
    }

    @Test
    void errorsInsideABatchAreEachTheirOwnDocumentAndTheRestStillAnswers() throws Exception {
        List<Reply> replies = replay("g04");

        assertThat(replies)
                .hasSize(3)
                .allSatisfy(reply -> assertThat(reply.hasDocument()).isTrue());
        assertThat(replies.get(0).document().returnCode()).isEqualTo(5100);
        assertThat(replies.get(1).document().returnCode()).isEqualTo(5100);
        assertThat(replies.get(2).document().succeeded()).isTrue();
    }

    @Test
    void aBatchAboveTheWriteLimitIsWrittenInPartsAndStillAnsweredInOrder() throws Exception {
        StringBuilder stdout = new StringBuilder();
        List<String> commands = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            commands.add("show parameter -service sn" + i);
            stdout.append("kv-> {\n  \"operation\": \"show parameter\",\n  \"returnCode\": 5000,\n")
                    .append("  \"description\": \"sn")
                    .append(i)
                    .append("\",\n  \"returnValue\": null\n}\n");
        }
        stdout.append("kv-> ");
        Replay process = new Replay(stdout.toString());
        try (AdminSession session = AdminSession.open(command -> process, List.of("admin"), SessionLimits.DEFAULT)) {
            List<Reply> replies = session.sendAll(commands);

            assertThat(String.join("\n", commands).length()).isGreaterThan(AdminSession.MAX_BATCH_CHARS);
            assertThat(replies).hasSize(600);
            for (int i = 0; i < 600; i++) {
                assertThat(replies.get(i).document().description()).isEqualTo("sn" + i);
            }
        }
    }
}
