package org.communitysim.model;

/**
 * the design's join process (docs/model.md §4.0) (the default): outside exposure to the group's poster ({@link Exposure}), then
 * members' invitations and their acceptance ({@link Referral}). Uses the exposure and referral streams.
 */
final class ReferralRule implements JoinRule {

    @Override
    public void start(CommunityModel m) {
        // nothing to prepare: both steps read the model's state as it is each day
    }

    @Override
    public void step(CommunityModel m) {
        Exposure.step(m);
        Referral.step(m);
    }
}
