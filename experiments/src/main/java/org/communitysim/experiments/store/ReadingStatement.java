package org.communitysim.experiments.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one reading statement {@code query} runs (docs/cli.md, {@code query}). DuckDB would run any statement handed
 * to it, and several separated by {@code ;} (the JDBC driver executes all but the last while preparing): a
 * {@code COPY … TO} overwrote a results file, then the command reported a JDBC error. DuckDB has no setting that
 * refuses writes but allows reads on an in-memory connection ({@code enable_external_access = false} also stops the
 * views' {@code read_parquet}, and {@code allowed_directories} grants reading and writing alike), so the statement is
 * checked before anything runs: it must be one statement whose first keyword (after comments and opening
 * parentheses) is one of {@link #KEYWORDS}; after {@code EXPLAIN [ANALYZE]} (which executes the statement it
 * analyses) the next keyword must be one too.
 *
 * <p>The scanner follows DuckDB's lexer where it matters for finding keywords and {@code ;}: {@code --} and nested
 * {@code /* *}{@code /} comments, {@code '…'} strings ({@code ''} inside), {@code E'…'} strings (backslash escapes),
 * {@code "…"} identifiers, {@code $tag$…$tag$} dollar quoting, and {@code $} inside identifiers. SQL it reads wrongly
 * can only be SQL DuckDB cannot parse, and DuckDB parses every statement before running any.
 */
public final class ReadingStatement {
    /** The first keywords of a reading statement, in the order the refusal names them. */
    public static final List<String> KEYWORDS = List.of("SELECT", "WITH", "FROM", "VALUES", "TABLE", "DESCRIBE",
            "SHOW", "SUMMARIZE", "EXPLAIN");
    private static final Set<String> ALLOWED = Set.copyOf(KEYWORDS);

    private ReadingStatement() {
    }

    private enum Kind { WORD, SEMICOLON, OPEN, OTHER }

    private record Token(Kind kind, int start, int end, String text) {
    }

    /**
     * The statement of {@code sql} without comments before and after it and without trailing {@code ;} (so it can be
     * wrapped in parentheses), if it is one reading statement; else a {@link ResultsQuery.QueryException} saying why.
     */
    public static String of(String sql) throws ResultsQuery.QueryException {
        List<Token> tokens = tokens(sql);
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.SEMICOLON) {
                continue;
            }
            if (first >= 0 && tokens.get(i - 1).kind() == Kind.SEMICOLON) {
                throw new ResultsQuery.QueryException("query: only one statement is run; got a second one after the "
                        + "';' at character " + (tokens.get(i - 1).start() + 1));
            }
            if (first < 0) {
                first = i;
            }
            last = i;
        }
        if (first < 0) {
            throw new ResultsQuery.QueryException("query: the SQL is empty");
        }
        List<String> words = new ArrayList<>();
        int i = keyword(tokens, first, last, words);
        while (i >= 0 && words.get(words.size() - 1).equals("EXPLAIN")) {
            i = keyword(tokens, i + 1, last, words);
            String next = i < 0 ? "" : words.get(words.size() - 1);
            if (next.equals("ANALYZE") || next.equals("ANALYSE")) {
                i = keyword(tokens, i + 1, last, words);
            }
        }
        if (i < 0 || !ALLOWED.contains(words.get(words.size() - 1))) {
            throw new ResultsQuery.QueryException("query: only a reading statement is run (" + String.join(", ", KEYWORDS)
                    + "); got " + (words.isEmpty() ? "nothing" : String.join(" ", words)));
        }
        return sql.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /**
     * The index of the first token from {@code from} to {@code to} that is not an opening parenthesis, its text
     * (upper case for a word, at most 20 characters otherwise) added to {@code words}; -1 when there is none.
     */
    private static int keyword(List<Token> tokens, int from, int to, List<String> words) {
        for (int i = from; i <= to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.OPEN) {
                String text = t.text();
                words.add(t.kind() == Kind.WORD ? text.toUpperCase(Locale.ROOT)
                        : text.length() > 20 ? text.substring(0, 20) + "…" : text);
                return i;
            }
        }
        return -1;
    }

    private static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
                while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                i = blockComment(s, i);
                continue;
            }
            Kind kind = Kind.OTHER;
            if (c == ';') {
                kind = Kind.SEMICOLON;
                i++;
            } else if (c == '(') {
                kind = Kind.OPEN;
                i++;
            } else if (c == '\'') {
                i = quoted(s, i, '\'', false);
            } else if (c == '"') {
                i = quoted(s, i, '"', false);
            } else if (c == '$') {
                i = dollar(s, i);
            } else if (isWordStart(c)) {
                while (i < n && isWordPart(s.charAt(i))) {
                    i++;
                }
                if (i - start == 1 && (c == 'e' || c == 'E') && i < n && s.charAt(i) == '\'') {
                    i = quoted(s, i, '\'', true); // E'…': backslash escapes
                } else {
                    kind = Kind.WORD;
                }
            } else if (Character.isDigit(c)) {
                while (i < n && (isWordPart(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
            } else {
                i++;
            }
            out.add(new Token(kind, start, i, s.substring(start, i)));
        }
        return out;
    }

    /** The end of the (possibly nested) block comment at {@code i}; the end of the text if it is not closed. */
    private static int blockComment(String s, int i) {
        int depth = 0;
        int n = s.length();
        while (i < n) {
            if (s.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (s.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /** The end of the quoted text at {@code i} (a doubled quote stays inside; with {@code backslash}, \x too). */
    private static int quoted(String s, int i, char quote, boolean backslash) {
        int n = s.length();
        i++;
        while (i < n) {
            char c = s.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /** A dollar-quoted string {@code $tag$…$tag$} at {@code i}, else a parameter ({@code $1}, {@code $name}). */
    private static int dollar(String s, int i) {
        int n = s.length();
        int j = i + 1;
        if (j < n && isWordStart(s.charAt(j))) {
            while (j < n && isWordPart(s.charAt(j)) && s.charAt(j) != '$') {
                j++;
            }
        }
        if (j < n && s.charAt(j) == '$') {
            String tag = s.substring(i, j + 1);
            int close = s.indexOf(tag, j + 1);
            return close < 0 ? n : close + tag.length();
        }
        while (j < n && isWordPart(s.charAt(j))) {
            j++;
        }
        return Math.max(j, i + 1);
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || Character.isDigit(c) || c == '$';
    }
}
