package org.communitysim.model;

import java.util.Arrays;
import sim.engine.SimState;
import sim.engine.Steppable;

/** Step 9, measurement: records the day's metrics, then clears the day's counters. */
final class Measurement implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        CommunityModel m = (CommunityModel) state;
        int active = 0;
        int lurkers = 0;
        int advertisers = 0;
        double satisfaction = 0;
        double affinity = 0;
        int regular = 0;
        for (int i = 0; i < m.memberCount; i++) {
            affinity += m.slotAff[i];
            switch (m.slotRole[i]) {
                case CommunityModel.ADVERTISER -> advertisers++;
                case CommunityModel.KOL -> active++;
                default -> {
                    regular++;
                    satisfaction += m.satisfaction[i];
                    if (m.lurking[i]) {
                        lurkers++;
                    } else {
                        active++;
                    }
                }
            }
        }
        double[] t = m.today;
        t[DailyMetric.MEMBERS.ordinal()] = m.memberCount;
        t[DailyMetric.ACTIVE.ordinal()] = active;
        t[DailyMetric.LURKERS.ordinal()] = lurkers;
        t[DailyMetric.ADVERTISERS.ordinal()] = advertisers;
        int pool = Posting.pool(m);
        t[DailyMetric.MEAN_POST_VALUE.ordinal()] = pool > 0 ? m.poolQuality / pool : 0;
        t[DailyMetric.MEAN_SATISFACTION.ordinal()] = regular > 0 ? satisfaction / regular : 0;
        t[DailyMetric.MEAN_AFFINITY.ordinal()] = m.memberCount > 0 ? affinity / m.memberCount : 0;
        m.memberDays += m.memberCount;
        m.daily().record(m.day, t);
        m.reportExposures();
        Arrays.fill(t, 0);
    }
}
