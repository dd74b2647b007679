package io.jenkins.plugins.nosqlsnapshot.forms;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ${%...}} texts of a Jelly view, read the way Stapler's {@code InternationalizedStringExpression} reads
 * them: the key runs to the first {@code (}; what follows is a comma-separated list of arguments, each parsed as a
 * JEXL expression, up to the closing {@code )}.
 */
final class LocalizedTexts {
    private static final Pattern TEXT = Pattern.compile("\\$\\{%([^}]*)}");
    /** What an argument may be here: a property path or call, a quoted string, a number. */
    private static final Pattern ARGUMENT = Pattern.compile(
            "[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*|\\([^()]*\\))*|'[^']*'|\"[^\"]*\"|-?\\d+(\\.\\d+)?");

    private LocalizedTexts() {}

    static List<String> in(String view) {
        List<String> texts = new ArrayList<>();
        Matcher matcher = TEXT.matcher(view);
        while (matcher.find()) {
            texts.add(matcher.group(1));
        }
        return texts;
    }

    /** The keys of the view's own message file ({@code config.jelly} → {@code config.properties}). */
    static Set<String> keysBeside(Path view) throws IOException {
        String name = view.getFileName().toString();
        Path properties = view.resolveSibling(name.substring(0, name.length() - ".jelly".length()) + ".properties");
        if (!Files.isRegularFile(properties)) {
            return Set.of();
        }
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
            loaded.load(reader);
        }
        return loaded.stringPropertyNames();
    }

    /**
     * Values of the view's message file with a lone {@code '}: Stapler formats every text with
     * {@code MessageFormat}, which drops a single quote and what it quotes; a quote is written {@code ''}.
     */
    static List<String> singleQuotes(Path view) throws IOException {
        String name = view.getFileName().toString();
        Path properties = view.resolveSibling(name.substring(0, name.length() - ".jelly".length()) + ".properties");
        List<String> problems = new ArrayList<>();
        if (!Files.isRegularFile(properties)) {
            return problems;
        }
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
            loaded.load(reader);
        }
        for (String key : loaded.stringPropertyNames()) {
            String value = loaded.getProperty(key);
            if (value.replace("''", "").contains("'")) {
                problems.add(properties + ": " + key + " has a single ' (MessageFormat drops it; write '')");
            }
        }
        return problems;
    }

    static List<String> problems(Path view, String text, Set<String> definedKeys) {
        List<String> problems = new ArrayList<>();
        for (String localized : in(text)) {
            int open = localized.indexOf('(');
            if (open < 0) {
                continue;
            }
            String key = localized.substring(0, open);
            String where = view + ": ${%" + localized + "}";
            if (!localized.endsWith(")")) {
                problems.add(where + ": Stapler reads \"(\" as the start of message arguments; put this title in "
                        + "the view's .properties file under a plain key");
                continue;
            }
            for (String argument : arguments(localized.substring(open + 1, localized.length() - 1))) {
                if (!ARGUMENT.matcher(argument.strip()).matches()) {
                    problems.add(where + ": argument '" + argument.strip() + "' is not an expression; a title with "
                            + "parentheses belongs in the view's .properties file under a plain key");
                }
            }
            if (!definedKeys.contains(key)) {
                problems.add(where + ": key '" + key + "' takes arguments but the view's .properties file does not"
                        + " define it");
            }
        }
        return problems;
    }

    /** Splits at top-level commas, skipping quoted strings and nested brackets, as Stapler's tokenizer does. */
    private static List<String> arguments(String list) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'' || c == '"') {
                int end = list.indexOf(c, i + 1);
                i = end < 0 ? list.length() : end;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(list.substring(start, i));
                start = i + 1;
            }
        }
        arguments.add(list.substring(start));
        return arguments;
    }
}
