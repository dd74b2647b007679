package io.jenkins.plugins.nosqlsnapshot.benchmarks;

import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.run.Evaluation;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The linearity check that a busy shared machine cannot blur: the evaluating thread's own CPU time for
 * {@code evaluate} + every report file, per Storage Node, over growing stores (the fastest of many runs). Flat
 * microseconds per SN mean linear cost; garbage collection runs on other threads and is not counted.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.jenkins.plugins.nosqlsnapshot.benchmarks.CpuTimePerStorageNode
 *     [250 500 1000 2000 4000]</pre>
 */
public final class CpuTimePerStorageNode {
    private CpuTimePerStorageNode() {}

    public static void main(String[] args) {
        int[] sizes = args.length == 0
                ? new int[] {250, 500, 1000, 2000, 4000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        warmUp();
        for (int storageNodes : sizes) {
            Evaluation evaluation = new SyntheticStore(storageNodes, true).evaluation();
            long fastest = Long.MAX_VALUE;
            for (int run = 0; run < Math.max(5, 20_000 / storageNodes); run++) {
                long start = threads.getCurrentThreadCpuTime();
                RunResult result = evaluation.evaluate();
                ReportFiles.render(result.report(), result.topologyDocument());
                fastest = Math.min(fastest, threads.getCurrentThreadCpuTime() - start);
            }
            System.out.printf(
                    "%5d SNs: %7.1f ms CPU, %5.1f us per SN%n",
                    storageNodes, fastest / 1e6, fastest / 1e3 / storageNodes);
        }
    }

    private static void warmUp() {
        Evaluation evaluation = new SyntheticStore(500, true).evaluation();
        for (int run = 0; run < 40; run++) {
            RunResult result = evaluation.evaluate();
            ReportFiles.render(result.report(), result.topologyDocument());
        }
    }
}
