package org.communitysim.experiments.search;

/**
 * One numeric scenario field searched over a range: a free parameter of {@code calibrate} or a lever of
 * {@code optimise}. The searches work in unit coordinates u ∈ [0, 1] (so one step size suits every parameter, and
 * CMA-ES's bounds are the unit cube); {@link #at} maps u to the field's value, uniformly on a linear or a log scale.
 *
 * @param path    JSON path of a numeric scenario field, e.g. {@code group.outsideExposure}
 * @param integer whether the field is an integer (values are rounded to the nearest integer)
 * @param min     lower end of the range (the prior's support for calibration)
 * @param max     upper end
 * @param log     whether u is uniform on a log scale (a log-uniform prior); needs min &gt; 0
 */
public record SearchParameter(String path, boolean integer, double min, double max, boolean log) {

    public SearchParameter {
        if (!(max > min) || log && !(min > 0)) {
            throw new IllegalArgumentException(path + ": bad range [" + min + ", " + max + "]" + (log ? " (log)" : ""));
        }
    }

    /** The value at unit coordinate u (clamped to [0, 1]). */
    public double at(double u) {
        double c = Math.max(0, Math.min(1, u));
        double v = log ? Math.exp(Math.log(min) + c * (Math.log(max) - Math.log(min))) : min + c * (max - min);
        v = Math.max(min, Math.min(max, v)); // exp/log round-off must not leave the range
        return integer ? Math.rint(v) : v;
    }

    /** The unit coordinate of a value (the inverse of {@link #at} before rounding). */
    public double unit(double value) {
        double u = log ? (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min))
                : (value - min) / (max - min);
        return Math.max(0, Math.min(1, u));
    }

    /**
     * Its entry in a resumable search's resolved spec ({@link SearchJournal}): path, integer, min, max, scale; the
     * spec's hash covers these fields in this order.
     */
    public void writeTo(com.fasterxml.jackson.databind.node.ObjectNode o) {
        o.put("path", path);
        o.put("integer", integer);
        o.put("min", min);
        o.put("max", max);
        o.put("scale", log ? "log" : "linear");
    }

    /** The value as it is set on a scenario: a Long for an integer field, else a Double. */
    public Object boxed(double value) {
        return integer ? (Object) (long) Math.rint(value) : (Object) value;
    }
}
