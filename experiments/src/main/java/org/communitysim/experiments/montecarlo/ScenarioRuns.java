package org.communitysim.experiments.montecarlo;

import java.util.List;
import org.communitysim.model.FiredAction;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;
import org.communitysim.scenario.Scenario;

/**
 * The Monte Carlo result of one scenario: every replicate's summary outcomes and the daily distribution.
 *
 * @param scenario the scenario as run (fully resolved)
 * @param seeds    run seed of each replicate (index = replicate)
 * @param outcomes [replicate][{@link RunOutcome#index()}]: the built-in {@link Outcome}s, then the custom outcomes
 *                 all scenarios of the run share
 * @param bands    quantiles and mean of every daily metric over replicates
 * @param fired    the actions fired in each replicate (index = replicate; empty when the runner did not collect
 *                 them)
 * @param groups   the groups of every replicate and their survival curve ({@link GroupRuns#NONE} when the runner did
 *                 not collect them)
 */
public record ScenarioRuns(Scenario scenario, long[] seeds, double[][] outcomes, DailyBands bands,
        List<List<FiredAction>> fired, GroupRuns groups) {

    public ScenarioRuns {
        fired = List.copyOf(fired);
        groups = groups == null ? GroupRuns.NONE : groups;
    }

    /** Without groups: a runner that does not collect them. */
    public ScenarioRuns(Scenario scenario, long[] seeds, double[][] outcomes, DailyBands bands,
            List<List<FiredAction>> fired) {
        this(scenario, seeds, outcomes, bands, fired, GroupRuns.NONE);
    }

    /** Without fired actions or groups: for tests and reports built from outcomes alone. */
    public ScenarioRuns(Scenario scenario, long[] seeds, double[][] outcomes, DailyBands bands) {
        this(scenario, seeds, outcomes, bands, List.of());
    }

    /** The actions fired in replicate {@code r}, in the order they fired (empty when not collected). */
    public List<FiredAction> fired(int r) {
        return r < fired.size() ? fired.get(r) : List.of();
    }

    /**
     * Whether actions can fire in this scenario's runs: it has a playbook, or its KOLs leave on
     * {@code kols.departureDay}.
     */
    public boolean hasActions() {
        return !scenario.playbook().isEmpty() || scenario.kols().count() > 0 && scenario.kols().departureDay() >= 0;
    }

    public int replicates() {
        return seeds.length;
    }

    /** One outcome over all replicates (a copy, in replicate order). */
    public double[] values(RunOutcome outcome) {
        double[] v = new double[outcomes.length];
        for (int r = 0; r < v.length; r++) {
            v[r] = outcomes[r][outcome.index()];
        }
        return v;
    }
}
