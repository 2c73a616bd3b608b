package org.communitysim.experiments.stats;

/**
 * Scenario A against scenario B on one outcome, paired by replicate (common random numbers). Pairs with a
 * NaN on either side are dropped.
 *
 * @param n            number of pairs used
 * @param meanDiff     mean of a − b
 * @param ciLow        lower bound of the 95% Student-t confidence interval of the mean difference
 * @param ciHigh       upper bound
 * @param pT           two-sided p-value of the paired t-test
 * @param pWilcoxon    two-sided p-value of the Wilcoxon signed-rank test
 * @param effectSize   Cohen's d_z: mean difference ÷ sd of the differences (0 if all differences are zero; NaN if they
 *                     are all equal and nonzero: undefined for zero variance)
 * @param probAGreater share of replicates with a &gt; b, ties counted one half
 */
public record PairedComparison(int n, double meanDiff, double ciLow, double ciHigh, double pT, double pWilcoxon,
        double effectSize, double probAGreater) {
}
