package org.communitysim.experiments.montecarlo;

import org.communitysim.model.DailyMetric;

/** Builds {@link DailyBands} for tests of other packages (its constructor is package-private). */
public final class TestBands {
    private TestBands() {
    }

    /** The five quantiles (5%, 25%, 50%, 75%, 95%) of a metric on a day. */
    @FunctionalInterface
    public interface Quantiles {
        double[] of(DailyMetric metric, int day);
    }

    /** Bands of {@code days} days; the mean of each metric and day is taken to be its median. */
    public static DailyBands of(int days, Quantiles quantiles) {
        int metrics = DailyMetric.values().length;
        double[][][] q = new double[metrics][days][];
        double[][] means = new double[metrics][days];
        for (DailyMetric m : DailyMetric.values()) {
            for (int d = 0; d < days; d++) {
                double[] five = quantiles.of(m, d);
                if (five.length != DailyBands.QUANTILES.length) {
                    throw new IllegalArgumentException("need " + DailyBands.QUANTILES.length + " quantiles");
                }
                q[m.ordinal()][d] = five.clone();
                means[m.ordinal()][d] = five[2];
            }
        }
        return new DailyBands(days, q, means);
    }
}
