package io.jenkins.plugins.nosqlsnapshot.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An admin that ends at once: what it printed on stderr is in the reason, however late that stream is read. */
class AdminSessionEarlyEndTest {
    private static final String STDERR =
            "Exception while initializing SSL configuration: /work/kvroot/security/client.trust\n";

    /**
     * stdout ends at once; stderr has its line only after the session has seen the exit: the order in which a real
     * JVM's streams are drained is not fixed, and this is the one that lost the line.
     */
    static final class LateStderrProcess implements RunningProcess {
        final CountDownLatch exitSeen = new CountDownLatch(1);

        @Override
        public OutputStream stdin() {
            return new ByteArrayOutputStream();
        }

        @Override
        public InputStream stdout() {
            return InputStream.nullInputStream();
        }

        @Override
        public InputStream stderr() {
            return new InputStream() {
                private InputStream text;

                @Override
                public int read() throws java.io.IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws java.io.IOException {
                    if (text == null) {
                        try {
                            exitSeen.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return -1;
                        }
                        text = new java.io.ByteArrayInputStream(STDERR.getBytes(StandardCharsets.UTF_8));
                    }
                    return text.read(b, off, len);
                }
            };
        }

        @Override
        public boolean isAlive() {
            return false;
        }

        @Override
        public OptionalInt waitFor(Duration timeout) {
            exitSeen.countDown();
            return OptionalInt.of(1);
        }

        @Override
        public void kill() {}
    }

    @Test
    void stderrPrintedAfterStdoutEndedIsInTheReason() throws Exception {
        try (AdminSession session =
                AdminSession.open(command -> new LateStderrProcess(), List.of("admin"), SessionLimits.DEFAULT)) {
            Reply reply = session.send("show plans");

            assertThat(reply.kind()).isEqualTo(Reply.Kind.ENDED);
            assertThat(reply.problem())
                    .contains("with exit code 1")
                    .contains("stderr: Exception while initializing SSL configuration");
        }
    }
}
