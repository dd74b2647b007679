package io.jenkins.plugins.nosqlsnapshot.engine.report;

/**
 * Puts text from the store into Markdown so that it reads as itself: no emphasis, links, raw HTML or broken table
 * cells, whatever the names, hosts or paths contain.
 */
final class MarkdownText {
    private static final String SPECIAL = "\\`*_[]<>|&~#!";

    private MarkdownText() {}

    /** Plain text, safe in a paragraph, a list item or a table cell. */
    static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A code span (paths, names), safe in a table cell: fenced with more backticks than the text holds. */
    static String code(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String flat = ReportText.oneLine(text).replace("|", "\\|");
        String fence = "`".repeat(longestBacktickRun(flat) + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`");
        return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
    }

    /** The fence for a code block holding these lines: longer than any backtick run in them, at least three. */
    static String blockFence(Iterable<String> lines) {
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, longestBacktickRun(line));
        }
        return "`".repeat(Math.max(3, longest + 1));
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
