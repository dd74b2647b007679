package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.nosqlsnapshot.engine.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSplitterTest {
    @Test
    void batchSessionYieldsOneDocumentPerCommandBetweenPrompts() throws Exception {
        String stream = Fixtures.read(Fixtures.ondb("g02.stdout"));

        List<String> documents = DocumentSplitter.split(stream);

        assertThat(documents).hasSize(6);
        List<String> operations = new ArrayList<>();
        for (String document : documents) {
            operations.add(DocumentParser.parse(document, "g02").operation());
        }
        assertThat(operations)
                .containsExactly(
                        "snapshot operation", "show snapshot", "show snapshot", "show snapshot", "ping", "exit");
    }

    @Test
    void promptsAreCountedOutsideDocuments() {
        DocumentSplitter splitter = new DocumentSplitter(1 << 20);

        splitter.accept(Fixtures.read(Fixtures.ondb("g04.stdout")));

        // three commands answered, then the prompt for a fourth that never came (stdin ended)
        assertThat(splitter.prompts()).isEqualTo(4);
        assertThat(splitter.textSinceLastDocument()).endsWith("kv-> ");
    }

    @Test
    void passwordPromptBeforeTheDocumentIsSkipped() throws Exception {
        String stdout = Fixtures.read(Fixtures.ondb("s08_secure_wrong_username_json.stdout"));

        List<String> documents = DocumentSplitter.split(stdout);

        assertThat(documents)
                .singleElement()
                .satisfies(d ->
                        assertThat(DocumentParser.parse(d, "s08").returnCode()).isEqualTo(5300));
    }

    @Test
    void feedingOneCharacterAtATimeGivesTheSameDocuments() {
        String stream = Fixtures.read(Fixtures.ondb("g01.stdout"));
        DocumentSplitter splitter = new DocumentSplitter(1 << 20);
        List<String> documents = new ArrayList<>();

        for (int i = 0; i < stream.length(); i++) {
            documents.addAll(splitter.accept(stream.substring(i, i + 1)));
        }

        assertThat(documents).isEqualTo(DocumentSplitter.split(stream)).hasSize(7);
    }

    @Test
    void everySliceSizeGivesTheSameDocumentsPromptsAndTail() {
        // log lines around the captured session, with near-prompts ("kv- ", "kkv-> ") that must not be counted
        String noise = "Redirecting to master at rmi://127.0.0.1:7000 kv- kk kv->x\n".repeat(40);
        String stream = noise + Fixtures.read(Fixtures.ondb("g01.stdout")) + noise + "kkv-> " + noise + "Password:";
        DocumentSplitter whole = new DocumentSplitter(1 << 20);
        List<String> expected = whole.accept(stream);

        for (int slice : new int[] {1, 2, 3, 4, 5, 7, 64, 511, 512, 513, 8192}) {
            DocumentSplitter splitter = new DocumentSplitter(1 << 20);
            List<String> documents = new ArrayList<>();
            for (int i = 0; i < stream.length(); i += slice) {
                documents.addAll(splitter.accept(stream.substring(i, Math.min(stream.length(), i + slice))));
            }
            assertThat(documents).as("slices of %d", slice).isEqualTo(expected).hasSize(7);
            assertThat(splitter.prompts()).as("prompts, slices of %d", slice).isEqualTo(whole.prompts());
            assertThat(splitter.textSinceLastDocument())
                    .as("tail, slices of %d", slice)
                    .isEqualTo(whole.textSinceLastDocument())
                    .endsWith("kv- kk kv->x\nPassword:");
        }
        // g01 has 8 prompts; the one after "k" counts too, the near-prompts do not
        assertThat(whole.prompts()).isEqualTo(9);
    }

    @Test
    void bracesInStrayTextDoNotSwallowTheNextDocument() {
        String text = "WARNING: message {0} and {broken\nRedirecting to master at rmi://h:7000\n"
                + "{\n  \"operation\": \"ping\", \"returnCode\": 5000, \"description\": \"a } in { text\"\n}\n";

        assertThat(DocumentSplitter.split(text)).singleElement().asString().startsWith("{\n  \"operation\": \"ping\"");
    }

    @Test
    void documentLargerThanTheLimitIsDroppedAndFlagged() {
        DocumentSplitter splitter = new DocumentSplitter(1024);

        List<String> documents = splitter.accept("{\"operation\": \"" + "x".repeat(5000) + "\"}{\"a\":1}");

        assertThat(splitter.overflowed()).isTrue();
        assertThat(documents).noneMatch(d -> d.contains("xxxx"));
    }

    @Test
    void truncatedDocumentIsNeverReturned() {
        String stdout = Fixtures.read(Fixtures.ondb("a13_snapshot_create_json.stdout"));
        DocumentSplitter splitter = new DocumentSplitter(1 << 20);

        List<String> documents = splitter.accept(stdout.substring(0, stdout.length() / 2));

        assertThat(documents).isEmpty();
        assertThat(splitter.insideDocument()).isTrue();
    }
}
