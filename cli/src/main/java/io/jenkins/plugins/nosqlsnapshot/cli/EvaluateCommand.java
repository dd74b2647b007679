package io.jenkins.plugins.nosqlsnapshot.cli;

import io.jenkins.plugins.nosqlsnapshot.engine.run.Evaluation;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SavedOutput;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nosql-snapshot evaluate}: the same verdict and report from outputs saved earlier. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Judges a snapshot from saved admin outputs (-json). Only --result is required; the topology"
                + " makes silent omissions visible and gives the paths; parameters and admins give admin paths.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:SUCCESS",
            "3:UNSTABLE",
            "1:FAILURE (also when a given output cannot be parsed)",
            "2:usage error (missing or unreadable file)"
        },
        footer = {
            "",
            "Example:",
            "  nosql-snapshot evaluate --result create.json --topology topology.json \\",
            "      --admins admins.json --parameters sn1.json --parameters sn2.json \\",
            "      --ping ping.json"
        })
public final class EvaluateCommand implements Callable<Integer> {
    private static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Option(names = "--result", required = true, paramLabel = "FILE", description = "Output of snapshot create -json")
    Path result;

    @Option(names = "--topology", paramLabel = "FILE", description = "Output of show topology -verbose -json")
    Path topology;

    @Option(
            names = "--parameters",
            paramLabel = "FILE",
            description = "Output of show parameter -service snN -json; repeat for every SN")
    List<Path> parameters = new ArrayList<>();

    @Option(names = "--admins", paramLabel = "FILE", description = "Output of show admins -json")
    Path admins;

    @Option(names = "--ping", paramLabel = "FILE", description = "Output of ping -json (masters, why a node failed)")
    Path ping;

    @Option(
            names = "--plans",
            paramLabel = "FILE",
            description = "Output of show plans -json (warns of topology changes)")
    Path plans;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The zone the snapshot was limited to (-zn/-znname)")
    String zone;

    @Mixin
    PolicyOptions policy;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        List<SavedOutput> parameterOutputs = new ArrayList<>();
        for (Path file : parameters) {
            parameterOutputs.add(read(file));
        }
        Evaluation evaluation = new Evaluation(
                read(result),
                readOptional(topology),
                parameterOutputs,
                readOptional(admins),
                readOptional(ping),
                readOptional(plans),
                zone,
                policy.policy());
        output.checkReportDirectory();
        ReportOutput report = new ReportOutput(
                output, spec.commandLine().getOut(), spec.commandLine().getErr());
        return report.finish(evaluation.evaluate());
    }

    private static SavedOutput readOptional(Path file) {
        return file == null ? null : read(file);
    }

    /** Reads a saved output; invalid UTF-8 becomes U+FFFD (as from a live admin), a missing file is a usage error. */
    static SavedOutput read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("No such file: " + file + (Files.isDirectory(file) ? " (it is a directory)" : ""));
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new UsageException(file + " is larger than 256 MiB; it is not an admin output");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return new SavedOutput(file.toString(), text);
        } catch (IOException e) {
            throw new UsageException("Cannot read " + file + ": " + e.getMessage());
        }
    }
}
