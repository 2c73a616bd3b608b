package org.communitysim.experiments.sweep.sensitivity;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.communitysim.experiments.sweep.design.SaltelliDesign;

/**
 * Variance-based (Sobol' 1993) first-order and total-order indices from a {@link SaltelliDesign}:
 * S1_i = mean(f(B)·(f(AB_i) − f(A))) / V (Saltelli et al. 2010, table 2 (b)) and
 * ST_i = mean((f(A) − f(AB_i))²) / (2V) (Jansen 1999), with V the variance (1/N) of f over A and B together, as in
 * SALib. Bootstrap percentile 95% CIs resample the base rows j (each carrying its A, B and AB_i values).
 *
 * <p>Missing outcomes: a base row is dropped, for every factor, if any of its k + 2 values is NaN, so all indices rest
 * on the same rows and V. Fewer than two rows left, or V = 0 (a constant outcome), gives NaN indices and CIs.
 */
public final class SobolIndices {

    private SobolIndices() {
    }

    /**
     * @param y one outcome value per row of {@code d.points()} (replicates already averaged)
     * @return method "sobol": first = S1, second = ST, mu = null
     */
    public static SensitivityIndices analyze(SaltelliDesign d, double[] y, List<String> parameters, String outcome,
            int bootstrap, long seed) {
        Bootstrap.check(d.points().length, y, parameters, d.k(), bootstrap);
        int k = d.k();
        int[] kept = IntStream.range(0, d.n()).filter(j -> !Double.isNaN(y[d.aRow(j)])
                && !Double.isNaN(y[d.bRow(j)])
                && IntStream.range(0, k).noneMatch(i -> Double.isNaN(y[d.abRow(i, j)]))).toArray();
        int m = kept.length;
        double[] fA = IntStream.of(kept).mapToDouble(j -> y[d.aRow(j)]).toArray();
        double[] fB = IntStream.of(kept).mapToDouble(j -> y[d.bRow(j)]).toArray();
        double[][] fAB = new double[k][];
        for (int i = 0; i < k; i++) {
            int factor = i;
            fAB[i] = IntStream.of(kept).mapToDouble(j -> y[d.abRow(factor, j)]).toArray();
        }
        double[][] estimate = indices(fA, fB, fAB, IntStream.range(0, m).toArray());
        double[][][] reps = new double[2][k][bootstrap];
        SplittableRandom random = new SplittableRandom(seed);
        for (int b = 0; b < bootstrap; b++) {
            double[][] resampled = indices(fA, fB, fAB, m == 0 ? new int[0] : random.ints(m, 0, m).toArray());
            for (int i = 0; i < k; i++) {
                reps[0][i][b] = resampled[0][i];
                reps[1][i][b] = resampled[1][i];
            }
        }
        double[][] s1Ci = Bootstrap.intervals(reps[0], estimate[0]);
        double[][] stCi = Bootstrap.intervals(reps[1], estimate[1]);
        return new SensitivityIndices("sobol", outcome, List.copyOf(parameters), estimate[0], s1Ci[0], s1Ci[1],
                estimate[1], stCi[0], stCi[1], null);
    }

    /** {S1[], ST[]} over the given base rows (indices into the kept arrays, repeats allowed). */
    private static double[][] indices(double[] fA, double[] fB, double[][] fAB, int[] rows) {
        int k = fAB.length;
        double[][] result = new double[2][k];
        double variance = variance(fA, fB, rows);
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                first += fB[j] * (fAB[i][j] - fA[j]);
                total += (fA[j] - fAB[i][j]) * (fA[j] - fAB[i][j]);
            }
            boolean defined = rows.length >= 2 && variance > 0;
            result[0][i] = defined ? first / rows.length / variance : Double.NaN;
            result[1][i] = defined ? total / rows.length / 2 / variance : Double.NaN;
        }
        return result;
    }

    /** Variance (1/N) of f over the A and B values of the rows; exactly 0 when they are all equal. */
    private static double variance(double[] fA, double[] fB, int[] rows) {
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j : rows) {
            sum += fA[j] + fB[j];
            min = Math.min(min, Math.min(fA[j], fB[j]));
            max = Math.max(max, Math.max(fA[j], fB[j]));
        }
        if (min == max) { // the rounded mean of equal values need not equal them, leaving a spurious V ≈ 1e-31
            return 0;
        }
        double mean = sum / (2.0 * rows.length);
        double squares = 0;
        for (int j : rows) {
            squares += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        return squares / (2.0 * rows.length);
    }
}
