package org.communitysim.experiments.sweep.sensitivity;

import java.util.List;

import org.communitysim.experiments.stats.Stats;

/** Argument checks and the percentile interval shared by the sensitivity estimators. */
final class Bootstrap {

    /** As in {@link Stats#summarizeBootstrap}: fewer resamples leave the 2.5% and 97.5% quantiles on a few draws. */
    static final int MIN_RESAMPLES = 100;
    private static final double[] TAILS = {0.025, 0.975};

    private Bootstrap() {
    }

    /**
     * Percentile 95% interval (Efron &amp; Tibshirani 1993, ch. 13) of bootstrap replicates, {@link Stats#quantiles}
     * definition; NaN replicates (resamples on which the index is undefined) are left out.
     */
    static double[] interval(double[] replicates) {
        return Stats.quantiles(replicates, TAILS);
    }

    /** {low[], high[]}; a factor whose estimate is NaN gets NaN bounds. */
    static double[][] intervals(double[][] replicates, double[] estimate) {
        int k = estimate.length;
        double[][] ci = new double[2][k];
        for (int i = 0; i < k; i++) {
            double[] bounds = Double.isNaN(estimate[i]) ? new double[] {Double.NaN, Double.NaN}
                    : interval(replicates[i]);
            ci[0][i] = bounds[0];
            ci[1][i] = bounds[1];
        }
        return ci;
    }

    static void check(int rows, double[] y, List<String> parameters, int k, int bootstrap) {
        if (y.length != rows) {
            throw new IllegalArgumentException(
                    "need one outcome value per design point: " + rows + ", got " + y.length);
        }
        if (parameters.size() != k) {
            throw new IllegalArgumentException(
                    "need one parameter name per factor: " + k + ", got " + parameters.size());
        }
        if (bootstrap < MIN_RESAMPLES) {
            throw new IllegalArgumentException(
                    "bootstrap needs at least " + MIN_RESAMPLES + " resamples, got " + bootstrap);
        }
    }
}
