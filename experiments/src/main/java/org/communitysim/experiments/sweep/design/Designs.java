package org.communitysim.experiments.sweep.design;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Experimental designs in the unit cube [0, 1]^k: each method returns rows of k unit coordinates, and the caller maps
 * them to parameter values. Random designs draw only from {@code new SplittableRandom(seed)}, so a seed fixes the
 * design; quasi-random designs take no seed. Bad arguments throw {@link IllegalArgumentException}.
 */
public final class Designs {

    /** Dimensions tabulated by commons-math's Joe &amp; Kuo (2008) direction numbers. */
    public static final int MAX_SOBOL_DIMENSION = 1000;

    private Designs() {
    }

    /**
     * Full factorial grid: dimension i takes levels[i] equally spaced values from 0 to 1 inclusive (a single level is
     * the midpoint 0.5). Rows in lexicographic order, the last dimension varying fastest.
     */
    public static double[][] grid(int[] levels) {
        if (levels.length == 0) {
            throw new IllegalArgumentException("grid needs at least one dimension");
        }
        int rows = 1;
        for (int i = 0; i < levels.length; i++) {
            atLeast("levels[" + i + "]", levels[i], 1);
            rows = rowCount((long) rows * levels[i]);
        }
        double[][] points = new double[rows][levels.length];
        for (int r = 0; r < rows; r++) {
            int rest = r;
            for (int i = levels.length - 1; i >= 0; i--) {
                int level = rest % levels[i];
                rest /= levels[i];
                points[r][i] = levels[i] == 1 ? 0.5 : (double) level / (levels[i] - 1);
            }
        }
        return points;
    }

    /** n independent uniform points. */
    public static double[][] random(int n, int k, long seed) {
        checkSize(n, k);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[n][k];
        for (double[] point : points) {
            for (int i = 0; i < k; i++) {
                point[i] = random.nextDouble();
            }
        }
        return points;
    }

    /**
     * Latin hypercube (McKay, Beckman &amp; Conover 1979): in every dimension each of the n strata [s/n, (s+1)/n)
     * holds exactly one point, at a uniform position inside it; the strata are matched across dimensions by
     * independent random permutations.
     */
    public static double[][] latinHypercube(int n, int k, long seed) {
        checkSize(n, k);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[n][k];
        for (int i = 0; i < k; i++) {
            int[] stratum = permutation(n, random);
            for (int r = 0; r < n; r++) {
                double x = (stratum[r] + random.nextDouble()) / n;
                // s + u can round up to s + 1 when u is within an ulp of 1; keep the point inside its stratum.
                points[r][i] = Math.min(x, Math.nextDown((stratum[r] + 1.0) / n));
            }
        }
        return points;
    }

    /**
     * The first n points of the k-dimensional Sobol' sequence (Sobol' 1967; commons-math
     * {@link SobolSequenceGenerator}), values in [0, 1). The sequence's initial point is the origin, a corner that
     * every dimension shares; it is skipped, so row 0 is the sequence's second point (all coordinates 0.5). Balance
     * properties are best when n is a power of two.
     */
    public static double[][] sobol(int n, int k) {
        checkSize(n, k);
        if (k > MAX_SOBOL_DIMENSION) {
            throw new IllegalArgumentException(
                    "Sobol' sequence supports at most " + MAX_SOBOL_DIMENSION + " dimensions, got k = " + k);
        }
        SobolSequenceGenerator generator = new SobolSequenceGenerator(k);
        generator.nextVector(); // the origin
        double[][] points = new double[n][];
        for (int r = 0; r < n; r++) {
            points[r] = generator.nextVector();
        }
        return points;
    }

    /**
     * Morris (1991) trajectories on the p-level grid {0, 1/(p−1), …, 1} with step Δ = p / (2(p − 1)), i.e. p/2 grid
     * levels. Each trajectory starts at a uniformly random grid point and then moves each factor once, in a random
     * order, by ±Δ. With p even exactly one direction stays inside [0, 1] (up from the lower half of the levels,
     * down from the upper half), so the random start also makes the sign random, each with probability 1/2 — the
     * same distribution as Morris's x* in {0, …, 1 − Δ} with random orientation D*.
     *
     * @param levels p, even and at least 2 (4 is customary)
     */
    public static MorrisDesign morris(int trajectories, int k, int levels, long seed) {
        atLeast("trajectories", trajectories, 1);
        atLeast("k", k, 1);
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("Morris levels must be even and at least 2, got " + levels);
        }
        rowCount((long) trajectories * (k + 1));
        int half = levels / 2;
        double step = (double) half / (levels - 1);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[trajectories * (k + 1)][];
        int[][] changed = new int[trajectories][];
        double[][] delta = new double[trajectories][k];
        for (int t = 0; t < trajectories; t++) {
            int[] level = random.ints(k, 0, levels).toArray();
            changed[t] = permutation(k, random);
            points[t * (k + 1)] = unit(level, levels);
            for (int j = 0; j < k; j++) {
                int i = changed[t][j];
                boolean up = level[i] < half;
                level[i] += up ? half : -half;
                delta[t][j] = up ? step : -step;
                points[t * (k + 1) + j + 1] = unit(level, levels);
            }
        }
        return new MorrisDesign(points, trajectories, k, levels, changed, delta);
    }

    /**
     * Saltelli sampling (Saltelli 2002; Saltelli et al. 2010): A and B are the first and last k columns of the first
     * n points of the 2k-dimensional Sobol' sequence (origin skipped, as in {@link #sobol}); AB_i is A with column i
     * from B. See {@link SaltelliDesign} for the row layout. k is at most 500 (2k Sobol' dimensions).
     */
    public static SaltelliDesign saltelli(int n, int k) {
        checkSize(n, k);
        if (2 * k > MAX_SOBOL_DIMENSION) {
            throw new IllegalArgumentException("Saltelli design needs 2k Sobol' dimensions, at most "
                    + MAX_SOBOL_DIMENSION + "; k = " + k + " is too many");
        }
        rowCount((long) n * (k + 2));
        double[][] base = sobol(n, 2 * k);
        double[][] points = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] a = Arrays.copyOfRange(base[j], 0, k);
            double[] b = Arrays.copyOfRange(base[j], k, 2 * k);
            points[j] = a;
            points[n + j] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points[(2 + i) * n + j] = ab;
            }
        }
        return new SaltelliDesign(points, n, k);
    }

    private static double[] unit(int[] level, int levels) {
        double[] x = new double[level.length];
        for (int i = 0; i < level.length; i++) {
            x[i] = (double) level[i] / (levels - 1);
        }
        return x;
    }

    /** Uniform random permutation of 0..n−1 (Fisher–Yates). */
    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }

    private static void checkSize(int n, int k) {
        atLeast("n", n, 1);
        atLeast("k", k, 1);
        rowCount((long) n * k);
    }

    private static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
    }

    private static int rowCount(long rows) {
        if (rows > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("design too large: " + rows + " rows (or cells)");
        }
        return (int) rows;
    }
}
