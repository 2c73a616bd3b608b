package org.communitysim.experiments.validation;

/**
 * One measured number of a verification check and what the classic result allows: a row of summary.csv.
 *
 * @param check   the check's id (e.g. "bass")
 * @param name    what is measured
 * @param value   the engine's figure
 * @param low     lowest allowed value (−∞ when unbounded)
 * @param high    highest allowed value (+∞ when unbounded)
 * @param passed  whether the check's criterion for this number holds (may use more than value, e.g. a CI)
 * @param note    how the tolerance was set, in a few words
 */
public record Measure(String check, String name, double value, double low, double high, boolean passed, String note) {

    /** A number reported for information, with no criterion (it always "passes"). */
    static Measure info(String check, String name, double value, String note) {
        return new Measure(check, name, value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, note);
    }

    /** Whether this number is reported without a criterion. */
    public boolean informational() {
        return low == Double.NEGATIVE_INFINITY && high == Double.POSITIVE_INFINITY;
    }

    /** A number that must lie in [low, high]. */
    static Measure within(String check, String name, double value, double low, double high, String note) {
        return new Measure(check, name, value, low, high, value >= low && value <= high, note);
    }
}
