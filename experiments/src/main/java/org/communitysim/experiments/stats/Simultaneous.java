package org.communitysim.experiments.stats;

/**
 * A paired difference judged as one of a family of comparisons (the outcomes of one decision table): its interval
 * and p-value adjusted together by Bonferroni (Dunn 1961), so that the interval shown, the p-value shown and the
 * verdict can never disagree. The t interval at confidence 1 − α/m excludes 0 exactly when m·p &lt; α, and all m
 * intervals of the family cover their true differences together with probability at least 1 − α.
 *
 * @param family     m, the number of outcomes compared together
 * @param confidence 1 − α/m, each interval's own confidence
 * @param ciLow      lower bound of the interval of the mean difference (cut at the outcome's possible range)
 * @param ciHigh     upper bound
 * @param p          Bonferroni-adjusted p-value of the paired t-test, min(1, m·p)
 */
public record Simultaneous(int family, double confidence, double ciLow, double ciHigh, double p) {

    /** Whether the interval lies entirely on one side of 0 (NaN bounds: no). */
    public boolean excludesZero() {
        return ciLow > 0 || ciHigh < 0;
    }
}
