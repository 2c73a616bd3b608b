package org.communitysim.model;

import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 7, end: on {@code kols.departureDay} every KOL leaves, never to return (docs/model.md §2 "KOL / expert"),
 * noted in the run's fired actions so charts mark it.
 */
record KolDeparture(int departureDay, GroupState g, DayState today, List<FiredAction> fired) implements Steppable {
    @Override
    public void step(SimState state) {
        if (today.day != departureDay) {
            return;
        }
        int left = allLeave(g, today);
        if (left > 0) {
            fired.add(new FiredAction(today.day, "kols.departureDay", FiredAction.Kind.KOLS_LEAVE, "", left));
        }
    }

    /** Every KOL member leaves for good; returns how many left. */
    static int allLeave(GroupState g, DayState today) {
        int left = 0;
        for (int i = g.memberCount - 1; i >= 0; i--) {
            if (g.slotRole[i] == GroupState.KOL) {
                g.leave(g.memberList[i], GroupState.GONE, today);
                left++;
            }
        }
        return left;
    }
}
