package io.jenkins.plugins.nosqlsnapshot.benchmarks;

import io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the admin session reads what the admin prints: 10 MiB of log lines without any JSON, then the
 * {@code snapshot create} answer of the real 25.3 store (fixture g02), fed to {@link DocumentSplitter} in the
 * 8,192-character slices the session's reader thread hands it (fault-matrix case "10 MB of noise before a
 * document"). Throughput is the input size divided by the time per operation; the goal is at least 200 MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class DocumentSplitterBenchmark {
    static final int SLICE = 8192;
    static final String NOISE_LINE =
            "Redirecting to master at rmi://127.0.0.1:7000 (log line without any JSON in it)\n";
    static final String CREATE_ANSWER = "kv-> {\n  \"operation\": \"snapshot operation\",\n  \"returnCode\": 5000,\n"
            + "  \"description\": \"Operation ends successfully\",\n  \"returnValue\": {\n"
            + "    \"snapshotName\": \"261124-200120-BATCH\",\n    \"successSnapshots\": [\n"
            + "      \"admin1\",\n      \"admin2\",\n      \"admin3\",\n      \"rg1-rn1\",\n      \"rg1-rn2\",\n"
            + "      \"rg1-rn3\",\n      \"rg2-rn1\",\n      \"rg2-rn2\",\n      \"rg2-rn3\",\n      \"rg3-rn1\",\n"
            + "      \"rg3-rn2\",\n      \"rg3-rn3\"\n    ],\n    \"failureSnapshots\": [],\n"
            + "    \"successSnapshotConfigs\": [\n      \"sn1\",\n      \"sn2\",\n      \"sn3\"\n    ],\n"
            + "    \"failureSnapshotConfigs\": []\n  }\n}\nkv-> ";

    private List<String> slices;

    /** Total characters fed per operation (10 MiB of noise plus the answer). */
    public static int inputChars() {
        return input().length();
    }

    static String input() {
        StringBuilder text = new StringBuilder(10 * 1024 * 1024 + CREATE_ANSWER.length() + NOISE_LINE.length());
        while (text.length() < 10 * 1024 * 1024) {
            text.append(NOISE_LINE);
        }
        return text.append(CREATE_ANSWER).toString();
    }

    @Setup
    public void slice() {
        String text = input();
        slices = new ArrayList<>();
        for (int i = 0; i < text.length(); i += SLICE) {
            slices.add(text.substring(i, Math.min(text.length(), i + SLICE)));
        }
    }

    @Benchmark
    public List<String> noiseThenDocument() {
        DocumentSplitter splitter = new DocumentSplitter(1024 * 1024);
        List<String> documents = new ArrayList<>(1);
        for (String slice : slices) {
            documents.addAll(splitter.accept(slice));
        }
        if (documents.size() != 1 || splitter.prompts() != 2) {
            throw new IllegalStateException("expected one document and two prompts, got " + documents.size());
        }
        return documents;
    }
}
