package org.communitysim.experiments.montecarlo;

import org.communitysim.model.Outcome;
import org.communitysim.scenario.Scenario;

/**
 * The Monte Carlo result of one scenario: every replicate's summary outcomes and the daily distribution.
 *
 * @param scenario the scenario as run (fully resolved)
 * @param seeds    run seed of each replicate (index = replicate)
 * @param outcomes [replicate][{@link Outcome#ordinal()}]
 * @param bands    quantiles and mean of every daily metric over replicates
 */
public record ScenarioRuns(Scenario scenario, long[] seeds, double[][] outcomes, DailyBands bands) {

    public int replicates() {
        return seeds.length;
    }

    /** One outcome over all replicates (a copy, in replicate order). */
    public double[] values(Outcome outcome) {
        double[] v = new double[outcomes.length];
        for (int r = 0; r < v.length; r++) {
            v[r] = outcomes[r][outcome.ordinal()];
        }
        return v;
    }
}
