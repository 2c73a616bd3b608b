package org.communitysim.scenario;

/** Who is in the group on day 0, besides the KOLs. */
public enum SeedingMode {
    /** The operator's circle: {@code group.seedMembers} persons around an anchor on the group's topic (the default). */
    CIRCLE,
    /** {@code join.seedCount} persons drawn uniformly at random. */
    RANDOM,
    /** The persons listed in {@code join.seedIds} (node ids of the network). */
    IDS,
    /** Nobody: the group starts empty (the Bass model's F(0) = 0). */
    NONE
}
