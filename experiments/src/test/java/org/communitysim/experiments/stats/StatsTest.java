package org.communitysim.experiments.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Reference values are computed outside this code: by hand (arithmetic shown), by brute force inside the test, or
 * from R / SciPy 1.17 (scipy.stats.ttest_rel, scipy.stats.wilcoxon(zero_method="wilcox", correction=True),
 * numpy.quantile), whose outputs are quoted.
 */
class StatsTest {

    private static final double NaN = Double.NaN;

    /** Student (1908) sleep data, R's {@code sleep}: extra hours of sleep under drug 1 and drug 2, same patients. */
    private static final double[] SLEEP_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    private static final double[] SLEEP_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    // ---- summarize ----

    @Test
    void summarize_smallDatasetMatchesHandArithmetic() {
        // x = 2 4 4 4 5 5 7 9: sum 40, mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; var = 32/7 = 4.571429,
        // sd = 2.1380899; median (4+5)/2 = 4.5; se = sd/sqrt(8) = 0.7559289; t(0.975, 7) = 2.3646243 (table);
        // half width = 2.3646243 * 0.7559289 = 1.7874879 -> CI [3.2125121, 6.7874879] (R: t.test(x)$conf.int).
        Summary s = Stats.summarize(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertEquals(8, s.n());
        assertEquals(5.0, s.mean(), 1e-12);
        assertEquals(2.1380899353, s.sd(), 1e-9);
        assertEquals(4.5, s.median(), 1e-12);
        assertEquals(3.2125120818, s.ciLow(), 1e-7);
        assertEquals(6.7874879182, s.ciHigh(), 1e-7);
    }

    @Test
    void summarize_dropsNaN() {
        Summary withNaN = Stats.summarize(new double[] {NaN, 2, 4, 4, NaN, 4, 5, 5, 7, 9});
        assertEquals(Stats.summarize(new double[] {2, 4, 4, 4, 5, 5, 7, 9}), withNaN);
    }

    @Test
    void summarize_emptyOrAllNaNIsAllNaN() {
        assertEquals(new Summary(0, NaN, NaN, NaN, NaN, NaN), Stats.summarize(new double[0]));
        assertEquals(new Summary(0, NaN, NaN, NaN, NaN, NaN), Stats.summarize(new double[] {NaN, NaN}));
    }

    @Test
    void summarize_singleValueHasNoSpread() {
        assertEquals(new Summary(1, 3.5, NaN, 3.5, NaN, NaN), Stats.summarize(new double[] {NaN, 3.5}));
    }

    @Test
    void summarize_equalValuesGiveZeroSdAndPointInterval() {
        // 0.1 + 0.1 + 0.1 = 0.30000000000000004 in double, so a naive mean would not be 0.1
        assertEquals(new Summary(3, 0.1, 0, 0.1, 0.1, 0.1), Stats.summarize(new double[] {0.1, 0.1, 0.1}));
    }

    // ---- bootstrap ----

    @Test
    void summarizeBootstrap_isDeterministicForASeed() {
        double[] x = {2, 4, 4, 4, 5, 5, 7, 9, 1, 12};
        Summary first = Stats.summarizeBootstrap(x, 1000, 7L);
        assertEquals(first, Stats.summarizeBootstrap(x, 1000, 7L));
        assertNotEquals(first.ciLow(), Stats.summarizeBootstrap(x, 1000, 8L).ciLow());
        // the point estimates are those of summarize; only the interval changes
        Summary t = Stats.summarize(x);
        assertEquals(t.mean(), first.mean());
        assertEquals(t.sd(), first.sd());
        assertEquals(t.median(), first.median());
    }

    @Test
    void summarizeBootstrap_largeNormalSampleAgreesWithTInterval() {
        SplittableRandom random = new SplittableRandom(2024L);
        double[] x = new double[2000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + 3 * random.nextGaussian();
        }
        Summary t = Stats.summarize(x);
        Summary boot = Stats.summarizeBootstrap(x, 4000, 99L);
        double width = t.ciHigh() - t.ciLow();
        assertEquals(t.ciLow(), boot.ciLow(), 0.1 * width);
        assertEquals(t.ciHigh(), boot.ciHigh(), 0.1 * width);
    }

    @Test
    void summarizeBootstrap_edgeCasesMatchSummarize() {
        assertEquals(Stats.summarize(new double[] {4}), Stats.summarizeBootstrap(new double[] {4}, 100, 1L));
        assertEquals(Stats.summarize(new double[0]), Stats.summarizeBootstrap(new double[0], 100, 1L));
        assertEquals(new Summary(2, 0.3, 0, 0.3, 0.3, 0.3), Stats.summarizeBootstrap(new double[] {0.3, 0.3}, 100, 1L));
    }

    @Test
    void summarizeBootstrap_rejectsTooFewResamples() {
        assertThrows(IllegalArgumentException.class, () -> Stats.summarizeBootstrap(new double[] {1, 2, 3}, 99, 1L));
    }

    // ---- paired: t-test, d_z, P(A > B) ----

    @Test
    void paired_sleepDataMatchesR() {
        // R: t.test(extra ~ group, data = sleep, paired = TRUE): t = -4.0621, df = 9, p-value = 0.002833,
        // 95% CI -2.4598858 -0.7001142, mean difference -1.58 (SciPy ttest_rel: p = 0.002832890197384273).
        PairedComparison c = Stats.paired(SLEEP_1, SLEEP_2);
        assertEquals(10, c.n());
        assertEquals(-1.58, c.meanDiff(), 1e-12);
        assertEquals(-2.4598858, c.ciLow(), 1e-7);
        assertEquals(-0.7001142, c.ciHigh(), 1e-7);
        assertEquals(0.0028328902, c.pT(), 1e-9);
        // sd of differences = 1.2299955, d_z = -1.58 / 1.2299955 = -1.2845576 (NumPy: d.mean() / d.std(ddof=1))
        assertEquals(-1.2845575626, c.effectSize(), 1e-9);
        // no patient sleeps more under drug 1; patient 5 ties (-0.1 vs -0.1): (0 + 0.5) / 10
        assertEquals(0.05, c.probAGreater(), 1e-12);
    }

    @Test
    void paired_countsTiesAsOneHalfInProbAGreater() {
        // 3 > 1 yes, 1 > 3 no, 2 = 2 half, 2 > 0 yes: (1 + 0 + 0.5 + 1) / 4 = 0.625
        assertEquals(0.625, Stats.paired(new double[] {3, 1, 2, 2}, new double[] {1, 3, 2, 0}).probAGreater(), 1e-12);
    }

    @Test
    void paired_dropsPairsWithNaN() {
        double[] a = Arrays.copyOf(SLEEP_1, 12);
        double[] b = Arrays.copyOf(SLEEP_2, 12);
        a[10] = NaN;
        b[10] = 1;
        a[11] = 2;
        b[11] = NaN;
        assertEquals(Stats.paired(SLEEP_1, SLEEP_2), Stats.paired(a, b));
    }

    @Test
    void paired_allDifferencesZeroMeansNoEffect() {
        double[] x = {0.1, 0.2, 0.7, 1.5};
        assertEquals(new PairedComparison(4, 0, 0, 0, 1, 1, 0, 0.5), Stats.paired(x, x.clone()));
    }

    @Test
    void paired_constantNonzeroDifferenceHasPointIntervalAndUndefinedEffectSize() {
        PairedComparison c = Stats.paired(new double[] {3, 4, 5}, new double[] {1, 2, 3});
        assertEquals(2, c.meanDiff());
        assertEquals(2, c.ciLow());
        assertEquals(2, c.ciHigh());
        assertEquals(0, c.pT());
        assertTrue(Double.isNaN(c.effectSize()));
        assertEquals(1, c.probAGreater());
        // three tied ranks 2,2,2 -> normal approximation; SciPy wilcoxon([2, 2, 2]): 0.14891467317876572
        assertEquals(0.1489146732, c.pWilcoxon(), 1e-9);
    }

    @Test
    void paired_fewerThanTwoPairsGivesNaNInference() {
        assertEquals(new PairedComparison(1, 2, NaN, NaN, NaN, NaN, NaN, 1),
                Stats.paired(new double[] {3, NaN}, new double[] {1, 1}));
        assertEquals(new PairedComparison(0, NaN, NaN, NaN, NaN, NaN, NaN, NaN),
                Stats.paired(new double[] {NaN}, new double[] {1}));
    }

    @Test
    void paired_rejectsDifferentLengths() {
        assertThrows(IllegalArgumentException.class, () -> Stats.paired(new double[2], new double[3]));
    }

    // ---- paired: Wilcoxon signed-rank ----

    @Test
    void wilcoxon_noTiesSmallNMatchesBruteForceEnumeration() {
        double[] d = {1.5, -0.3, 2.7, 3.1, -1.9, 4.4, 0.8, 5.2, -2.2, 6.0};
        assertEquals(bruteForceExactP(d), wilcoxon(d), 1e-15);
        assertEquals(0.083984375, wilcoxon(d), 1e-15); // SciPy wilcoxon(d, method="exact"); W- = 10
    }

    @Test
    void wilcoxon_hollanderWolfeExampleMatchesR() {
        // R ?wilcox.test example (Hollander & Wolfe 1973, p. 29): V = 40, one-sided p = 0.01953 = 10/512
        double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
        double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
        assertEquals(20.0 / 512, Stats.paired(x, y).pWilcoxon(), 1e-15);
    }

    @Test
    void wilcoxon_sleepDataWithZeroAndTieMatchesR() {
        // R: wilcox.test(extra ~ group, data = sleep, paired = TRUE): V = 0, p-value = 0.009091.
        // By hand: zero dropped, n = 9, one pair of tied 1.3s: var = 9*10*19/24 - (8 - 2)/48 = 71.125,
        // z = (0 - 22.5 + 0.5) / sqrt(71.125) = -2.60865, p = 2 * Phi(-2.60865) = 0.0090907 (SciPy: 0.009090698015925044)
        assertEquals(0.009090698016, Stats.paired(SLEEP_1, SLEEP_2).pWilcoxon(), 1e-10);
    }

    @Test
    void wilcoxon_dropsZeroDifferences() {
        double[] d = {1.5, -0.3, 2.7, 3.1, -1.9, 4.4, 0.8, 5.2, -2.2, 6.0};
        double[] withZeros = {0, 1.5, -0.3, 2.7, 0, 3.1, -1.9, 4.4, 0.8, 5.2, -2.2, 6.0, 0};
        assertEquals(wilcoxon(d), wilcoxon(withZeros), 0);
    }

    @Test
    void wilcoxon_largeNWithoutTiesUsesNormalApproximation() {
        // d_i = ±(i + 1)/2, negative for i % 4 == 0: ranks are i + 1, n = 40 > 25
        double[] d = new double[40];
        for (int i = 0; i < d.length; i++) {
            d[i] = (i % 4 == 0 ? -1 : 1) * (i + 1) * 0.5;
        }
        // SciPy wilcoxon(d, correction=True, method="approx") = 0.003173989659877223 (same formula as R)
        assertEquals(0.0031739897, wilcoxon(d), 1e-9);
        // and the approximation is close to the exact tail, counted here by subset-sum DP (SciPy exact: 0.0025129)
        assertEquals(exactPByCounting(d), wilcoxon(d), 0.001);
    }

    @Test
    void wilcoxon_largeNWithTiesAndZerosMatchesScipy() {
        double[] d = new double[60]; // values -3..7, many ties, six zeros
        for (int i = 0; i < d.length; i++) {
            d[i] = (i * 7) % 11 - 3;
        }
        // SciPy wilcoxon(d, zero_method="wilcox", correction=True, method="approx") = 3.633960805568475e-05
        assertEquals(3.633960805568475e-05, wilcoxon(d), 1e-12);
    }

    // ---- holm ----

    @Test
    void holm_textbookExample() {
        // sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04; running max 0.02, 0.03, 0.06, 0.06
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, Stats.holm(new double[] {0.01, 0.04, 0.03, 0.005}),
                1e-15);
    }

    @Test
    void holm_keepsNaNOutOfTheCount() {
        double[] adjusted = Stats.holm(new double[] {0.01, NaN, 0.04, 0.03, 0.005});
        assertArrayEquals(new double[] {0.03, NaN, 0.06, 0.06, 0.02}, adjusted, 1e-15);
    }

    @Test
    void holm_capsAtOne() {
        assertArrayEquals(new double[] {1, 1}, Stats.holm(new double[] {0.6, 0.5}), 0);
    }

    @Test
    void holm_isMonotoneAndNeverBelowTheRawValue() {
        SplittableRandom random = new SplittableRandom(5L);
        double[] p = new double[50];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.pow(random.nextDouble(), 3); // many small p-values
        }
        double[] adjusted = Stats.holm(p);
        for (int i = 0; i < p.length; i++) {
            assertTrue(adjusted[i] >= p[i] && adjusted[i] <= 1);
            for (int j = 0; j < p.length; j++) {
                assertTrue(p[i] > p[j] || adjusted[i] <= adjusted[j], "order of p kept at " + i + ", " + j);
            }
        }
    }

    @Test
    void holm_rejectsValuesOutsideUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> Stats.holm(new double[] {0.2, 1.2}));
    }

    // ---- quantile ----

    @Test
    void quantile_isType7() {
        // h = 9p: p = 0.05 -> h = 0.45 -> 1 + 0.45 = 1.45; 0.25 -> 3.25; 0.5 -> 5.5; 0.75 -> 7.75; 0.95 -> 9.55
        // (R quantile(1:10, type = 7), numpy.quantile default)
        double[] x = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        assertArrayEquals(new double[] {1.45, 3.25, 5.5, 7.75, 9.55},
                Stats.quantiles(x, new double[] {0.05, 0.25, 0.5, 0.75, 0.95}), 1e-12);
        assertEquals(3.25, Stats.quantile(x, 0.25), 1e-12);
        assertEquals(1, Stats.quantile(x, 0));
        assertEquals(10, Stats.quantile(x, 1));
        assertArrayEquals(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, x, 0, "input not modified");
    }

    @Test
    void quantile_dropsNaNAndIsNaNWhenEmpty() {
        assertEquals(2.5, Stats.quantile(new double[] {NaN, 4, 1, NaN}, 0.5), 1e-12);
        assertTrue(Double.isNaN(Stats.quantile(new double[] {NaN}, 0.5)));
    }

    @Test
    void quantile_rejectsProbabilityOutsideUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> Stats.quantile(new double[] {1, 2}, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Stats.quantile(new double[] {1, 2}, NaN));
    }

    // ---- independent references ----

    private static double wilcoxon(double[] differences) {
        return Stats.paired(differences, new double[differences.length]).pWilcoxon();
    }

    /** Ranks of distinct |d| by counting; W+ under all 2^n sign patterns by enumeration. No zeros, no ties. */
    private static double bruteForceExactP(double[] d) {
        int n = d.length;
        int[] rank = new int[n];
        int observed = 0;
        for (int i = 0; i < n; i++) {
            for (double other : d) {
                rank[i] += Math.abs(other) <= Math.abs(d[i]) ? 1 : 0;
            }
            observed += d[i] > 0 ? rank[i] : 0;
        }
        int atMost = 0;
        int atLeast = 0;
        for (int signs = 0; signs < 1 << n; signs++) {
            int w = 0;
            for (int i = 0; i < n; i++) {
                w += (signs >> i & 1) == 1 ? rank[i] : 0;
            }
            atMost += w <= observed ? 1 : 0;
            atLeast += w >= observed ? 1 : 0;
        }
        return Math.min(1, 2.0 * Math.min(atMost, atLeast) / (1 << n));
    }

    /** Exact two-sided p for untied d, via the probability that a random sign pattern gives rank sum s. */
    private static double exactPByCounting(double[] d) {
        int n = d.length;
        double[] sorted = Arrays.stream(d).map(Math::abs).sorted().toArray();
        int observed = 0;
        for (double x : d) {
            observed += x > 0 ? Arrays.binarySearch(sorted, Math.abs(x)) + 1 : 0;
        }
        double[] prob = {1};
        for (int r = 1; r <= n; r++) { // add rank r with probability 1/2
            double[] next = new double[prob.length + r];
            for (int s = 0; s < prob.length; s++) {
                next[s] += prob[s] / 2;
                next[s + r] += prob[s] / 2;
            }
            prob = next;
        }
        double lower = Arrays.stream(prob, 0, observed + 1).sum();
        double upper = Arrays.stream(prob, observed, prob.length).sum();
        return Math.min(1, 2 * Math.min(lower, upper));
    }

    @Test
    void meanInterval_at95_isTheSummarysCi_andWidensWithConfidence() {
        double[] x = {3.1, 4.2, 2.7, 5.0, 3.3, 4.8};
        Summary s = Stats.summarize(x);
        double[] ci = Stats.meanInterval(x, 0.95);
        assertEquals(s.ciLow(), ci[0], 1e-12);
        assertEquals(s.ciHigh(), ci[1], 1e-12);
        double[] wide = Stats.meanInterval(x, 1 - 0.05 / 12);
        assertTrue(wide[0] < ci[0] && wide[1] > ci[1]);
        assertArrayEquals(new double[] {2, 2}, Stats.meanInterval(new double[] {2, 2, 2}, 0.99));
        assertTrue(Double.isNaN(Stats.meanInterval(new double[] {1}, 0.95)[0]));
        assertThrows(IllegalArgumentException.class, () -> Stats.meanInterval(x, 1));
    }

    @Test
    void bonferroni_multipliesByTheFamilyCappedAtOne_andMatchesTheWiderInterval() {
        assertEquals(0.06, Stats.bonferroni(0.005, 12), 1e-15);
        assertEquals(1, Stats.bonferroni(0.2, 12));
        assertTrue(Double.isNaN(Stats.bonferroni(Double.NaN, 3)));
        assertThrows(IllegalArgumentException.class, () -> Stats.bonferroni(0.1, 0));
        // a paired difference whose adjusted p is below 0.05 has a 1 − 0.05/m interval excluding 0, and back
        double[] a = {1.2, 0.9, 1.4, 1.1, 0.8, 1.3, 1.0, 1.25};
        double[] b = {0.7, 0.8, 0.9, 0.6, 0.75, 0.95, 0.5, 0.8};
        for (int m : new int[] {1, 5, 12, 400, 4000, 40000}) {
            double p = Stats.bonferroni(Stats.paired(a, b).pT(), m);
            double[] ci = Stats.pairedInterval(a, b, 1 - 0.05 / m);
            assertEquals(p < 0.05, ci[0] > 0 || ci[1] < 0, "m = " + m + ", p = " + p);
        }
    }
}
