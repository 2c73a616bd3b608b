package org.communitysim.scenario;

/**
 * The referral policy (裂变 / 邀请奖励).
 *
 * @param reward reward R for an accepted invitation, in units of a standard reward (0 = none, 1 = standard)
 */
public record ReferralSpec(double reward) {
    public ReferralSpec {
        Declarations.check(ReferralSpec.class, reward);
    }
}
