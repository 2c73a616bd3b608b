package org.communitysim.experiments.montecarlo;

import org.communitysim.model.DailyMetric;

/**
 * The distribution over replicates of every daily metric of one scenario: for each metric and day, the
 * quantiles {@link #QUANTILES} (type 7) and the mean. Immutable.
 */
public final class DailyBands {
    /** The quantiles kept per metric and day: 5%, 25%, 50%, 75%, 95%. */
    public static final double[] QUANTILES = {0.05, 0.25, 0.50, 0.75, 0.95};

    private final int days;
    private final double[][][] quantiles; // [metric][day][q]
    private final double[][] means; // [metric][day]

    DailyBands(int days, double[][][] quantiles, double[][] means) {
        this.days = days;
        this.quantiles = quantiles;
        this.means = means;
    }

    public int days() {
        return days;
    }

    /** The {@code q}-th quantile of {@link #QUANTILES} of the metric on the day. */
    public double quantile(DailyMetric metric, int day, int q) {
        return quantiles[metric.ordinal()][day][q];
    }

    public double median(DailyMetric metric, int day) {
        return quantile(metric, day, 2);
    }

    public double mean(DailyMetric metric, int day) {
        return means[metric.ordinal()][day];
    }
}
