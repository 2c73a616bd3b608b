package org.communitysim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Steps 1–2, joining: today's exposures are noted (when observed), then the join rule proposes applicants. */
final class JoinPhase implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        CommunityModel m = (CommunityModel) state;
        m.snapshotExposures();
        m.joinRule.step(m);
    }
}
