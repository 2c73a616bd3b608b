package org.communitysim.experiments.montecarlo;

import java.util.List;
import org.communitysim.model.Outcome;

/** Which outcomes a strategist ranks scenarios on (each declares its direction: {@link Outcome#direction()}). */
public final class Kpis {
    private Kpis() {
    }

    /** The outcomes of the decision table, in display order. */
    public static final List<Outcome> KEY = List.of(
            Outcome.FINAL_ACTIVE,
            Outcome.FINAL_ACTIVE_SHARE,
            Outcome.ACTIVE_RETAINED,
            Outcome.PEAK_ACTIVE,
            Outcome.JOINS_30,
            Outcome.RETENTION_30,
            Outcome.CHURN_RATE,
            Outcome.VIRAL_K,
            Outcome.MEAN_POST_VALUE_FINAL,
            Outcome.CONVERSION_RATE,
            Outcome.REPURCHASE_RATE,
            Outcome.DEAD);
}
