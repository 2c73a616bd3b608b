package org.communitysim.model;

/**
 * The design's join process (docs/model.md §4.0, the default): outside exposure to the group's poster
 * ({@link Exposure}), then members' invitations and their acceptance ({@link Referral}). Uses the exposure and
 * referral streams.
 */
record ReferralRule(Exposure exposure, Referral referral) implements JoinRule {
    @Override
    public void start() {
        // nothing to prepare: both steps read the group as it is each day
    }

    @Override
    public void step(DayState today) {
        exposure.step(today);
        referral.step(today);
    }
}
