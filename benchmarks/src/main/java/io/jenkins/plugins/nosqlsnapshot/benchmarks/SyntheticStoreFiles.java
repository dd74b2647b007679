package io.jenkins.plugins.nosqlsnapshot.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a synthetic store's admin outputs as files, with {@code evaluate.args}: the options of
 * {@code nosql-snapshot evaluate} that read them, for picocli's {@code @file} expansion.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.jenkins.plugins.nosqlsnapshot.benchmarks.SyntheticStoreFiles
 *     1000 target/store-1000 [degraded]
 * java -Xmx64m -jar cli/target/nosql-snapshot.jar evaluate @target/store-1000/evaluate.args --report-dir DIR</pre>
 */
public final class SyntheticStoreFiles {
    private SyntheticStoreFiles() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || args.length == 3 && !"degraded".equals(args[2])) {
            System.err.println("usage: SyntheticStoreFiles STORAGE_NODES DIRECTORY [degraded]");
            System.exit(2);
        }
        SyntheticStore store = new SyntheticStore(Integer.parseInt(args[0]), args.length == 3);
        Path written = write(store, Path.of(args[1]));
        System.out.println(written);
    }

    /** Writes the files into {@code directory}; returns the path of {@code evaluate.args}. */
    public static Path write(SyntheticStore store, Path directory) throws IOException {
        Path parameters = Files.createDirectories(directory.resolve("parameters"));
        List<String> options = new ArrayList<>();
        options.add("--result");
        options.add(quoted(write(directory.resolve("snapshot-create.json"), store.snapshotCreate())));
        options.add("--topology");
        options.add(quoted(write(directory.resolve("topology.json"), store.topology())));
        options.add("--admins");
        options.add(quoted(write(directory.resolve("admins.json"), store.admins())));
        options.add("--ping");
        options.add(quoted(write(directory.resolve("ping.json"), store.ping())));
        options.add("--plans");
        options.add(quoted(write(directory.resolve("plans.json"), store.plans())));
        for (Map.Entry<String, String> sn : store.parameters().entrySet()) {
            options.add("--parameters");
            options.add(quoted(write(parameters.resolve(sn.getKey() + ".json"), sn.getValue())));
        }
        return write(directory.resolve("evaluate.args"), String.join("\n", options) + "\n");
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String quoted(Path path) {
        return "\"" + path.toAbsolutePath().toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
