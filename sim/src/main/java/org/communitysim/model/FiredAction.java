package org.communitysim.model;

import java.util.Locale;

/**
 * One action that fired during a run (docs/outputs.md "actions.csv"): a playbook action, the end of a campaign, or
 * the KOLs' departure set by {@code kols.departureDay}. Reports draw each as a vertical marker on the day series.
 *
 * @param day      the day it took effect (a playbook acts at the start of the day, {@code kols.departureDay} at the
 *                 end of the satisfaction step)
 * @param source   what fired: {@code playbook[i]} or {@code kols.departureDay}
 * @param kind     what it did
 * @param label    the action's label ("" when it has none)
 * @param affected members removed (KOLs who left, members purged), activists named, or levers set or returned;
 *                 0 for an event
 */
public record FiredAction(int day, String source, Kind kind, String label, int affected) implements java.io.Serializable {

    /** What a fired action did; {@link #column()} is how outputs spell it. */
    public enum Kind {
        /** Levers set for good. */
        SET,
        /** Levers set for the action's duration. */
        CAMPAIGN_START,
        /** A campaign's levers returned to the values before it (its duration over, or ended by endCampaign). */
        CAMPAIGN_END,
        /** Every KOL left. */
        KOLS_LEAVE,
        /** Activists named to post more as the KOLs left. */
        HAND_OVER,
        /** Members silent for the action's days removed. */
        PURGE,
        /** A group opened by fission (members: its seeds; 0 when world.fission.maxGroups groups existed). */
        OPEN_GROUP,
        /** An event run that day. */
        EVENT;

        public String column() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
