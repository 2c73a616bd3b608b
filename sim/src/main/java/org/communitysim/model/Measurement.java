package org.communitysim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Step 9, measurement: completes the day's metric row, records it, reports exposures and clears the day. */
record Measurement(GroupState g, DayState today, DailySeries daily, ExposureTracker exposures, int deadAfterDays)
        implements Steppable {
    @Override
    public void step(SimState state) {
        int active = 0;
        int lurkers = 0;
        int advertisers = 0;
        double satisfaction = 0;
        double affinity = 0;
        int regular = 0;
        int day = today.day;
        for (int i = 0; i < g.memberCount; i++) {
            affinity += g.slotAff[i];
            switch (g.slotRole[i]) {
                case GroupState.ADVERTISER -> advertisers++;
                case GroupState.KOL -> active++;
                default -> {
                    regular++;
                    if (day - g.joinDay[i] == 7) { // the member's first week is over: did they post in it?
                        g.firstWeekChecked++;
                        if (g.lastPostDay[i] < g.joinDay[i]) {
                            g.firstWeekSilent++;
                        }
                    }
                    satisfaction += g.satisfaction[i];
                    if (g.lurking[i]) {
                        lurkers++;
                    } else {
                        active++;
                    }
                }
            }
        }
        DayState t = today;
        t.set(DailyMetric.MEMBERS, g.memberCount);
        t.set(DailyMetric.ACTIVE, active);
        t.set(DailyMetric.LURKERS, lurkers);
        t.set(DailyMetric.ADVERTISERS, advertisers);
        int pool = t.pool();
        t.set(DailyMetric.MEAN_POST_VALUE, pool > 0 ? t.quality / pool : 0);
        t.set(DailyMetric.MEAN_SATISFACTION, regular > 0 ? satisfaction / regular : 0);
        t.set(DailyMetric.MEAN_AFFINITY, g.memberCount > 0 ? affinity / g.memberCount : 0);
        t.set(DailyMetric.CUM_REVENUE, g.ledger.revenue());
        t.set(DailyMetric.CUM_COST, g.ledger.cost());
        t.set(DailyMetric.CUM_PROFIT, g.ledger.revenue() - g.ledger.cost());
        g.memberDays += g.memberCount;
        if (deadAfterDays > 0) { // a group is dead after deadAfterDays days in a row without a member post
            g.silentStreak = t.onTopic + t.noise == 0 ? g.silentStreak + 1 : 0;
            if (g.deadDay < 0 && g.silentStreak >= deadAfterDays) {
                g.deadDay = day - deadAfterDays + 1;
            }
        }
        daily.record(t.day, t.metrics);
        exposures.report(t.day);
        t.clear();
    }
}
