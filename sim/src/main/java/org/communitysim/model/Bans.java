package org.communitysim.model;

/**
 * Mechanism: banning advertisers whose ads moderation removed (docs/model.md §4.4, a group mechanism). Off
 * ({@code join.groupMechanisms} false): ads are still removed and the ban draws still made, but nobody is banned.
 */
@FunctionalInterface
interface Bans {
    /** Bans today's listed advertisers from the group; returns how many were banned. */
    int enforce(GroupState g, DayState today);

    Bans ENFORCED = (g, today) -> {
        int banned = g.bannedCount;
        for (int b = 0; b < banned; b++) {
            g.leave(g.banned[b], GroupState.BANNED, today);
        }
        g.bannedCount = 0;
        return banned;
    };
    Bans NONE = (g, today) -> {
        g.bannedCount = 0;
        return 0;
    };
}
