package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.ConversionParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 8, conversion (转化率, 复购率). Each promotion read converts with P = buyRate·aff·(1 + trustTieGain·ln(1 + W))
 * (× kolTrust while a KOL is a member: trust lent by the expert); a buyer who reads promotions buys again with
 * P = rebuyRate·eng(S)·min(1, promotions read). Nothing happens on a day without promotions. Each purchase and
 * repurchase earns {@code revenuePerPurchase} = productPrice × productMargin (docs/model.md §4.10).
 */
record Conversion(ConversionParams p, double revenuePerPurchase, GroupState g, DayState today, Rng rng)
        implements Steppable {
    @Override
    public void step(SimState state) {
        if (today.promo == 0) {
            return;
        }
        double trust = today.kolsPresent > 0 ? p.kolTrust() : 1.0;
        int purchases = 0;
        int repurchases = 0;
        for (int i = 0; i < g.memberCount; i++) {
            int who = g.memberList[i];
            double promos = g.promosRead[i];
            if (g.slotRole[i] != GroupState.REGULAR || promos <= 0) {
                continue;
            }
            double u = rng.nextDouble();
            if (!g.buyer[who]) {
                double perPromo = Math.min(1, p.buyRate() * g.slotAff[i]
                        * (1 + p.trustTieGain() * Math.log(1 + g.insideWeight[who])) * trust);
                double buyToday = 1 - Math.pow(1 - perPromo, promos);
                if (u < buyToday) {
                    g.buyer[who] = true;
                    g.buyers++;
                    purchases++;
                }
            } else {
                double again = p.rebuyRate() * Engagement.of(g.satisfaction[i]) * Math.min(1, promos);
                if (u < again) {
                    if (!g.rebought[who]) {
                        g.rebought[who] = true;
                        g.rebuyers++;
                    }
                    repurchases++;
                }
            }
        }
        g.purchasesTotal += purchases + repurchases;
        today.set(DailyMetric.PURCHASES, purchases);
        today.set(DailyMetric.REPURCHASES, repurchases);
        g.ledger.book(Ledger.Line.SALES, (purchases + repurchases) * revenuePerPurchase, today);
    }
}
