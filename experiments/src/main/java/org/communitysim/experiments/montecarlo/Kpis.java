package org.communitysim.experiments.montecarlo;

import java.util.List;
import org.communitysim.model.Direction;
import org.communitysim.model.Outcome;

/** Which outcomes a strategist ranks scenarios on, and in which direction. */
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

    public static Direction direction(Outcome o) {
        return switch (o) {
            case PEAK_MEMBERS, PEAK_ACTIVE, FINAL_MEMBERS, FINAL_ACTIVE, FINAL_ACTIVE_SHARE, ACTIVE_RETAINED,
                    ACTIVITY_HALF_LIFE, JOINS_30, JOINS_TOTAL, JOINS_OUTSIDE, JOINS_REFERRAL, RETENTION_30,
                    RETENTION_30_REFERRAL, RETENTION_30_OUTSIDE, VIRAL_K, CONVERSION_RATE, REPURCHASE_RATE,
                    PURCHASES_TOTAL, POSTS_ON_TOPIC_FINAL, MEAN_POST_VALUE_FINAL, MEAN_SATISFACTION_FINAL,
                    MEAN_AFFINITY_FINAL, HALF_LIFE_CENSORED -> Direction.HIGHER_IS_BETTER;
            case CHURN_RATE, DEAD -> Direction.LOWER_IS_BETTER;
            default -> Direction.NEUTRAL; // days of peaks, dead day, inequality shares, invitations, depth
        };
    }
}
