package io.jenkins.plugins.nosqlsnapshot.engine.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns captured admin outputs into hostile ones: text-level damage (truncation, flipped bytes, inserted JSON
 * punctuation, cut and repeated ranges, invalid UTF-8) and tree-level damage (deleted fields, swapped types,
 * emptied or repeated list entries, huge numbers and strings), plus inputs made from nothing (random bytes, random
 * JSON). Everything depends on the given {@link Random} only, so a seed replays a failure.
 */
final class Mutator {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PUNCTUATION = "{}[]\":,\\ \n\t-0123456789.eE+truefalsnkv-> ";

    private final Random random;

    Mutator(Random random) {
        this.random = random;
    }

    /** One of the captured texts, damaged in one to three ways, or something made from nothing. */
    String anyInput(List<String> captured) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return randomBytes(random.nextInt(2048));
        }
        if (kind == 1) {
            return String.valueOf((Object) MAPPER.valueToTree(randomJson(4)));
        }
        String text = captured.get(random.nextInt(captured.size()));
        if (kind <= 4) {
            return damagedTree(text);
        }
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            text = damagedText(text);
        }
        return text;
    }

    String damagedText(String text) {
        if (text.isEmpty()) {
            return randomBytes(16);
        }
        int at = random.nextInt(text.length() + 1);
        int to = Math.min(text.length(), at + random.nextInt(64));
        switch (random.nextInt(8)) {
            case 0:
                return text.substring(0, at);
            case 1:
                return text.substring(at);
            case 2: {
                char[] chars = text.toCharArray();
                int i = Math.min(at, chars.length - 1);
                chars[i] = (char) (chars[i] ^ (1 << random.nextInt(7)));
                return new String(chars);
            }
            case 3:
                return text.substring(0, at)
                        + PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length()))
                        + text.substring(at);
            case 4:
                return text.substring(0, at) + text.substring(to);
            case 5:
                return text.substring(0, to) + text.substring(at, to) + text.substring(to);
            case 6:
                return text.substring(0, at) + randomBytes(1 + random.nextInt(8)) + text.substring(at);
            default:
                return text.substring(0, at) + "\nkv-> " + text.substring(at);
        }
    }

    /** Parses the first document of the text and damages its tree; text that is no document is damaged as text. */
    String damagedTree(String text) {
        int start = text.indexOf('{');
        JsonNode root;
        try {
            root = start < 0 ? null : MAPPER.readTree(text.substring(start, text.lastIndexOf('}') + 1));
        } catch (Exception e) {
            root = null;
        }
        if (root == null || !root.isContainerNode()) {
            return damagedText(text);
        }
        int rounds = 1 + random.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            damage(root);
        }
        return random.nextBoolean() ? root.toPrettyString() : root.toString();
    }

    private void damage(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(name, swapped(object.get(name)));
                case 2 -> object.set(name + (random.nextBoolean() ? "" : "X"), MAPPER.valueToTree(randomJson(2)));
                default -> object.set(name, NODES.nullNode());
            }
        } else if (target instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            switch (random.nextInt(4)) {
                case 0 -> array.remove(index);
                case 1 -> array.set(index, swapped(array.get(index)));
                case 2 -> array.add(array.get(index).deepCopy());
                default -> array.removeAll();
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            Iterator<JsonNode> children = node.elements();
            children.forEachRemaining(child -> collect(child, into));
        }
    }

    /** A value of another type, or an extreme one of the same. */
    private JsonNode swapped(JsonNode value) {
        switch (random.nextInt(9)) {
            case 0:
                return NODES.textNode(value.isContainerNode() ? value.toString() : value.asText() + "\u0000\uFFFD");
            case 1:
                return NODES.numberNode(random.nextBoolean() ? Long.MAX_VALUE : -1L);
            case 2:
                return NODES.numberNode(new java.math.BigInteger("9".repeat(40)));
            case 3:
                return NODES.booleanNode(random.nextBoolean());
            case 4:
                return NODES.arrayNode().add(value.deepCopy());
            case 5:
                return NODES.objectNode().set("value", value.deepCopy());
            case 6:
                return NODES.textNode("x".repeat(random.nextInt(100_000)));
            case 7:
                return NODES.numberNode(random.nextDouble() * 1e300);
            default:
                return NODES.nullNode();
        }
    }

    /** Random JSON made of the envelope's and the lists' vocabulary, so parsers get past their first check. */
    Object randomJson(int depth) {
        int kind = depth <= 0 ? random.nextInt(5) : random.nextInt(7);
        switch (kind) {
            case 0:
                return null;
            case 1:
                return random.nextInt(10_000) - 100;
            case 2:
                return random.nextBoolean();
            case 3:
                return word();
            case 4:
                return random.nextDouble();
            case 5: {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomJson(depth - 1));
                }
                return list;
            }
            default: {
                Map<String, Object> map = new java.util.LinkedHashMap<>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    map.put(word(), randomJson(depth - 1));
                }
                if (random.nextInt(3) == 0) {
                    map.put("operation", word());
                    map.put("returnCode", random.nextBoolean() ? 5000 : 5100 + random.nextInt(500));
                    map.put("returnValue", randomJson(depth - 1));
                }
                return map;
            }
        }
    }

    private String word() {
        String[] words = {
            "operation",
            "returnCode",
            "description",
            "returnValue",
            "snapshotName",
            "successSnapshots",
            "failureSnapshots",
            "successSnapshotConfigs",
            "failureSnapshotConfigs",
            "sns",
            "rns",
            "resourceId",
            "snId",
            "rg1-rn1",
            "rg2-rn9",
            "admin1",
            "sn1",
            "zn1",
            "storageDirEnvPath",
            "rootDirPath",
            "adminDirs",
            "plans",
            "state",
            "RUNNING",
            "snapshots",
            "topology",
            "shardStatus",
            "snStatus",
            "rnStatus",
            "MASTER",
            "",
            "\u0000",
            "261124-200120-BATCH"
        };
        return words[random.nextInt(words.length)];
    }

    /** Random bytes decoded as the engine decodes admin output: invalid UTF-8 becomes U+FFFD. */
    String randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("REPLACE never throws", e);
        }
    }
}
