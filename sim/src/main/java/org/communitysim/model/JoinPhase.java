package org.communitysim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Steps 1–2, joining: today's exposures are noted (when observed), then the join rule proposes applicants. */
record JoinPhase(ExposureTracker exposures, JoinRule rule, DayState today) implements Steppable {
    @Override
    public void step(SimState state) {
        exposures.snapshot(today.day);
        rule.step(today);
    }
}
