package org.communitysim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 2b in a world of many groups (docs/model.md §4.12): the persons the world pointed to this group (turned away by
 * a full group of the same operator yesterday) apply, after the join rule's applicants and before screening, if they
 * still may. Draws no random numbers.
 */
record PointedApplicants(GroupState g, DayState today) implements Steppable {
    @Override
    public void step(SimState state) {
        int day = today.day;
        for (int i = 0; i < g.pointedCount; i++) {
            int p = g.pointed[i];
            if (g.canApply(p, day)) {
                g.addApplicant(p, GroupState.OUTSIDE, -1, day);
            }
        }
        g.pointedCount = 0;
    }
}
