package org.communitysim.experiments.sweep.design;

/**
 * Saltelli (2002, 2010) sampling for Sobol' indices, made by {@link Designs#saltelli}. Arrays are shared, not
 * copied: treat them as read-only.
 *
 * <p>Layout of {@link #points}: n·(k + 2) rows of k unit coordinates in k + 2 blocks of n rows —
 * block 0 is A, block 1 is B, block 2 + i is AB_i (A with column i taken from B), i = 0..k−1. Base row j of A, B and
 * every AB_i sits at offset j inside its block, so {@code points[abRow(i, j)]} equals {@code points[aRow(j)]} except
 * in column i, where it equals {@code points[bRow(j)][i]}.
 *
 * @param points n·(k + 2) rows as above
 * @param n      base sample size (rows of A)
 * @param k      number of factors
 */
public record SaltelliDesign(double[][] points, int n, int k) {

    public SaltelliDesign {
        if (n < 1 || k < 1 || points.length != n * (k + 2)) {
            throw new IllegalArgumentException("Saltelli design needs n·(k + 2) = " + n * (k + 2L)
                    + " rows for n = " + n + ", k = " + k + ", got " + points.length);
        }
    }

    public int aRow(int j) {
        return j;
    }

    public int bRow(int j) {
        return n + j;
    }

    /** Row of base row j in block AB_i, i 0-based. */
    public int abRow(int i, int j) {
        return (2 + i) * n + j;
    }
}
