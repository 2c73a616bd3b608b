package org.communitysim.model;

/**
 * One group of a run between two days, for a live view (docs/model.md §4.12): what the operator would see of each of
 * their groups today.
 *
 * @param index   0 for the first group, then in order of opening
 * @param parent  the group it split from (-1: declared from day 0)
 * @param openDay the day it opened
 * @param members its members now
 * @param active  its active members on the last day stepped (0 before it opened)
 * @param deadDay the first of world.deadAfterDays silent days in a row once the group is dead, else -1 (a silent
 *                streak still shorter than that is not death yet)
 */
public record GroupNow(int index, int parent, int openDay, int members, double active, int deadDay) {

    /** Whether the group is dead by the last day stepped. */
    public boolean dead() {
        return deadDay >= 0;
    }
}
