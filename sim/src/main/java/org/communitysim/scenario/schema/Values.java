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
            return "an array";
        } else if (v.isNumber() && !Double.isFinite(v.asDouble())) {
            return Double.toString(v.asDouble());  // Jackson would quote it: a number like 1e400 overflows to Infinity
        }
        return v.toString();  // strings quoted and escaped, numbers and literals as written
    }
}
