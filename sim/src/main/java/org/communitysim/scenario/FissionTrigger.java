package org.communitysim.scenario;

/** When the operator opens a new group by fission (裂变; docs/model.md §4.12). */
public enum FissionTrigger {
    /** Never: the operator runs only the groups declared from day 0. */
    NEVER,
    /** When the newest group is full: it turned an applicant away that day, or its members reached group.sizeCap. */
    CAP,
    /** When the newest group has at least {@code world.fission.size} members. */
    SIZE,
    /** Every {@code world.fission.everyDays} days. */
    SCHEDULE
}
