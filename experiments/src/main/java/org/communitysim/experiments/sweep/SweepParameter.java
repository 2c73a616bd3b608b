package org.communitysim.experiments.sweep;

/**
 * One varied scenario field.
 *
 * @param path    JSON path of a numeric scenario field, e.g. {@code group.threshold}
 * @param integer whether the field is an integer (values are rounded to the nearest integer)
 * @param values  explicit values (grid levels, or the discrete choices of other designs); null for a range
 * @param min     lower end of the range (ignored with values)
 * @param max     upper end of the range (ignored with values)
 * @param steps   grid levels over [min, max] (grid design with a range only)
 * @param log     whether a range is sampled uniformly on a log scale
 */
public record SweepParameter(String path, boolean integer, double[] values, double min, double max, int steps,
        boolean log) {

    /** The value at unit coordinate u ∈ [0, 1]. */
    public double at(double u) {
        double v;
        if (values != null) {
            int i = (int) Math.min(values.length - 1, Math.floor(u * values.length));
            v = values[i];
        } else if (log) {
            v = Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)));
        } else {
            v = min + u * (max - min);
        }
        return integer ? Math.rint(v) : v;
    }

    /** The value of grid level {@code i} of {@link #levels()}. */
    public double level(int i) {
        if (values != null) {
            return values[i];
        }
        int n = levels();
        return at(n == 1 ? 0.5 : (double) i / (n - 1));
    }

    /** Grid levels: the number of values, or of steps. */
    public int levels() {
        return values != null ? values.length : steps;
    }
}
