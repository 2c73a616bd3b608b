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

    /** The bands from [metric][day][q] quantiles and [metric][day] means (e.g. cells computed elsewhere by {@link #cell}). */
    public static DailyBands of(int days, double[][][] quantiles, double[][] means) {
        return new DailyBands(days, quantiles, means);
    }

    /**
     * One metric on one day: {@code [mean, q5, q25, q50, q75, q95]} of the values over replicates, given in
     * replicate order (the mean is summed in that order, so the result is the same wherever it is computed).
     */
    public static double[] cell(double[] column) {
        double[] q = org.communitysim.experiments.stats.Stats.quantiles(column, QUANTILES);
        double sum = 0;
        for (double v : column) {
            sum += v;
        }
        double[] out = new double[1 + q.length];
        out[0] = sum / column.length;
        System.arraycopy(q, 0, out, 1, q.length);
        return out;
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
