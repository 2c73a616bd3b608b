package org.communitysim.experiments.scenario;

/**
 * The numbers a scenario field allows: an interval whose ends are open or closed, possibly unbounded. Every
 * allowed number is also finite (YAML can spell infinity and NaN; the model can use neither).
 */
record Range(double min, boolean minInclusive, double max, boolean maxInclusive) {

    /** [0, 1]: probabilities and shares. */
    static final Range UNIT = new Range(0, true, 1, true);
    /** [0, ∞). */
    static final Range NON_NEGATIVE = new Range(0, true, Double.POSITIVE_INFINITY, false);
    /** (0, ∞). */
    static final Range POSITIVE = new Range(0, false, Double.POSITIVE_INFINITY, false);
    /** Any finite number. */
    static final Range FINITE = new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);

    /** [min, ∞), for integers. */
    static Range atLeast(int min) {
        return new Range(min, true, Double.POSITIVE_INFINITY, false);
    }

    /** (min, max]. */
    static Range openClosed(double min, double max) {
        return new Range(min, false, max, true);
    }

    boolean contains(double v) {
        return Double.isFinite(v)
                && (minInclusive ? v >= min : v > min)
                && (maxInclusive ? v <= max : v < max);
    }

    boolean boundedBelow() {
        return Double.isFinite(min);
    }

    boolean boundedAbove() {
        return Double.isFinite(max);
    }

    /** Short form for tables: "[0, 1]", "(0, 1]", ">= 0", "> 0", "any". */
    String text() {
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
    String phrase(boolean integer) {
        String noun = integer ? "an integer" : "a number";
        if (!boundedBelow() && !boundedAbove()) {
            return integer ? noun : "a finite number";
        }
        return noun + (boundedBelow() && boundedAbove() ? " in " : " ") + text();
    }

    /** Whole numbers without a decimal point, so messages read "[0, 1]" rather than "[0.0, 1.0]". */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
