package org.communitysim.scenario;

/** The rule that decides whether a non-member joins (docs/model.md "Join rules"). */
public enum JoinRuleType {
    /** the design's default (docs/model.md §4.0): outside exposure to the group's poster plus members' invitations, then screening. */
    REFERRAL,
    /** Bass (1969), mean-field: each day a non-member joins with P = p + q·members/population; ties ignored. */
    BASS,
    /** Granovetter (1978) / Watts (2002): a person joins once the share (or number) of ties inside reaches their threshold. */
    FRACTIONAL_THRESHOLD,
    /** Kempe, Kleinberg &amp; Tardos (2003): each newly joined member gets one chance per tie to bring that friend in. */
    INDEPENDENT_CASCADE
}
