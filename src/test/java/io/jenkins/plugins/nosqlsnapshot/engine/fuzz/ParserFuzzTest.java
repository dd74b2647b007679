package io.jenkins.plugins.nosqlsnapshot.engine.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.nosqlsnapshot.engine.fault.ReliabilityDoc;
import io.jenkins.plugins.nosqlsnapshot.engine.model.SnapshotReport;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminDocument;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminOutputException;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.AdminsParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.DocumentSplitter;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.ParametersParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.PingParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.PlansParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.SnapshotListParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.SnapshotResultParser;
import io.jenkins.plugins.nosqlsnapshot.engine.parse.TopologyParser;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ConsoleSummary;
import io.jenkins.plugins.nosqlsnapshot.engine.report.ReportFiles;
import io.jenkins.plugins.nosqlsnapshot.engine.run.Evaluation;
import io.jenkins.plugins.nosqlsnapshot.engine.run.RunResult;
import io.jenkins.plugins.nosqlsnapshot.engine.run.SavedOutput;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Property-based fuzzing of everything that reads admin output: the splitter, the envelope parser, each document
 * parser and {@code evaluate} (which drives the verdict and every report renderer). Inputs are the captured 25.3 and
 * seed outputs, damaged (see {@link Mutator}), and inputs made from nothing. The property for all: no exception
 * other than {@link AdminOutputException} (a clear parse error) escapes, and evaluate always reaches a verdict. For
 * snapshot results a stronger one: SUCCESS only when the (damaged) result still names every RN, admin and
 * configuration of the topology. A plain seeded loop, not a jqwik property: see docs/reliability.md.
 */
class ParserFuzzTest {
    private static final FuzzBudget BUDGET = FuzzBudget.fromSystemProperties();
    private static final Map<String, String> FIGURES = new ConcurrentHashMap<>();
    private static final Set<String> FAILED = ConcurrentHashMap.newKeySet();
    private static final Set<String> RNS =
            Set.of("rg1-rn1", "rg1-rn2", "rg1-rn3", "rg2-rn1", "rg2-rn2", "rg2-rn3", "rg3-rn1", "rg3-rn2", "rg3-rn3");

    @Test
    void theSplitterNeverThrowsAndSlicingTheStreamNeverChangesTheDocuments() {
        List<String> transcripts = texts(
                "g01.stdout",
                "g02.stdout",
                "g03.stdout",
                "g04.stdout",
                "s08_secure_wrong_username_json.stdout",
                "a13_snapshot_create_json.stdout",
                "a03_show_topology_json_v1.stdout");
        fuzz("DocumentSplitter", transcripts, (input, random) -> {
            List<String> whole = DocumentSplitter.split(input);
            DocumentSplitter sliced = new DocumentSplitter(Integer.MAX_VALUE);
            List<String> documents = new ArrayList<>();
            for (int at = 0; at < input.length(); ) {
                int next = Math.min(input.length(), at + 1 + random.nextInt(64));
                documents.addAll(sliced.accept(input.substring(at, next)));
                at = next;
            }
            assertThat(documents).isEqualTo(whole);
            // brackets are counted alike, so damaged input may close a document with ']'; the parser rejects it
            assertThat(whole).allSatisfy(d -> assertThat(d).startsWith("{").matches("(?s).*[}\\]]"));
            DocumentSplitter small = new DocumentSplitter(1024);
            small.accept(input);
            small.textSinceLastDocument();
            return whole.isEmpty()
                    ? "no document"
                    : whole.size() == 1 ? "1 document" : whole.size() <= 5 ? "2-5 documents" : "6+ documents";
        });
    }

    @Test
    void theEnvelopeParserGivesADocumentOrAClearError() {
        List<String> outputs = allCapturedOutputs();
        fuzz("DocumentParser", outputs, (input, random) -> {
            String outcome;
            try {
                AdminDocument document =
                        DocumentParser.parseOutput(input, "fuzz.out", random.nextBoolean() ? null : "ping");
                assertThat(document.operation()).isNotNull();
                document.summary();
                outcome = "document";
            } catch (AdminOutputException e) {
                assertThat(e.getMessage()).startsWith("fuzz.out: ");
                outcome = "clear error";
            }
            try {
                DocumentParser.parse(input, "fuzz.json");
            } catch (AdminOutputException e) {
                assertThat(e.getMessage()).startsWith("fuzz.json: ");
            }
            return outcome;
        });
    }

    @Test
    void everyDocumentParserGivesAValueOrAClearError() {
        Map<String, DocumentReader> parsers = Map.of(
                "snapshot operation", SnapshotResultParser::parse,
                "show topology", TopologyParser::parse,
                "ping", PingParser::parse,
                "show admins", AdminsParser::parse,
                "show parameters", ParametersParser::parse,
                "show plans", PlansParser::parse,
                "show snapshot", SnapshotListParser::parse);
        List<String> documents = texts(
                "a13_snapshot_create_json.stdout",
                "b02_snapshot_create_json.stdout",
                "c02_snapshot_create_json.stdout",
                "a02_show_topology_verbose_json.stdout",
                "a06_ping_json.stdout",
                "c03_ping_json.stdout",
                "a05_show_admins_json.stdout",
                "a04_show_parameter_sn1_json.stdout",
                "a39_show_parameter_sn3_json.stdout",
                "a08_show_plans_json.stdout",
                "a20_show_snapshots_sn1_json.stdout",
                "e02_wrong_port_json.stdout",
                "a25_snapshot_create_bad_zone_json.stdout");
        List<String> names = new ArrayList<>(new TreeMap<>(parsers).keySet());
        fuzz("document parsers", documents, (input, random) -> {
            AdminDocument document;
            try {
                document = DocumentParser.parseOutput(input, "fuzz.out");
            } catch (AdminOutputException e) {
                return "envelope error";
            }
            String name = names.get(random.nextInt(names.size()));
            try {
                parsers.get(name).read(document);
                return "parsed";
            } catch (AdminOutputException e) {
                assertThat(e.getMessage()).isNotBlank();
                return "clear error";
            }
        });
    }

    @Test
    void evaluateAlwaysReachesAVerdictAndNeverCallsADamagedSnapshotComplete() {
        List<String> results = texts(
                "a13_snapshot_create_json.stdout",
                "b02_snapshot_create_json.stdout",
                "c02_snapshot_create_json.stdout",
                "a22_snapshot_create_zn1_json.stdout",
                "e02_wrong_port_json.stdout");
        results.addAll(
                List.of(Fixtures.read(Fixtures.seed("all-ok.json")), Fixtures.read(Fixtures.seed("shard-lost.json"))));
        fuzz("evaluate", results, (input, random) -> {
            boolean damageContext = random.nextInt(4) == 0;
            Mutator mutator = new Mutator(random);
            Function<String, SavedOutput> context = name -> new SavedOutput(
                    name,
                    damageContext && random.nextInt(3) == 0
                            ? mutator.damagedText(Fixtures.read(Fixtures.ondb(name)))
                            : Fixtures.read(Fixtures.ondb(name)));
            boolean withTopology = random.nextInt(5) != 0;
            Evaluation evaluation = new Evaluation(
                    new SavedOutput("result.json", input),
                    withTopology ? context.apply("a02_show_topology_verbose_json.stdout") : null,
                    List.of(
                            context.apply("a04_show_parameter_sn1_json.stdout"),
                            context.apply("a44_show_parameter_sn2_json.stdout"),
                            context.apply("a39_show_parameter_sn3_json.stdout")),
                    context.apply("a05_show_admins_json.stdout"),
                    context.apply("a06_ping_json.stdout"),
                    context.apply("a08_show_plans_json.stdout"),
                    null,
                    null);
            RunResult result = evaluation.evaluate();
            SnapshotReport report = result.report();
            assertThat(report.verdict()).isNotNull();
            ReportFiles.render(report, result.topologyDocument());
            ConsoleSummary.render(report);
            if (report.verdict() == Verdict.SUCCESS && withTopology && !damageContext) {
                assertNamesEverything(input);
            }
            return report.verdict().name();
        });
    }

    /** What the admin's own lists must hold for SUCCESS on the 25.3 store, read independently of the engine. */
    private static void assertNamesEverything(String result) throws Exception {
        AdminDocument document = DocumentParser.parseOutput(result, "result");
        JsonNode value = document.returnValue();
        Set<String> ok = new HashSet<>();
        value.path("successSnapshots").forEach(n -> ok.add(n.asText()));
        Set<String> configs = new HashSet<>();
        value.path("successSnapshotConfigs").forEach(n -> configs.add(n.asText()));
        assertThat(document.returnCode()).isEqualTo(5000);
        assertThat(ok).containsAll(RNS).contains("admin1", "admin2", "admin3");
        assertThat(configs).contains("sn1", "sn2", "sn3");
        assertThat(value.path("snapshotName").asText()).isNotBlank();
    }

    // ---- the loop ----------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Property {
        /** @return a short outcome label, counted for the figures */
        String check(String input, Random random) throws Exception;
    }

    @FunctionalInterface
    private interface DocumentReader {
        Object read(AdminDocument document) throws AdminOutputException;
    }

    private static void fuzz(String target, List<String> seeds, Property property) {
        Random random = BUDGET.random(target);
        Mutator mutator = new Mutator(random);
        Map<String, Integer> outcomes = new TreeMap<>();
        long started = System.nanoTime();
        long tries = 0;
        while (tries < BUDGET.tries() && System.nanoTime() - started < BUDGET.nanos()) {
            tries++;
            String input = mutator.anyInput(seeds);
            try {
                outcomes.merge(property.check(input, random), 1, Integer::sum);
            } catch (Throwable e) {
                Path saved = save(target, tries, input);
                FAILED.add(target);
                throw new AssertionError(
                        String.format(
                                "%s failed on try %d (replay with -Dfuzz.seed=%d; input saved" + " to %s): %s",
                                target, tries, BUDGET.seed(), saved, e),
                        e);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        FIGURES.put(
                target,
                String.format(
                        "| %s | %,d | %.1f s | %,.0f | %s |",
                        target,
                        tries,
                        seconds,
                        tries / seconds,
                        outcomes.entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("")));
        assertThat(tries).as("tries within the budget").isPositive();
    }

    private static Path saved(String target, long tries) {
        return Path.of(
                System.getProperty("basedir", "."),
                "target",
                "fuzz-failures",
                target.replace(' ', '-') + "-" + BUDGET.seed() + "-" + tries + ".txt");
    }

    private static Path save(String target, long tries, String input) {
        Path file = saved(target, tries);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, input, StandardCharsets.UTF_8);
        } catch (Exception e) {
            // the failure message still carries seed and try
        }
        return file;
    }

    @AfterAll
    static void publishFigures() throws Exception {
        StringBuilder table = new StringBuilder(String.format(
                "Seed %d, at most %,d tries and %d s per target" + " (Java %s, %d CPUs).%n%n",
                BUDGET.seed(),
                BUDGET.tries(),
                BUDGET.nanos() / 1_000_000_000L,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        table.append("| Target | Tries | Time | Tries/s | Outcomes |\n|---|---:|---:|---:|---|\n");
        new TreeMap<>(FIGURES).values().forEach(row -> table.append(row).append('\n'));
        table.append(
                FAILED.isEmpty()
                        ? "\nUncaught exceptions and broken properties: none.\n"
                        : "\nFAILED: "
                                + String.join(
                                        ", ",
                                        new TreeMap<>(FIGURES)
                                                .keySet().stream()
                                                        .filter(FAILED::contains)
                                                        .toList())
                                + " (see the test report).\n");
        // a longer run than the default suite's fills its own section, so both sets of figures stay visible
        ReliabilityDoc.publish(BUDGET.isDefault() ? "fuzz" : "fuzz-long", table.toString());
    }

    private static List<String> texts(String... names) {
        return new ArrayList<>(
                Stream.of(names).map(n -> Fixtures.read(Fixtures.ondb(n))).toList());
    }

    private static List<String> allCapturedOutputs() {
        try (Stream<Path> files = Files.list(Fixtures.root().resolve("ondb-25.3"))) {
            List<String> outputs =
                    new ArrayList<>(files.filter(f -> f.toString().endsWith(".stdout"))
                            .sorted()
                            .map(Fixtures::read)
                            .toList());
            outputs.add(Fixtures.read(Fixtures.seed("one-rn-failed.json")));
            return outputs;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
