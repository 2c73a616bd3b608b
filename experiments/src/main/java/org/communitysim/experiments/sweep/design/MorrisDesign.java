package org.communitysim.experiments.sweep.design;

/**
 * Morris one-at-a-time trajectories in the unit cube, made by {@link Designs#morris}. Arrays are shared, not copied:
 * treat them as read-only.
 *
 * @param points       trajectories·(k + 1) rows of k unit coordinates, trajectory after trajectory; row
 *                     t·(k + 1) + j is point j of trajectory t
 * @param trajectories number of trajectories r
 * @param k            number of factors
 * @param levels       grid levels p (even)
 * @param changed      {@code changed[t][j]}: the factor (0-based) that differs between points j and j + 1 of
 *                     trajectory t; each row is a permutation of 0..k−1
 * @param delta        {@code delta[t][j]}: that factor's signed step, ±p / (2(p − 1))
 */
public record MorrisDesign(double[][] points, int trajectories, int k, int levels, int[][] changed,
        double[][] delta) {

    public MorrisDesign {
        if (trajectories < 1 || k < 1 || points.length != trajectories * (k + 1) || changed.length != trajectories
                || delta.length != trajectories) {
            throw new IllegalArgumentException("Morris design shape does not match " + trajectories
                    + " trajectories of " + k + " factors");
        }
        for (int t = 0; t < trajectories; t++) {
            if (changed[t].length != k || delta[t].length != k) {
                throw new IllegalArgumentException("trajectory " + t + " must have " + k + " steps");
            }
        }
    }

    /** Row of {@link #points} holding point j (0..k) of trajectory t. */
    public int row(int t, int j) {
        return t * (k + 1) + j;
    }
}
