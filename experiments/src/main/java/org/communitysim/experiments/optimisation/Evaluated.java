package org.communitysim.experiments.optimisation;

/**
 * One candidate strategy as evaluated on one set of seeds.
 *
 * @param index           evaluation number in the search (−1 outside it)
 * @param values          the levers' values, in spec order
 * @param objective       the objective's statistic over the runs (NaN for an invalid scenario)
 * @param constraintMeans the mean of each constraint's outcome, in spec order
 * @param feasible        whether every constraint holds on these means (and the scenario is valid)
 */
public record Evaluated(int index, double[] values, double objective, double[] constraintMeans, boolean feasible) {
}
