package org.communitysim.spark;

import java.io.Serializable;
import java.util.List;
import org.communitysim.experiments.montecarlo.GroupRow;
import org.communitysim.experiments.montecarlo.GroupTrace;
import org.communitysim.model.FiredAction;

/**
 * One run of a compare as it leaves the executor: scenario index, replicate, run seed, the summary outcomes (by
 * {@link org.communitysim.model.Outcome#ordinal()}), the daily series [metric][day], the rows of its groups
 * (groups.csv), its groups day by day (replicate 0 only: the report's small multiples; empty otherwise) and the actions
 * that fired (actions.csv), as the local runner records them.
 */
record RunRecord(int scenario, int replicate, long seed, double[] outcomes, double[][] daily, List<GroupRow> groups,
        List<GroupTrace> traces, List<FiredAction> fired) implements Serializable {

    /** What the driver collects of a run besides its outcomes and daily series. */
    record Extras(int scenario, int replicate, List<GroupRow> groups, List<GroupTrace> traces, List<FiredAction> fired)
            implements Serializable {
    }

    Extras extras() {
        return new Extras(scenario, replicate, groups, traces, fired);
    }
}
