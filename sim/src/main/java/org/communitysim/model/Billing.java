package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.EconomicsSpec;
import org.communitysim.scenario.MoneyResponse;
import org.communitysim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 8b, billing (docs/model.md §4.10): the day's running costs and the renewals of the membership fee. Every
 * {@code membershipPeriodDays} of a paying member's tenure the fee is due again: the member pays with the
 * probability that willingness to pay, now scaled by engagement eng(S), exceeds it,
 * P = e^(−F / (wtpScale·(wtpFloor + (1 − wtpFloor)·aff)·eng(S))), and leaves otherwise (a lapse). The day's KOL
 * fees (per KOL present) and operator time (per operator post, event and moderation action, at the hourly cost) are
 * booked here; fees on admission, ad spend, referral rewards, points and sales are booked where they happen.
 */
record Billing(Params params, GroupState g, DayState today, Rng rng) implements Steppable {
    /**
     * @param renewalFee     membership fee due at each renewal (0: no renewals)
     * @param periodDays     days between renewals
     * @param kolFeePerDay   fee per KOL present per day
     * @param costPerMinute  hourly cost ÷ 60
     */
    record Params(double renewalFee, int periodDays, MoneyResponse response, double kolFeePerDay, double costPerMinute,
            double minutesPerPost, double minutesPerEvent, double minutesPerModeration) {
        static Params of(Scenario s) {
            EconomicsSpec e = s.economics();
            return new Params(e.membershipFee(), e.membershipPeriodDays(), e.response(), e.kolFeePerDay(),
                    e.hourlyCost() / 60, e.minutesPerPost(), e.minutesPerEvent(), e.minutesPerModeration());
        }
    }

    @Override
    public void step(SimState state) {
        DayState t = today;
        int day = t.day;
        int kols = 0;
        if (params.renewalFee() > 0 || params.kolFeePerDay() > 0) {
            double fee = params.renewalFee();
            int lapses = 0;
            double renewed = 0;
            // backwards, so a member who leaves is replaced in the list by one already processed
            for (int i = g.memberCount - 1; i >= 0; i--) {
                int who = g.memberList[i];
                if (g.slotRole[i] == GroupState.KOL) {
                    kols++;
                    continue;
                }
                int tenure = day - g.joinDay[i];
                if (fee == 0 || g.channel[who] == GroupState.SEED || tenure == 0 || tenure % params.periodDays() != 0) {
                    continue;
                }
                double pays = renewalProbability(params.response(), fee, g.slotAff[i], g.satisfaction[i]);
                if (rng.nextDouble() < pays) {
                    renewed += fee;
                } else {
                    g.leave(who, GroupState.LEFT, t);
                    lapses++;
                }
            }
            t.add(DailyMetric.FEE_LAPSES, lapses);
            g.ledger.book(Ledger.Line.FEES, renewed, t);
        }
        g.ledger.book(Ledger.Line.KOL, kols * params.kolFeePerDay(), t);
        int operatorPosts = t.operator + t.promo;
        double moderation = t.metrics[DailyMetric.ADS_REMOVED.ordinal()] + t.metrics[DailyMetric.BANS.ordinal()];
        double minutes = operatorPosts * params.minutesPerPost() + (t.event ? params.minutesPerEvent() : 0)
                + moderation * params.minutesPerModeration();
        g.ledger.book(Ledger.Line.OPERATOR, minutes * params.costPerMinute(), t);
    }

    /** P that a member pays the renewal fee: willingness to pay for admission, scaled by engagement eng(S). */
    static double renewalProbability(MoneyResponse r, double fee, double affinity, double satisfaction) {
        double mean = r.wtpScale() * (r.wtpFloor() + (1 - r.wtpFloor()) * affinity) * Engagement.of(satisfaction);
        return mean > 0 ? Math.exp(-fee / mean) : 0;
    }
}
