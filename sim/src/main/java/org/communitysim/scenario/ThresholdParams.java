package org.communitysim.scenario;

import java.util.Arrays;

/**
 * The fractional-threshold rule: person i joins on the first day the measure of their ties inside the group
 * reaches their own threshold φ_i. The measure is the share of ties inside ({@link ThresholdUnit#FRACTION}) or
 * their number ({@link ThresholdUnit#COUNT}); weighted, it uses tie weights instead of counts. A person without
 * ties has share 0.
 *
 * @param weighted     weigh ties by their weight (false: every tie counts 1)
 * @param unit         share of ties or number of ties
 * @param distribution how thresholds are given
 * @param value        the threshold, for {@code constant}
 * @param min          lower end, for {@code uniform}
 * @param max          upper end, for {@code uniform}
 * @param mean         mean, for {@code normal}
 * @param sd           standard deviation, for {@code normal}
 * @param values       one threshold per person (by node id), for {@code list}
 */
public record ThresholdParams(
        boolean weighted,
        ThresholdUnit unit,
        ThresholdDistribution distribution,
        double value,
        double min,
        double max,
        double mean,
        double sd,
        double[] values) {

    public ThresholdParams {
        Declarations.check(ThresholdParams.class, weighted, unit, distribution, value, min, max, mean, sd, values);
        if (min > max) {
            throw new IllegalArgumentException("join.threshold.min (" + min + ") must be <= join.threshold.max ("
                    + max + ")");
        }
        values = values.clone();
        if (distribution == ThresholdDistribution.LIST && values.length == 0) {
            throw new IllegalArgumentException("join.threshold.values must list one threshold per person when "
                    + "join.threshold.distribution is LIST, got an empty list");
        }
    }

    /** A copy of the per-person thresholds (the record never shares its array). */
    @Override
    public double[] values() {
        return values.clone();
    }

    public ThresholdParams withDistribution(ThresholdDistribution d) {
        return new ThresholdParams(weighted, unit, d, value, min, max, mean, sd, values);
    }

    public ThresholdParams withValues(double[] newValues) {
        return new ThresholdParams(weighted, unit, ThresholdDistribution.LIST, value, min, max, mean, sd, newValues);
    }

    public ThresholdParams withUnit(ThresholdUnit u) {
        return new ThresholdParams(weighted, u, distribution, value, min, max, mean, sd, values);
    }

    public ThresholdParams withConstant(double v) {
        return new ThresholdParams(weighted, unit, ThresholdDistribution.CONSTANT, v, min, max, mean, sd, values);
    }

    public ThresholdParams withWeighted(boolean w) {
        return new ThresholdParams(w, unit, distribution, value, min, max, mean, sd, values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThresholdParams t && weighted == t.weighted && unit == t.unit
                && distribution == t.distribution && Double.compare(value, t.value) == 0
                && Double.compare(min, t.min) == 0 && Double.compare(max, t.max) == 0
                && Double.compare(mean, t.mean) == 0 && Double.compare(sd, t.sd) == 0
                && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(weighted, unit, distribution, value, min, max, mean, sd)
                + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "ThresholdParams[weighted=" + weighted + ", unit=" + unit + ", distribution=" + distribution
                + ", value=" + value + ", min=" + min + ", max=" + max + ", mean=" + mean + ", sd=" + sd
                + ", values=" + values.length + " values]";
    }
}
