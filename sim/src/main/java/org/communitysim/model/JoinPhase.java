package org.communitysim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Steps 1–2, joining: today's exposures are noted (when observed), then the join rule proposes applicants. */
final class JoinPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final ExposureTracker exposures;
    private final JoinRule rule;
    private final DayState today;

    JoinPhase(ExposureTracker exposures, JoinRule rule, DayState today) {
        this.exposures = exposures;
        this.rule = rule;
        this.today = today;
    }

    @Override
    public void step(SimState state) {
        exposures.snapshot(today.day);
        rule.step(today);
    }
}
