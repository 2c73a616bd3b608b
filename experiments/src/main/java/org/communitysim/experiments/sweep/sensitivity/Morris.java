package org.communitysim.experiments.sweep.sensitivity;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.communitysim.experiments.sweep.design.MorrisDesign;

/**
 * Morris (1991) elementary-effects screening: per factor μ (mean effect), μ* (mean absolute effect, Campolongo,
 * Cariboni &amp; Saltelli 2007) and σ (sample sd of the effects, n − 1), with bootstrap percentile 95% CIs of μ* and σ
 * from resampling whole trajectories.
 *
 * <p>Missing outcomes: an elementary effect that involves a NaN point is dropped. A factor left with fewer than two
 * effects gets NaN for μ, μ*, σ and their CIs; a bootstrap resample that leaves a factor fewer than two effects is
 * left out of that factor's intervals.
 */
public final class Morris {

    private Morris() {
    }

    /**
     * @param y one outcome value per row of {@code d.points()} (replicates already averaged)
     * @return method "morris": first = μ*, second = σ, mu = μ
     */
    public static SensitivityIndices analyze(MorrisDesign d, double[] y, List<String> parameters, String outcome,
            int bootstrap, long seed) {
        Bootstrap.check(d.points().length, y, parameters, d.k(), bootstrap);
        int k = d.k();
        int r = d.trajectories();
        double[][] effects = elementaryEffects(d, y); // [factor][trajectory], NaN where dropped
        double[] mu = new double[k];
        double[] muStar = new double[k];
        double[] sigma = new double[k];
        for (int i = 0; i < k; i++) {
            double[] m = moments(effects[i], identity(r));
            mu[i] = m[0];
            muStar[i] = m[1];
            sigma[i] = m[2];
        }
        double[][] muStarReps = new double[k][bootstrap];
        double[][] sigmaReps = new double[k][bootstrap];
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < bootstrap; b++) {
            int[] draw = random.ints(r, 0, r).toArray();
            for (int i = 0; i < k; i++) {
                double[] m = moments(effects[i], draw);
                muStarReps[i][b] = m[1];
                sigmaReps[i][b] = m[2];
            }
        }
        double[][] muStarCi = Bootstrap.intervals(muStarReps, muStar);
        double[][] sigmaCi = Bootstrap.intervals(sigmaReps, sigma);
        return new SensitivityIndices("morris", outcome, List.copyOf(parameters), muStar, muStarCi[0], muStarCi[1],
                sigma, sigmaCi[0], sigmaCi[1], mu);
    }

    /** EE = (y_{j+1} − y_j) / Δ for the factor that step j of a trajectory changes. */
    private static double[][] elementaryEffects(MorrisDesign d, double[] y) {
        double[][] effects = new double[d.k()][d.trajectories()];
        for (double[] row : effects) {
            Arrays.fill(row, Double.NaN); // a design built elsewhere might not move every factor in every trajectory
        }
        for (int t = 0; t < d.trajectories(); t++) {
            for (int j = 0; j < d.k(); j++) {
                effects[d.changed()[t][j]][t] = (y[d.row(t, j + 1)] - y[d.row(t, j)]) / d.delta()[t][j];
            }
        }
        return effects;
    }

    /** {μ, μ*, σ} of the non-NaN effects at the given trajectory indices; all NaN if fewer than two. */
    private static double[] moments(double[] effects, int[] trajectories) {
        int n = 0;
        double sum = 0;
        double sumAbs = 0;
        for (int t : trajectories) {
            if (!Double.isNaN(effects[t])) {
                n++;
                sum += effects[t];
                sumAbs += Math.abs(effects[t]);
            }
        }
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double mean = sum / n;
        double squares = 0;
        for (int t : trajectories) {
            if (!Double.isNaN(effects[t])) {
                squares += (effects[t] - mean) * (effects[t] - mean);
            }
        }
        return new double[] {mean, sumAbs / n, Math.sqrt(squares / (n - 1))};
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        Arrays.setAll(p, i -> i);
        return p;
    }
}
