package org.communitysim.experiments.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The Kaplan–Meier estimate of a survival curve on a grid of whole days, and its 95% band by a cluster bootstrap
 * (Kaplan & Meier 1958; the cluster bootstrap: Davison & Hinkley 1997, §3.8).
 *
 * <p>Each subject is observed up to an age in days: it <em>died</em> at that age (the first day it is no longer
 * alive) or was <em>censored</em> there (known alive on that day, not observed after). At age a the estimate is
 * S(a) = Π over ages u ≤ a of (1 − d_u ÷ n_u), with d_u the deaths at age u and n_u the subjects still under
 * observation at u (their death or censoring age ≥ u): the share alive at age a. A subject censored at age u counts
 * as at risk at u, the usual convention for ties.
 *
 * <p>Why a cluster bootstrap and not Greenwood's variance: Greenwood treats the subjects as independent, but the
 * groups of one replicate share one world, one operator's effort and the same people's attention, so their deaths
 * are correlated and Greenwood's band would be too narrow. Resampling whole clusters (replicates, which are
 * independent by construction) keeps that correlation inside each resample.
 */
public final class KaplanMeier {
    /** Resamples of the cluster bootstrap: enough for stable 2.5% and 97.5% percentiles. */
    public static final int RESAMPLES = 1000;

    private KaplanMeier() {
    }

    /**
     * The curve on ages 0..{@code days() - 1}.
     *
     * @param atRisk   n_a: subjects under observation at age a
     * @param deaths   d_a: deaths at age a
     * @param censored subjects censored at age a
     * @param survival S(a)
     * @param low      2.5th percentile of S(a) over the bootstrap resamples (S(a) itself without resampling)
     * @param high     97.5th percentile
     */
    public record Curve(int[] atRisk, int[] deaths, int[] censored, double[] survival, double[] low, double[] high) {
        public int days() {
            return survival.length;
        }

        /** S(a), or NaN beyond the last age observed. */
        public double at(int age) {
            return age >= 0 && age < survival.length ? survival[age] : Double.NaN;
        }

        public double lowAt(int age) {
            return age >= 0 && age < low.length ? low[age] : Double.NaN;
        }

        public double highAt(int age) {
            return age >= 0 && age < high.length ? high[age] : Double.NaN;
        }
    }

    /**
     * The estimate without a band ({@code low} and {@code high} equal the estimate).
     *
     * @param ages  each subject's death or censoring age (≥ 0)
     * @param death whether the subject died at that age (else it was censored there)
     */
    public static Curve estimate(int[] ages, boolean[] death) {
        int days = span(ages);
        int[] d = new int[days];
        int[] c = new int[days];
        count(ages, death, d, c, null);
        double[] s = survival(d, c, days);
        int[] n = atRisk(d, c);
        return new Curve(n, d, c, s, s.clone(), s.clone());
    }

    /**
     * The estimate with a 95% band from a bootstrap over clusters: {@link #RESAMPLES} times, draw as many clusters
     * as there are, with replacement, pool their subjects and estimate again; the band at each age is the 2.5th and
     * 97.5th percentile of the resampled S(a) (an age a resample does not reach carries its last value forward).
     * The same inputs and seed give the same band.
     *
     * @param cluster each subject's cluster, 0..clusters−1
     * @param seed    seed of the resampling
     */
    public static Curve withClusterBand(int[] ages, boolean[] death, int[] cluster, int clusters, long seed) {
        Curve point = estimate(ages, death);
        int days = point.days();
        if (clusters < 2) {
            return point;
        }
        // per cluster: its subjects' indices
        int[][] members = new int[clusters][];
        int[] sizes = new int[clusters];
        for (int k : cluster) {
            sizes[k]++;
        }
        for (int k = 0; k < clusters; k++) {
            members[k] = new int[sizes[k]];
        }
        int[] fill = new int[clusters];
        for (int i = 0; i < cluster.length; i++) {
            members[cluster[i]][fill[cluster[i]]++] = i;
        }
        double[][] resampled = new double[days][RESAMPLES];
        SplittableRandom random = new SplittableRandom(seed);
        int[] d = new int[days];
        int[] c = new int[days];
        for (int b = 0; b < RESAMPLES; b++) {
            Arrays.fill(d, 0);
            Arrays.fill(c, 0);
            for (int k = 0; k < clusters; k++) {
                count(ages, death, d, c, members[random.nextInt(clusters)]);
            }
            double[] s = survival(d, c, days);
            for (int a = 0; a < days; a++) {
                resampled[a][b] = s[a];
            }
        }
        double[] low = new double[days];
        double[] high = new double[days];
        for (int a = 0; a < days; a++) {
            double[] v = resampled[a];
            Arrays.sort(v);
            low[a] = Stats.quantile(v, 0.025);
            high[a] = Stats.quantile(v, 0.975);
        }
        return new Curve(point.atRisk(), point.deaths(), point.censored(), point.survival(), low, high);
    }

    private static int span(int[] ages) {
        int max = 0;
        for (int a : ages) {
            if (a < 0) {
                throw new IllegalArgumentException("age must be >= 0, got " + a);
            }
            max = Math.max(max, a);
        }
        return max + 1;
    }

    /** Adds the subjects {@code which} (all if null) to the deaths and censorings by age. */
    private static void count(int[] ages, boolean[] death, int[] d, int[] c, int[] which) {
        int n = which == null ? ages.length : which.length;
        for (int j = 0; j < n; j++) {
            int i = which == null ? j : which[j];
            (death[i] ? d : c)[ages[i]]++;
        }
    }

    private static int[] atRisk(int[] d, int[] c) {
        int[] n = new int[d.length];
        int left = 0;
        for (int a = d.length - 1; a >= 0; a--) {
            left += d[a] + c[a];
            n[a] = left;
        }
        return n;
    }

    private static double[] survival(int[] d, int[] c, int days) {
        int[] n = atRisk(d, c);
        double[] s = new double[days];
        double current = 1;
        for (int a = 0; a < days; a++) {
            if (n[a] > 0 && d[a] > 0) {
                current *= 1 - (double) d[a] / n[a];
            }
            s[a] = current;
        }
        return s;
    }
}
