package org.communitysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communitysim.random.Seeds;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.MoneyResponse;
import org.communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Every money formula of docs/model.md §4.10 on small runs whose amounts are whole numbers, so each line is checked
 * with exact arithmetic against the counts the run recorded (the run's own daily series).
 */
class MoneyFormulasTest {
    private static final long SEED = Seeds.runSeed(7, 0);

    /** 2,000 persons, 60 days, 2 KOLs, integer cadence and exposure: every amount below is a whole number. */
    private static Scenario small() {
        return Defaults.scenario().withPopulation(Defaults.POPULATION.withSize(2000)).withHorizonDays(60)
                .with("kols.count", 2)
                .with("group.outsideExposure", 60.0)
                .with("content.cadence", 2.0);
    }

    private static double total(RunResult r, DailyMetric m) {
        double s = 0;
        for (double v : r.daily().series(m)) {
            s += v;
        }
        return s;
    }

    private static double out(RunResult r, Outcome o) {
        return r.summary().get(o);
    }

    @Test
    void costs_eachLine_isItsAmountTimesTheRecordedCount() {
        Scenario s = small()
                .with("referral.reward", 5.0)
                .with("economics.kolFeePerDay", 100.0)
                .with("economics.hourlyCost", 60.0)        // 1 per minute
                .with("economics.minutesPerPost", 30.0)
                .with("economics.minutesPerEvent", 120.0)
                .with("economics.minutesPerModeration", 2.0)
                .with("economics.adCpm", 1000.0)           // 1 per exposure
                .with("economics.postPoints", 2.0);
        RunResult r = CommunityModel.run(s, SEED);
        int days = 60;
        double events = total(r, DailyMetric.EVENT);
        double operatorPosts = total(r, DailyMetric.POSTS_OPERATOR) + total(r, DailyMetric.POSTS_PROMO);
        assertEquals(2.0 * days, operatorPosts, "cadence 2 gives exactly 2 operator posts a day");
        double moderation = total(r, DailyMetric.ADS_REMOVED) + total(r, DailyMetric.BANS);

        assertEquals(5.0 * total(r, DailyMetric.INVITATIONS_ACCEPTED), out(r, Outcome.COST_REFERRAL));
        assertEquals(2 * 100.0 * days, out(r, Outcome.COST_KOL), "two KOLs present every day at 100 a day");
        assertEquals(30.0 * operatorPosts + 120.0 * events + 2.0 * moderation, out(r, Outcome.COST_OPERATOR));
        assertEquals(60.0 * days, out(r, Outcome.COST_ADS), "60 exposures a day at 1000 per thousand");
        assertEquals(2.0 * (total(r, DailyMetric.POSTS_ON_TOPIC) + total(r, DailyMetric.POSTS_NOISE)),
                out(r, Outcome.COST_INCENTIVES), "2 per member post");
        double cost = out(r, Outcome.COST_REFERRAL) + out(r, Outcome.COST_KOL) + out(r, Outcome.COST_OPERATOR)
                + out(r, Outcome.COST_ADS) + out(r, Outcome.COST_INCENTIVES);
        assertEquals(cost, out(r, Outcome.COST));
        assertEquals(cost, total(r, DailyMetric.COST), "the daily cost series sums to the total");
        assertEquals(cost, r.daily().get(DailyMetric.CUM_COST, days - 1), "the cumulative series ends at the total");
        assertEquals(0.0, out(r, Outcome.REVENUE));
        assertEquals(-cost, out(r, Outcome.PROFIT));
        assertEquals(-1.0, out(r, Outcome.ROI), "nothing earned: ROI = -100%");
        assertEquals((out(r, Outcome.COST_ADS) + out(r, Outcome.COST_REFERRAL)) / out(r, Outcome.JOINS_TOTAL),
                out(r, Outcome.CAC));
        assertEquals(cost / out(r, Outcome.FINAL_ACTIVE), out(r, Outcome.COST_PER_ACTIVE));
        assertTrue(Double.isNaN(out(r, Outcome.PAYBACK_DAY)), "never paid back: no day");
        assertEquals(0.0, out(r, Outcome.PAID_BACK));
    }

    @Test
    void revenue_feesAndSales_areAmountTimesJoinsAndPurchases() {
        Scenario s = small()
                .with("economics.entryFee", 20.0)
                .with("economics.membershipFee", 30.0)
                .with("economics.membershipPeriodDays", 365)  // no renewal within 60 days
                .with("economics.productPrice", 50.0)
                .with("economics.productMargin", 0.5)
                .with("economics.adCpm", 1000.0);
        RunResult r = CommunityModel.run(s, SEED);
        assertTrue(out(r, Outcome.JOINS_TOTAL) > 0, "people joined despite the fee");
        assertEquals(50.0 * out(r, Outcome.JOINS_TOTAL), out(r, Outcome.REVENUE_FEES),
                "every joiner but the seeds and KOLs pays entry + membership fee");
        assertEquals(25.0 * out(r, Outcome.PURCHASES_TOTAL), out(r, Outcome.REVENUE_SALES));
        double revenue = out(r, Outcome.REVENUE_FEES) + out(r, Outcome.REVENUE_SALES);
        assertEquals(revenue, out(r, Outcome.REVENUE));
        assertEquals(revenue - out(r, Outcome.COST), out(r, Outcome.PROFIT));
        assertEquals(out(r, Outcome.PROFIT) / out(r, Outcome.COST), out(r, Outcome.ROI));
        double[] profit = r.daily().series(DailyMetric.CUM_PROFIT);
        int payback = -1;
        for (int t = 0; t < profit.length && payback < 0; t++) {
            payback = profit[t] >= 0 ? t : -1;
        }
        assertTrue(payback >= 0, "the fees pay for the ads");
        assertEquals(payback, out(r, Outcome.PAYBACK_DAY));
        assertEquals(1.0, out(r, Outcome.PAID_BACK));
        assertTrue(payback == 0 || profit[payback - 1] < 0, "the first such day");
    }

    @Test
    void entryFee_nobodyWillingToPay_nobodyJoins() {
        Scenario s = small().with("economics.entryFee", 30.0).with("economics.response.wtpScale", 1e-9);
        RunResult r = CommunityModel.run(s, SEED);
        assertEquals(0.0, out(r, Outcome.JOINS_TOTAL), "P(pay) = e^(-30/1e-9) = 0 keeps everyone out");
        assertEquals(0.0, out(r, Outcome.REVENUE_FEES), "seeds and KOLs pay nothing");
    }

    @Test
    void renewal_someUnwilling_theyLeaveAndOnlyPayersAreBooked() {
        Scenario s = small().with("economics.membershipFee", 30.0).with("economics.membershipPeriodDays", 10);
        RunResult r = CommunityModel.run(s, SEED);
        double lapses = total(r, DailyMetric.FEE_LAPSES);
        assertTrue(lapses > 0, "some members do not renew");
        assertTrue(total(r, DailyMetric.LEAVES) >= lapses, "a lapse is a leave");
        double periods = out(r, Outcome.REVENUE_FEES) / 30.0;
        assertEquals(Math.rint(periods), periods, "fees are whole multiples of 30");
        assertTrue(periods >= out(r, Outcome.JOINS_TOTAL), "every joiner paid the first period");
    }

    @Test
    void renewal_everyoneWillingToPay_revenueIsFeeTimesJoinsAndRenewals() {
        Scenario s = small().with("economics.membershipFee", 30.0).with("economics.membershipPeriodDays", 10)
                .with("economics.response.wtpScale", 1e12);
        RunResult r = CommunityModel.run(s, SEED);
        assertEquals(0.0, total(r, DailyMetric.FEE_LAPSES), "P(pay) = e^(-30/1e12): everybody renews");
        double fees = out(r, Outcome.REVENUE_FEES);
        double periods = fees / 30.0;
        assertEquals(Math.rint(periods), periods, "fees are whole multiples of 30");
        assertTrue(periods > out(r, Outcome.JOINS_TOTAL), "renewals were paid on top of the admissions");
    }

    @Test
    void noMoney_outcomesAreZeroAndTheUndefinedOnesNaN() {
        RunResult r = CommunityModel.run(small(), SEED);
        assertEquals(0.0, out(r, Outcome.REVENUE));
        assertEquals(0.0, out(r, Outcome.COST));
        assertEquals(0.0, out(r, Outcome.PROFIT));
        assertTrue(Double.isNaN(out(r, Outcome.ROI)));
        assertTrue(Double.isNaN(out(r, Outcome.PAYBACK_DAY)));
        assertTrue(Double.isNaN(out(r, Outcome.PAID_BACK)), "no money: neither paid back nor not");
        assertEquals(0.0, total(r, DailyMetric.CUM_PROFIT));
    }

    @Test
    void willingnessToPay_isExponentialWithAMeanRisingWithAffinity() {
        MoneyResponse m = Defaults.scenario().economics().response(); // wtpScale 100, wtpFloor 0.2
        assertEquals(1.0, Admission.willingToPay(m, 0, 0.3));
        assertEquals(Math.exp(-99 / (100 * (0.2 + 0.8 * 0.5))), Admission.willingToPay(m, 99, 0.5), 1e-15);
        assertEquals(Math.exp(-99 / 20.0), Admission.willingToPay(m, 99, 0), 1e-15);
        assertEquals(Math.exp(-99 / 100.0), Billing.renewalProbability(m, 99, 1, 0), 1e-15, "eng(0) = 1");
        assertTrue(Billing.renewalProbability(m, 99, 0.5, 2) > Billing.renewalProbability(m, 99, 0.5, -2),
                "the satisfied renew more");
        assertEquals(0.25, m.inRewards(2.5));
    }

    @Test
    void admission_freeGroupLeavesTheProbability_pointsPullTheLowAffinity() {
        Scenario free = small();
        assertTrue(Admission.of(free.economics()) == Admission.FREE);
        Admission points = Admission.of(free.with("economics.postPoints", 10.0).economics()); // R = 1
        assertEquals(0.2 * (1 + 1.0 * 1 * 1.5 * (1 - 0.1)), points.apply(0.2, 0.1, 1.5), 1e-15);
        assertEquals(0.2, points.apply(0.2, 1.0, 1.5), 1e-15, "an affinity-1 person is not pulled by points");
    }
}
