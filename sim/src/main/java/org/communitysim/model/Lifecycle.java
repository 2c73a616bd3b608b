package org.communitysim.model;

import java.util.List;

/** The lifecycle outcomes of the operator's groups (docs/model.md §4.12), from their {@link GroupRecord}s. */
final class Lifecycle {
    private Lifecycle() {
    }

    static double aliveAtHorizon(List<GroupRecord> groups) {
        long alive = groups.stream().filter(g -> !g.died()).count();
        return (double) alive / groups.size();
    }

    /** Share alive {@code days} after opening among groups opened at least that long before the horizon; NaN if none. */
    static double aliveAfter(List<GroupRecord> groups, int days, int horizon) {
        int eligible = 0;
        int alive = 0;
        for (GroupRecord g : groups) {
            if (g.openDay() + days <= horizon) {
                eligible++;
                if (!g.died() || g.deadDay() >= g.openDay() + days) {
                    alive++;
                }
            }
        }
        return eligible == 0 ? Double.NaN : (double) alive / eligible;
    }

    static double meanLifespan(List<GroupRecord> groups, int horizon) {
        double sum = 0;
        for (GroupRecord g : groups) {
            sum += g.lifespan(horizon);
        }
        return sum / groups.size();
    }

    static double meanPeak(List<GroupRecord> groups) {
        double sum = 0;
        for (GroupRecord g : groups) {
            sum += Series.max(g.daily().series(DailyMetric.MEMBERS));
        }
        return sum / groups.size();
    }

    /** Σ over groups of the metric's mean over the last {@code window} days. */
    static double finalSum(List<GroupRecord> groups, DailyMetric metric, int window) {
        double sum = 0;
        for (GroupRecord g : groups) {
            sum += Series.tailMean(g.daily().series(metric), window);
        }
        return sum;
    }

    static double firstWeekSilent(List<GroupRecord> groups) {
        long checked = 0;
        long silent = 0;
        for (GroupRecord g : groups) {
            checked += g.firstWeekChecked();
            silent += g.firstWeekSilent();
        }
        return FinishedRun.ratioOrZero(silent, checked);
    }

    static double lostToOthers(List<GroupRecord> groups) {
        long left = 0;
        long lost = 0;
        for (GroupRecord g : groups) {
            left += g.leftByChoice();
            lost += g.lostToOthers();
        }
        return FinishedRun.ratioOrZero(lost, left);
    }
}
