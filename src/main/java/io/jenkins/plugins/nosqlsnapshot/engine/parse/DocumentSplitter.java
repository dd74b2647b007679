package io.jenkins.plugins.nosqlsnapshot.engine.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level JSON objects in the admin CLI's standard output, in order, skipping whatever surrounds them:
 * prompts ({@code kv-> }), {@code Redirecting to master ...}, password prompts, JVM warnings.
 *
 * <p>Incremental: {@link #accept(CharSequence)} can be called with any slices of the stream; completed documents
 * are returned as they close. A document starts only at a {@code '{'} whose next non-blank character is {@code '"'}
 * or {@code '}'}, so braces in stray text (e.g. {@code {0}} in a log line) do not swallow the stream.
 * Memory is bounded: text outside documents is not kept beyond a short tail, and a document larger than
 * {@code maxDocumentChars} is reported as an error instead of growing without limit.
 */
public final class DocumentSplitter {
    private static final int TAIL_CHARS = 512;
    private static final String PROMPT = "kv-> ";

    private final int maxDocumentChars;
    private final StringBuilder document = new StringBuilder();
    private final StringBuilder tail = new StringBuilder();
    private int depth;
    private boolean inString;
    private boolean escaped;
    private boolean candidate;
    private boolean overflowed;
    private int promptMatch;
    private int prompts;

    public DocumentSplitter(int maxDocumentChars) {
        this.maxDocumentChars = maxDocumentChars;
    }

    /** Splits a complete text at once. */
    public static List<String> split(CharSequence text) {
        DocumentSplitter splitter = new DocumentSplitter(Integer.MAX_VALUE);
        return splitter.accept(text);
    }

    /**
     * Feeds more output.
     *
     * @return the documents completed by this slice, in order
     */
    public List<String> accept(CharSequence slice) {
        String text = slice.toString();
        List<String> done = new ArrayList<>(1);
        for (int i = 0; i < text.length(); i++) {
            if (depth == 0 && !candidate) {
                i = skipOutsideRun(text, i);
                if (i == text.length()) {
                    break;
                }
            } else if (depth > 0 && inString && !escaped) {
                i = copyStringRun(text, i);
                if (i == text.length()) {
                    break;
                }
            }
            char c = text.charAt(i);
            if (depth == 0) {
                outside(c);
            } else {
                inside(c, done);
            }
        }
        return done;
    }

    private void outside(char c) {
        if (candidate) {
            if (Character.isWhitespace(c)) {
                document.append(c);
                return;
            }
            candidate = false;
            if (c == '"' || c == '}') {
                depth = 1;
                inside(c, null);
                return;
            }
            rememberOutside(document);
            document.setLength(0);
        }
        if (c == '{') {
            candidate = true;
            document.setLength(0);
            document.append(c);
        } else {
            rememberOutside(c);
        }
    }

    /**
     * Passes over text outside any document up to the next {@code '{'} in one go (log lines, prompts): counts the
     * prompts in it and keeps only its end as the tail; returns where it ends.
     */
    private int skipOutsideRun(String text, int from) {
        int length = text.length();
        int end = from;
        while (promptMatch > 0 && end < length && text.charAt(end) != '{') {
            countPrompt(text.charAt(end));
            end++;
        }
        int brace = text.indexOf('{', end);
        int stop = brace < 0 ? length : brace;
        if (end < stop) {
            for (int at = text.indexOf(PROMPT, end); at >= 0 && at < stop; at = text.indexOf(PROMPT, at + 1)) {
                prompts++;
            }
            // a prompt cut by the slice's end: only its start ("k", "kv", ...) can be in the last characters
            for (int i = Math.max(end, stop - PROMPT.length() + 1); i < stop; i++) {
                countPrompt(text.charAt(i));
            }
            end = stop;
        }
        if (end - from >= TAIL_CHARS) {
            tail.setLength(0);
            tail.append(text, end - TAIL_CHARS, end);
        } else {
            tail.append(text, from, end);
            trimTail();
        }
        return end;
    }

    /** Copies the plain characters of a JSON string in one go (most of a document); returns where they end. */
    private int copyStringRun(CharSequence text, int from) {
        int end = from;
        int limit = Math.min(text.length(), from + Math.max(0, maxDocumentChars - document.length()));
        while (end < limit) {
            char c = text.charAt(end);
            if (c == '"' || c == '\\') {
                break;
            }
            end++;
        }
        document.append(text, from, end);
        return end;
    }

    private void inside(char c, List<String> done) {
        if (document.length() >= maxDocumentChars) {
            overflowed = true;
            document.setLength(0);
            depth = 0;
            inString = false;
            escaped = false;
            return;
        }
        document.append(c);
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            return;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            depth--;
            if (depth == 0 && done != null) {
                done.add(document.toString());
                document.setLength(0);
                tail.setLength(0);
            }
        }
    }

    private void rememberOutside(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            rememberOutside(text.charAt(i));
        }
    }

    private void rememberOutside(char c) {
        tail.append(c);
        trimTail();
        countPrompt(c);
    }

    private void countPrompt(char c) {
        if (c == PROMPT.charAt(promptMatch)) {
            promptMatch++;
            if (promptMatch == PROMPT.length()) {
                prompts++;
                promptMatch = 0;
            }
        } else {
            promptMatch = c == PROMPT.charAt(0) ? 1 : 0;
        }
    }

    private void trimTail() {
        if (tail.length() > 2 * TAIL_CHARS) {
            tail.delete(0, tail.length() - TAIL_CHARS);
        }
    }

    /** Text seen since the last complete document, outside any document (the last {@value #TAIL_CHARS} chars at most). */
    public String textSinceLastDocument() {
        String text = tail.toString();
        return text.length() > TAIL_CHARS ? text.substring(text.length() - TAIL_CHARS) : text;
    }

    /** Whether a document has started but not yet closed. */
    public boolean insideDocument() {
        return depth > 0 || candidate;
    }

    /** Characters of the unfinished document so far. */
    public int pendingChars() {
        return document.length();
    }

    /** How many admin shell prompts ({@code kv-> }) were seen outside documents so far. */
    public int prompts() {
        return prompts;
    }

    /** True once a document was larger than the limit; it was dropped. */
    public boolean overflowed() {
        return overflowed;
    }
}
