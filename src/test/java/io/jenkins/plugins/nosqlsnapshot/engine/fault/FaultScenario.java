package io.jenkins.plugins.nosqlsnapshot.engine.fault;

import io.jenkins.plugins.nosqlsnapshot.engine.admin.SessionLimits;
import io.jenkins.plugins.nosqlsnapshot.engine.model.Verdict;
import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the fault matrix: a fake admin script (the healthy store's captured answers with some replaced by a
 * fault), and what the run must conclude.
 *
 * @param base          the captured script the faults are applied to, in {@code fake-admin/}; null: no admin at all
 * @param starts        {@code @start} directives, before the first prompt
 * @param answers       commands whose answers are replaced (see {@code FakeAdmin} for the steps)
 * @param requestName   the name given to {@code snapshot create -name}
 * @param expected      the verdict the run must reach
 * @param reasonCode    the code of the most severe reason, or null when any code will do
 * @param mentions      words the reasons must contain, so the message names the cause
 * @param snapshotName  the full snapshot name the report must keep, or null when none may be claimed
 * @param createSent    whether {@code snapshot create} may have reached the admin
 */
record FaultScenario(
        String title,
        String fault,
        String base,
        List<String> starts,
        Map<String, String> answers,
        SessionLimits limits,
        String requestName,
        Verdict expected,
        String reasonCode,
        List<String> mentions,
        String snapshotName,
        boolean createSent) {

    /** The healthy 3-SN store of the 25.3 capture: batch session g01, create and listings of g02. */
    static final String HEALTHY = "healthy.script";

    static final String HEALTHY_NAME = "261124-200120-BATCH";

    static Builder of(String title, String fault) {
        return new Builder(title, fault);
    }

    /** A captured document, as a script reference: {@code g02.stdout#1}. */
    static String fixture(String reference) {
        return Fixtures.root().resolve("ondb-25.3").resolve(reference).toString();
    }

    /** A file of {@code fake-admin/}. */
    static String resource(String name) {
        return Fixtures.script(name).toString();
    }

    /** The script text: the base with paths made absolute, the answers replaced, the directives first. */
    String script() {
        Path base = Fixtures.script(this.base);
        List<String> lines = new ArrayList<>(starts);
        Map<String, String> pending = new LinkedHashMap<>(answers);
        for (String line : Fixtures.read(base).split("\n")) {
            int eq = line.indexOf(" = ");
            String command = eq < 0 || line.startsWith("#")
                    ? null
                    : line.substring(0, eq).strip();
            if (command != null && pending.containsKey(command)) {
                lines.add(command + " = " + pending.remove(command));
            } else {
                lines.add(line.replace("../fixtures/", Fixtures.root() + "/"));
            }
        }
        pending.forEach((command, answer) -> lines.add(command + " = " + answer));
        return String.join("\n", lines) + "\n";
    }

    static final class Builder {
        private final String title;
        private final String fault;
        private String base = HEALTHY;
        private final List<String> starts = new ArrayList<>();
        private final Map<String, String> answers = new LinkedHashMap<>();
        private SessionLimits limits = FaultMatrixTest.LIMITS;
        private String requestName = "BATCH";
        private Verdict expected;
        private String reasonCode;
        private final List<String> mentions = new ArrayList<>();
        private String snapshotName;
        private boolean createSent = true;

        private Builder(String title, String fault) {
            this.title = title;
            this.fault = fault;
        }

        Builder base(String script, String name) {
            this.base = script;
            this.requestName = name;
            return this;
        }

        Builder noAdmin() {
            this.base = null;
            this.createSent = false;
            return this;
        }

        Builder start(String directive) {
            starts.add("@start " + directive);
            return this;
        }

        Builder answer(String command, String answer) {
            answers.put(command, answer);
            return this;
        }

        Builder limits(SessionLimits limits) {
            this.limits = limits;
            return this;
        }

        Builder noCreate() {
            this.createSent = false;
            return this;
        }

        Builder expect(Verdict verdict, String code, String... words) {
            this.expected = verdict;
            this.reasonCode = code;
            this.mentions.addAll(List.of(words));
            return this;
        }

        Builder keeps(String fullName) {
            this.snapshotName = fullName;
            return this;
        }

        FaultScenario build() {
            return new FaultScenario(
                    title,
                    fault,
                    base,
                    List.copyOf(starts),
                    Map.copyOf(answers),
                    limits,
                    requestName,
                    expected,
                    reasonCode,
                    List.copyOf(mentions),
                    snapshotName,
                    createSent);
        }
    }
}
