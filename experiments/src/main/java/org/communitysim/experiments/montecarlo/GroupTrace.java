package org.communitysim.experiments.montecarlo;

import org.communitysim.model.DailyMetric;
import org.communitysim.model.GroupRecord;

/**
 * One group's members and active members, day by day, in one run: what the report's small multiples draw (replicate
 * 0 of each scenario).
 *
 * @param group   the group's index
 * @param parent  the group it split from, −1 if declared
 * @param openDay the day it opened
 * @param deadDay its first silent day of the death window, −1 if it never died
 * @param members members each day (0 before it opened)
 * @param active  active members each day
 */
public record GroupTrace(int group, int parent, int openDay, int deadDay, double[] members, double[] active)
        implements java.io.Serializable {

    public static GroupTrace of(GroupRecord g) {
        return new GroupTrace(g.index(), g.parent(), g.openDay(), g.deadDay(), g.daily().series(DailyMetric.MEMBERS),
                g.daily().series(DailyMetric.ACTIVE));
    }
}
