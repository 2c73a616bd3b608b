package org.communitysim.model;

import org.communitysim.scenario.Scenario;

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

    /** Both steps are (parameters, state, stream): new parameters over the same group and streams. */
    @Override
    public JoinRule retuned(Scenario s, double threshold) {
        return new ReferralRule(
                new Exposure(Exposure.Params.of(s, threshold), exposure.world(), exposure.g(), exposure.rng()),
                new Referral(Referral.Params.of(s), referral.world(), referral.g(), referral.rng()));
    }

    @Override
    public void step(DayState today) {
        exposure.step(today);
        referral.step(today);
    }
}
