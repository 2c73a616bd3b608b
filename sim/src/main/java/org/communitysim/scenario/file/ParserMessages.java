package org.communitysim.scenario.file;

import java.util.regex.Pattern;

/** The JSON parser's messages in the user's terms, for every file the tool reads (scenarios, sweep specs). */
public final class ParserMessages {
    private static final Pattern START_MARKER = Pattern.compile(
            "\\s*\\(start marker at \\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");

    private ParserMessages() {
    }

    /**
     * Jackson's "(start marker at [Source: REDACTED (...) line: 1, column: 11])" names its own internals; it becomes
     * "(opened at line 1, column 11)". Other messages are returned as they are.
     */
    public static String plain(String message) {
        return message == null ? null : START_MARKER.matcher(message).replaceAll(" (opened at line $1, column $2)");
    }
}
