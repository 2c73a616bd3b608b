package org.communitysim.experiments.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Statistics of replicate outcomes: pure functions of arrays, no state, no hidden randomness.
 *
 * <p>Conventions. NaN marks a missing value and is dropped before anything is computed (it does not count in n).
 * Intervals are 95%. A quantity that is undefined for the data at hand (too few values, zero variance) comes back as
 * NaN rather than an exception, so a report can show a blank cell; arguments that are wrong whatever the data
 * (mismatched lengths, a probability outside [0, 1], too few resamples) throw {@link IllegalArgumentException}.
 *
 * <p>The Wilcoxon test is our own ({@link SignedRankTest}); commons-math3 supplies only the t distribution.
 */
public final class Stats {

    private static final double CONFIDENCE = 0.95;
    private static final double TAIL = (1 - CONFIDENCE) / 2;
    /** Fewer resamples leave the 2.5% and 97.5% quantiles resting on two or three resampled means. */
    private static final int MIN_RESAMPLES = 100;

    private Stats() {
    }

    /**
     * Mean, sd (n − 1), median and the Student-t 95% CI of the mean (n − 1 df). For n = 0 every field is NaN; for
     * n = 1 sd and CI are NaN; for values all equal sd is 0 and the CI is [mean, mean], with mean exactly that value.
     */
    public static Summary summarize(double[] values) {
        double[] x = sortedWithoutNaN(values);
        int n = x.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double median = quantileOfSorted(x, 0.5);
        if (n == 1) {
            return new Summary(1, x[0], Double.NaN, median, Double.NaN, Double.NaN);
        }
        if (x[0] == x[n - 1]) { // summing then dividing would turn 0.1, 0.1, 0.1 into 0.10000000000000002
            return new Summary(n, x[0], 0, median, x[0], x[0]);
        }
        double mean = Arrays.stream(x).sum() / n;
        double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (n - 1));
        double halfWidth = tQuantile(n - 1, 1 - TAIL) * sd / Math.sqrt(n);
        return new Summary(n, mean, sd, median, mean - halfWidth, mean + halfWidth);
    }

    /**
     * As {@link #summarize}, but the CI is the bootstrap percentile interval (Efron &amp; Tibshirani 1993, ch. 13):
     * the 2.5% and 97.5% quantiles ({@link #quantile} definition) of the means of {@code resamples} resamples drawn
     * with replacement. Resampling starts from the sorted values, so the result depends only on the seed and the
     * multiset of values, not on their order. n &lt; 2 and all-equal values give the same CI as {@link #summarize}.
     *
     * @throws IllegalArgumentException if {@code resamples} &lt; 100
     */
    public static Summary summarizeBootstrap(double[] values, int resamples, long seed) {
        if (resamples < MIN_RESAMPLES) {
            throw new IllegalArgumentException(
                    "bootstrap needs at least " + MIN_RESAMPLES + " resamples, got " + resamples);
        }
        Summary plain = summarize(values);
        if (plain.n() < 2 || plain.sd() == 0) {
            return plain;
        }
        double[] x = sortedWithoutNaN(values);
        int n = x.length;
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += x[random.nextInt(n)];
            }
            means[b] = sum / n;
        }
        Arrays.sort(means);
        return new Summary(n, plain.mean(), plain.sd(), plain.median(),
                quantileOfSorted(means, TAIL), quantileOfSorted(means, 1 - TAIL));
    }

    /**
     * Compares a with b pair by pair; pairs whose difference a − b is NaN (a NaN on either side, or ∞ − ∞) are dropped.
     * <ul>
     *   <li>n = 0: everything NaN. n = 1: meanDiff and probAGreater only; CI, p-values and d_z NaN.</li>
     *   <li>All differences zero: CI [0, 0], pT = pWilcoxon = 1, d_z = 0, P(A &gt; B) = 0.5.</li>
     *   <li>All differences equal to d ≠ 0: CI [d, d], pT = 0, d_z = NaN (undefined when the differences have zero
     *       variance; ±∞ would poison any average of effect sizes), pWilcoxon as usual.</li>
     * </ul>
     * pWilcoxon is described in {@link SignedRankTest}: zero differences dropped, exact for n &le; 25 without ties.
     *
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static PairedComparison paired(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "paired samples need the same length, got " + a.length + " and " + b.length);
        }
        double[] d = IntStream.range(0, a.length).mapToDouble(i -> a[i] - b[i]).filter(x -> !Double.isNaN(x)).toArray();
        int n = d.length;
        if (n == 0) {
            return new PairedComparison(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        double probAGreater = Arrays.stream(d).map(x -> x > 0 ? 1 : x == 0 ? 0.5 : 0).sum() / n;
        Summary s = summarize(d);
        if (n == 1) {
            return new PairedComparison(1, s.mean(), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    probAGreater);
        }
        double pT;
        double dz;
        if (s.sd() == 0) {
            pT = s.mean() == 0 ? 1 : 0;
            dz = s.mean() == 0 ? 0 : Double.NaN;
        } else {
            double t = s.mean() / (s.sd() / Math.sqrt(n));
            pT = 2 * tDistribution(n - 1).cumulativeProbability(-Math.abs(t));
            dz = s.mean() / s.sd();
        }
        return new PairedComparison(n, s.mean(), s.ciLow(), s.ciHigh(), pT, SignedRankTest.twoSidedP(d), dz,
                probAGreater);
    }

    /**
     * The Student-t interval of the mean at {@code confidence} (n − 1 df), NaN dropped: {low, high}. NaN for n &lt; 2;
     * [x, x] when every value is x. {@link #summarize} is this at 95%; comparisons ask for a wider level to cover a
     * family of outcomes at once (Bonferroni).
     *
     * @throws IllegalArgumentException if {@code confidence} is not strictly between 0 and 1
     */
    public static double[] meanInterval(double[] values, double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        double[] x = sortedWithoutNaN(values);
        int n = x.length;
        if (n < 2) {
            return new double[] {Double.NaN, Double.NaN};
        }
        if (x[0] == x[n - 1]) {
            return new double[] {x[0], x[0]};
        }
        double mean = Arrays.stream(x).sum() / n;
        double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (n - 1));
        double halfWidth = tQuantile(n - 1, 1 - (1 - confidence) / 2) * sd / Math.sqrt(n);
        return new double[] {mean - halfWidth, mean + halfWidth};
    }

    /**
     * The paired differences a − b (pairs with a NaN dropped, as in {@link #paired}) and their t interval at
     * {@code confidence}: {low, high}.
     */
    public static double[] pairedInterval(double[] a, double[] b, double confidence) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(
                    "paired samples need the same length, got " + a.length + " and " + b.length);
        }
        return meanInterval(IntStream.range(0, a.length).mapToDouble(i -> a[i] - b[i]).toArray(), confidence);
    }

    /**
     * Bonferroni-adjusted p-value (Dunn 1961): min(1, m·p). A test of a family of m is called significant at level α
     * when this is below α, exactly when its t interval at confidence 1 − α/m excludes 0, which is why the decision
     * table shows that interval beside it. NaN stays NaN.
     *
     * @throws IllegalArgumentException if p lies outside [0, 1] or m &lt; 1
     */
    public static double bonferroni(double p, int m) {
        if (m < 1) {
            throw new IllegalArgumentException("family size must be >= 1, got " + m);
        }
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("p-values must be in [0, 1] or NaN, got " + p);
        }
        return Double.isNaN(p) ? p : Math.min(1.0, m * p);
    }

    /**
     * Holm–Bonferroni step-down adjusted p-values (Holm 1979), as R's {@code p.adjust(p, "holm")}: sorted ascending,
     * the k-th smallest (1-based) becomes max over j &le; k of min(1, (m − j + 1)·p_(j)). Returned in input order.
     * NaN entries stay NaN and do not count in m.
     *
     * @throws IllegalArgumentException if a p-value lies outside [0, 1]
     */
    public static double[] holm(double[] pValues) {
        for (double p : pValues) {
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("p-values must be in [0, 1] or NaN, got " + p);
            }
        }
        int[] ascending = IntStream.range(0, pValues.length).filter(i -> !Double.isNaN(pValues[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> pValues[i])).mapToInt(Integer::intValue).toArray();
        int m = ascending.length;
        double[] adjusted = new double[pValues.length];
        Arrays.fill(adjusted, Double.NaN);
        double runningMax = 0;
        for (int k = 0; k < m; k++) {
            runningMax = Math.max(runningMax, Math.min(1.0, (m - k) * pValues[ascending[k]]));
            adjusted[ascending[k]] = runningMax;
        }
        return adjusted;
    }

    /**
     * Sample quantile by linear interpolation between order statistics: R's type 7 (Hyndman &amp; Fan 1996), the
     * default of R and NumPy. With x(1) &le; … &le; x(n) the sorted non-NaN values and h = (n − 1)·p, the result is
     * x(⌊h⌋+1) + (h − ⌊h⌋)·(x(⌊h⌋+2) − x(⌊h⌋+1)). NaN when no value is left; the input is not modified.
     *
     * @throws IllegalArgumentException if p is outside [0, 1] or NaN
     */
    public static double quantile(double[] values, double p) {
        return quantiles(values, new double[] {p})[0];
    }

    /** {@link #quantile} at each of {@code ps}, sorting the values once. */
    public static double[] quantiles(double[] values, double[] ps) {
        for (double p : ps) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("quantile probability must be in [0, 1], got " + p);
            }
        }
        double[] x = sortedWithoutNaN(values);
        return Arrays.stream(ps).map(p -> quantileOfSorted(x, p)).toArray();
    }

    private static double quantileOfSorted(double[] x, double p) {
        if (x.length == 0) {
            return Double.NaN;
        }
        double h = (x.length - 1) * p;
        int below = (int) Math.floor(h);
        double fraction = h - below;
        return fraction == 0 ? x[below] : x[below] + fraction * (x[below + 1] - x[below]);
    }

    private static double[] sortedWithoutNaN(double[] values) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        Arrays.sort(x);
        return x;
    }

    private static double tQuantile(int degreesOfFreedom, double p) {
        return tDistribution(degreesOfFreedom).inverseCumulativeProbability(p);
    }

    /** A null generator: the distribution is only evaluated, never sampled, so no RNG gets seeded from the clock. */
    private static TDistribution tDistribution(int degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom);
    }
}
