package org.communitysim.experiments.optimisation;

/**
 * A chosen candidate against the base on the objective, over the final comparison's paired replicates (fresh seeds,
 * common random numbers between the two).
 *
 * @param candidate        the candidate's scenario name
 * @param baseValue        the objective's statistic for the base
 * @param candidateValue   the objective's statistic for the candidate
 * @param difference       candidate − base (of the statistic)
 * @param ciLow            95% CI of the difference: paired Student t for a mean or a probability (on per-run
 *                         indicators), paired bootstrap percentile for a quantile
 * @param ciHigh           upper end
 * @param p                two-sided paired t-test p-value (NaN for a quantile)
 * @param probBetter       share of replicates in which the candidate's per-run value is better, ties counted one half
 * @param constraintMeans  the candidate's mean of each constraint's outcome
 * @param constraintLow    lower end of the 95% CI of each mean, cut at the outcome's possible range
 * @param constraintHigh   upper end
 * @param feasible         whether every constraint holds on the means
 * @param verdict          better / not sure / worse than the base
 */
public record Comparison(String candidate, double baseValue, double candidateValue, double difference, double ciLow,
        double ciHigh, double p, double probBetter, double[] constraintMeans, double[] constraintLow,
        double[] constraintHigh, boolean feasible, Verdict verdict) {
}
