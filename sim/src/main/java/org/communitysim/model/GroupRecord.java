package org.communitysim.model;

/**
 * One group's life in a run (docs/model.md §4.12): when it opened, from which group, when it died, its day series and
 * the counts behind the lifecycle outcomes. A run of the single-group model has one.
 *
 * @param index            0 for the first group (the one the file describes), then in order of opening
 * @param parent           the group it split from (-1: declared from day 0)
 * @param openDay          the day it opened (its series holds zeros before)
 * @param deadDay          the first of world.deadAfterDays days in a row without a member post (-1: it never died)
 * @param daily            its day series
 * @param firstWeekChecked regular members who reached 7 days in the group
 * @param firstWeekSilent  of those, the ones who posted nothing in their first 7 days
 * @param leftByChoice     members who left (churn; bans, purges and departing KOLs excluded)
 * @param lostToOthers     of those, the ones whose attention other groups held more than half of on the day they left
 */
public record GroupRecord(int index, int parent, int openDay, int deadDay, DailySeries daily, long firstWeekChecked,
        long firstWeekSilent, long leftByChoice, long lostToOthers) {

    /** Whether the group died within the run. */
    public boolean died() {
        return deadDay >= 0;
    }

    /** Days from opening to death, or to the horizon if it never died (censored). */
    public int lifespan(int horizonDays) {
        return (died() ? deadDay : horizonDays) - openDay;
    }
}
