package org.communitysim.scenario.schema;

import com.fasterxml.jackson.databind.JsonNode;

/** How a value from a file is quoted back in a message: as it would be written in JSON. */
public final class Values {
    private Values() {
    }

    public static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        } else if (v.isObject()) {
            return "an object";
        } else if (v.isArray()) {
            return v.isEmpty() ? "an empty list" : "an array";
        } else if (v.isNumber() && !Double.isFinite(v.asDouble())) {
            return Double.toString(v.asDouble());  // Jackson would quote it: a number like 1e400 overflows to Infinity
        }
        String written = v.toString();  // strings quoted and escaped, numbers and literals as written
        return written.length() <= MAX_QUOTED ? written
                : written.substring(0, MAX_QUOTED - 20) + "...\" (" + v.asText().length() + " characters)";
    }

    /** A value is quoted whole up to this many characters: a megabyte-long string is not echoed into a message. */
    static final int MAX_QUOTED = 100;
}
