package org.communitysim.scenario.schema;

/**
 * The numbers a scenario field allows: an interval whose ends are open or closed, possibly unbounded. Every
 * allowed number is also finite (YAML can spell infinity and NaN; the model can use neither).
 */
public record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

    /** Any finite number. */
    public static final Range FINITE = new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    /**
     * The range written as {@link #text()} writes it: "[0, 1]", "(0, 1]", "[a, b)", ">= 0", "> 0", "<= 1", "< 1" or
     * "any". Only that spelling is accepted, so the declarations read exactly as the docs print them.
     *
     * @throws IllegalArgumentException when {@code text} is not such a range
     */
    public static Range parse(String text) {
        Range r = parseLoosely(text.trim());
        if (r == null || !r.text().equals(text)) {
            throw new IllegalArgumentException("not a range as the docs write one (\"[0, 1]\", \">= 0\", \"any\"...): \""
                    + text + "\"" + (r == null ? "" : "; write \"" + r.text() + "\""));
        }
        return r;
    }

    private static Range parseLoosely(String t) {
        double inf = Double.POSITIVE_INFINITY;
        try {
            if (t.equals("any")) {
                return FINITE;
            } else if (t.startsWith(">=")) {
                return new Range(number(t.substring(2)), true, inf, false);
            } else if (t.startsWith(">")) {
                return new Range(number(t.substring(1)), false, inf, false);
            } else if (t.startsWith("<=")) {
                return new Range(-inf, false, number(t.substring(2)), true);
            } else if (t.startsWith("<")) {
                return new Range(-inf, false, number(t.substring(1)), false);
            } else if ((t.startsWith("[") || t.startsWith("(")) && (t.endsWith("]") || t.endsWith(")"))) {
                String[] ends = t.substring(1, t.length() - 1).split(",");
                if (ends.length == 2) {
                    return new Range(number(ends[0]), t.startsWith("["), number(ends[1]), t.endsWith("]"));
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static double number(String s) {
        double v = Double.parseDouble(s.trim());
        if (!Double.isFinite(v)) {
            throw new NumberFormatException(s);
        }
        return v;
    }

    public boolean contains(double v) {
        return Double.isFinite(v)
                && (minInclusive ? v >= min : v > min)
                && (maxInclusive ? v <= max : v < max);
    }

    public boolean boundedBelow() {
        return Double.isFinite(min);
    }

    public boolean boundedAbove() {
        return Double.isFinite(max);
    }

    /** Short form for tables: "[0, 1]", "(0, 1]", ">= 0", "> 0", "any". */
    public String text() {
        if (boundedBelow() && boundedAbove()) {
            return (minInclusive ? "[" : "(") + format(min) + ", " + format(max) + (maxInclusive ? "]" : ")");
        }
        if (boundedBelow()) {
            return (minInclusive ? ">= " : "> ") + format(min);
        }
        if (boundedAbove()) {
            return (maxInclusive ? "<= " : "< ") + format(max);
        }
        return "any";
    }

    /** What a message says is allowed: "a number in [0, 1]", "an integer >= 1", "a finite number". */
    public String phrase(boolean integer) {
        String noun = integer ? "an integer" : "a number";
        if (!boundedBelow() && !boundedAbove()) {
            return integer ? noun : "a finite number";
        }
        return noun + (boundedBelow() && boundedAbove() ? " in " : " ") + text();
    }

    /** Whole numbers without a decimal point, so messages read "[0, 1]" rather than "[0.0, 1.0]". */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
