package io.jenkins.plugins.nosqlsnapshot.benchmarks;

import io.jenkins.plugins.nosqlsnapshot.engine.report.HtmlReport;
import io.jenkins.plugins.nosqlsnapshot.engine.report.MarkdownReport;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportJson;
import io.jenkins.plugins.nosqlsnapshot.engine.run.Evaluation;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code nosql-snapshot evaluate} does after reading its files, on synthetic stores of 10, 100 and 1,000
 * Storage Nodes (capacity 3, RF 3): {@link #endToEnd} parses every admin document, judges, and renders every report
 * file; the other benchmarks split that into parse + verdict and each renderer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReportPipelineBenchmark {
    @Param({"10", "100", "1000"})
    public int storageNodes;

    /** healthy: every snapshot succeeded (a13); degraded: every tenth shard lost one replica (b02). */
    @Param({"healthy", "degraded"})
    public String store;

    private Evaluation evaluation;
    private RunResult evaluated;

    @Setup
    public void generate() {
        evaluation = new SyntheticStore(storageNodes, "degraded".equals(store)).evaluation();
        evaluated = evaluation.evaluate();
    }

    @Benchmark
    public Map<String, String> endToEnd() {
        RunResult result = evaluation.evaluate();
        return ReportFiles.render(result.report(), result.topologyDocument());
    }

    @Benchmark
    public RunResult parseAndVerdict() {
        return evaluation.evaluate();
    }

    @Benchmark
    public String renderJson() {
        return ReportJson.write(evaluated.report());
    }

    @Benchmark
    public String renderMarkdown() {
        return MarkdownReport.render(evaluated.report());
    }

    @Benchmark
    public String renderHtml() {
        return HtmlReport.render(evaluated.report());
    }
}
