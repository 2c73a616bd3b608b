package org.communitysim.model;

/**
 * Mechanism: a referral reward makes members less choosy (docs/model.md §4.2): the exponent s = 1/(1 + rewardSelLoss·R·ι)
 * on the invitation and acceptance probabilities. Off ({@code ablations.referralSelectivityLoss} false): s = 1.
 */
@FunctionalInterface
interface SelectivityLoss {
    /** The exponent s for an inviter whose reward pull is R·ι. */
    double exponent(double incentive);

    static SelectivityLoss of(boolean on, double rewardSelLoss) {
        return on ? incentive -> 1.0 / (1.0 + rewardSelLoss * incentive) : incentive -> 1.0;
    }
}
