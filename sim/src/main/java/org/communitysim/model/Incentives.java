package org.communitysim.model;

import org.communitysim.scenario.EconomicsSpec;
import org.communitysim.scenario.MoneyResponse;

/**
 * Points and coupons (积分/优惠券, docs/model.md §4.10): {@code postPoints} paid per member post and
 * {@code eventPoints} per active member on an event day, each a cost per use. The incentive-sensitive respond: a
 * member's posting is multiplied by 1 + incentivePostGain·R_post·ι (R_post = postPoints in standard rewards), and
 * the points received are worth incentiveValue·(received in standard rewards)·ι of satisfaction that day. Extrinsic
 * rewards raise the activity they pay for (Anderson et al. 2013 on badges; Goes, Guo &amp; Lin 2016 on points) and
 * attract those who come for the reward rather than the topic ({@link Admission}).
 *
 * @param on          whether any points are paid (off: the phases skip every incentive step)
 * @param postPoints  amount per member post
 * @param eventPoints amount per active member on an event day
 */
record Incentives(boolean on, double postPoints, double eventPoints, double postGainPerSensitivity,
        double valuePerAmountAndSensitivity) {

    static final Incentives NONE = new Incentives(false, 0, 0, 0, 0);

    static Incentives of(EconomicsSpec e) {
        if (!e.incentives()) {
            return NONE;
        }
        MoneyResponse r = e.response();
        return new Incentives(true, e.postPoints(), e.eventPoints(),
                r.incentivePostGain() * r.inRewards(e.postPoints()), r.incentiveValue() / r.standardReward());
    }

    /** Factor on a member's posting: 1 + incentivePostGain·R_post·ι. */
    double postFactor(double sensitivity) {
        return 1 + postGainPerSensitivity * sensitivity;
    }

    /** Points a member earns today: per post, plus the event points if active on an event day. */
    double earned(int posts, boolean attends) {
        return posts * postPoints + (attends ? eventPoints : 0);
    }

    /** The satisfaction the points received are worth: incentiveValue·(amount ÷ standardReward)·ι. */
    double value(double amount, double sensitivity) {
        return valuePerAmountAndSensitivity * amount * sensitivity;
    }
}
