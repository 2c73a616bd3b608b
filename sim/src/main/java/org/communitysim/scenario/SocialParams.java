package org.communitysim.scenario;

/**
 * Step 6, social value = bondGain·ln(1 + W_active + referrerBond·w_referrer).
 *
 * @param bondGain     units of value per log unit of active tie weight inside
 * @param referrerBond extra weight of the tie to one's referrer while the referrer stays
 */
public record SocialParams(double bondGain, double referrerBond) {
    public SocialParams {
        Declarations.check(SocialParams.class, bondGain, referrerBond);
    }
}
