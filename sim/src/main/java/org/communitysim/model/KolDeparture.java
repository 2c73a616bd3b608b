package org.communitysim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Step 7, end: on {@code kols.departureDay} every KOL leaves, never to return (docs/model.md §2 "KOL / expert"). */
record KolDeparture(int departureDay, GroupState g, DayState today) implements Steppable {
    @Override
    public void step(SimState state) {
        if (today.day != departureDay) {
            return;
        }
        for (int i = g.memberCount - 1; i >= 0; i--) {
            if (g.slotRole[i] == GroupState.KOL) {
                g.leave(g.memberList[i], GroupState.GONE, today);
            }
        }
    }
}
