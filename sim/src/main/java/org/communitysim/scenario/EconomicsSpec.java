package org.communitysim.scenario;

/**
 * Money (成本效益): what the group earns and what it spends, every amount in one currency the user names
 * (docs/model.md §4.10 "Money"). All amounts default to 0, so a scenario without an {@code economics} section
 * earns and spends nothing and runs exactly as before; the operator-time minutes cost nothing until
 * {@code hourlyCost} is set.
 *
 * @param currency             the currency every amount is in (a label: "CNY", "USD"); no conversion is made
 * @param entryFee             one-off fee paid on admission (a barrier and a sunk cost; seeds and KOLs pay none)
 * @param membershipFee        fee paid on admission and again at each renewal, every {@code membershipPeriodDays}
 * @param membershipPeriodDays days between renewals of the membership fee (30 = monthly, 365 = yearly)
 * @param productPrice         price of one purchase of the operator's product (first purchases and repurchases)
 * @param productMargin        share of the price the operator keeps (price × margin is revenue per purchase)
 * @param kolFeePerDay         fee paid to each KOL per day the KOL is a member
 * @param hourlyCost           cost of one hour of the operator's time
 * @param minutesPerPost       operator minutes per operator post (promotions included)
 * @param minutesPerEvent      operator minutes per event
 * @param minutesPerModeration operator minutes per moderation action (an ad removed, an advertiser banned)
 * @param adCpm                ad spend per thousand outside exposures (CPM)
 * @param postPoints           points/coupon value paid per member post (积分): a cost per use and an incentive
 * @param eventPoints          points/coupon value paid per active member present on an event day (签到)
 * @param response             how people respond to money (behavioural parameters)
 */
public record EconomicsSpec(
        String currency,
        double entryFee,
        double membershipFee,
        int membershipPeriodDays,
        double productPrice,
        double productMargin,
        double kolFeePerDay,
        double hourlyCost,
        double minutesPerPost,
        double minutesPerEvent,
        double minutesPerModeration,
        double adCpm,
        double postPoints,
        double eventPoints,
        MoneyResponse response) {

    public EconomicsSpec {
        Declarations.check(EconomicsSpec.class, currency, entryFee, membershipFee, membershipPeriodDays, productPrice,
                productMargin, kolFeePerDay, hourlyCost, minutesPerPost, minutesPerEvent, minutesPerModeration, adCpm,
                postPoints, eventPoints, response);
    }

    /** What an applicant pays on admission: the one-off fee plus the first period's membership fee. */
    public double admissionPrice() {
        return entryFee + membershipFee;
    }

    /** Whether any points or coupons are offered (the incentive mechanisms run only then). */
    public boolean incentives() {
        return postPoints > 0 || eventPoints > 0;
    }
}
