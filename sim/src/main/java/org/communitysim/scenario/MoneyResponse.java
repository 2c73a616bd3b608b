package org.communitysim.scenario;

/**
 * How people respond to money (docs/model.md §4.10): willingness to pay for membership, the commitment a paid fee
 * creates (sunk cost), and the response of the incentive-sensitive to rewards, in units of a standard reward.
 *
 * @param standardReward    the amount that counts as one standard reward: the unit in which the referral reward's
 *                          and the points' behavioural gains are expressed (R = amount ÷ standardReward)
 * @param wtpScale          mean willingness to pay for admission of a person of affinity 1
 * @param wtpFloor          share of wtpScale a person of affinity 0 is willing to pay
 * @param commitFee         commitment per log unit of (1 + fee paid ÷ wtpScale): the sunk cost of a paid entry
 * @param incentivePostGain gain of posting per standard reward per post × incentive sensitivity
 * @param incentiveValue    satisfaction per standard reward received × incentive sensitivity
 * @param incentivePull     gain of applying per standard reward offered × incentive sensitivity × (1 − affinity)
 */
public record MoneyResponse(
        double standardReward,
        double wtpScale,
        double wtpFloor,
        double commitFee,
        double incentivePostGain,
        double incentiveValue,
        double incentivePull) {

    public MoneyResponse {
        Declarations.check(MoneyResponse.class, standardReward, wtpScale, wtpFloor, commitFee, incentivePostGain,
                incentiveValue, incentivePull);
    }

    /** An amount in standard rewards. */
    public double inRewards(double amount) {
        return amount / standardReward;
    }
}
