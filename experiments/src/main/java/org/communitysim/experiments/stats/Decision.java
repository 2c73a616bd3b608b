package org.communitysim.experiments.stats;

import org.communitysim.model.Direction;
import org.communitysim.model.RunOutcome;

/**
 * One row of the decision table: scenario A against B on one outcome.
 *
 * @param outcome       the outcome
 * @param direction     whether higher is better
 * @param a             name of scenario A
 * @param b             name of scenario B
 * @param summaryA      A's distribution (95% CI of the mean, cut at the outcome's possible range)
 * @param summaryB      B's distribution
 * @param paired        the paired comparison A − B, unadjusted (95% CI, raw p-values)
 * @param adjusted      the interval and p-value of A − B adjusted for the family of outcomes compared together: what
 *                      the tables show and what the verdict follows
 * @param pHolm         Holm-adjusted p-value of the paired t-test across the same family (for reference: Holm is
 *                      uniformly more powerful than Bonferroni but has no interval that matches it)
 * @param pHolmWilcoxon Holm-adjusted Wilcoxon p-value
 * @param probABetter   share of paired replicates in which A did better by the outcome's direction (ties count one
 *                      half); NaN for an outcome with no better direction
 * @param verdict       A better / B better (the adjusted interval excludes 0) / no clear difference / not ranked
 */
public record Decision(RunOutcome outcome, Direction direction, String a, String b, Summary summaryA,
        Summary summaryB, PairedComparison paired, Simultaneous adjusted, double pHolm, double pHolmWilcoxon,
        double probABetter, Verdict verdict) {
}
