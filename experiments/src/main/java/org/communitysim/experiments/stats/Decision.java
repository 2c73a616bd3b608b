package org.communitysim.experiments.stats;

import org.communitysim.model.Direction;
import org.communitysim.model.Outcome;

/**
 * One row of the decision table: scenario A against B on one outcome.
 *
 * @param outcome   the outcome
 * @param direction whether higher is better
 * @param a         name of scenario A
 * @param b         name of scenario B
 * @param summaryA  A's distribution
 * @param summaryB  B's distribution
 * @param paired    the paired comparison A − B
 * @param pHolm     Holm-adjusted p-value (paired t, across the outcomes of this pair)
 * @param pHolmWilcoxon Holm-adjusted Wilcoxon p-value
 * @param verdict   A better / B better (adjusted p &lt; 0.05 and the CI excludes 0) / no clear difference
 */
public record Decision(Outcome outcome, Direction direction, String a, String b, Summary summaryA,
        Summary summaryB, PairedComparison paired, double pHolm, double pHolmWilcoxon, Verdict verdict) {
}
