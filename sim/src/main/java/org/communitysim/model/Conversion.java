package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.ConversionParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 8, conversion (转化率, 复购率). Each promotion read converts with P = buyRate·aff·(1 + trustTieGain·ln(1 + W))
 * (× kolTrust while a KOL is a member: trust lent by the expert); a buyer who reads promotions buys again with
 * P = rebuyRate·eng(S)·min(1, promotions read).
 */
final class Conversion implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        CommunityModel m = (CommunityModel) state;
        if (m.poolPromo == 0 || !m.memberActivity) {
            return;
        }
        Rng rng = m.conversionRng;
        ConversionParams p = m.scenario.behaviour().conversion();
        double trust = m.kolsPresent > 0 ? p.kolTrust() : 1.0;
        int purchases = 0;
        int repurchases = 0;
        for (int i = 0; i < m.memberCount; i++) {
            int who = m.memberList[i];
            double promos = m.promosRead[i];
            if (m.slotRole[i] != CommunityModel.REGULAR || promos <= 0) {
                continue;
            }
            double u = rng.nextDouble();
            if (!m.buyer[who]) {
                double perPromo = Math.min(1, p.buyRate() * m.slotAff[i]
                        * (1 + p.trustTieGain() * Math.log(1 + m.insideWeight[who])) * trust);
                double buyToday = 1 - Math.pow(1 - perPromo, promos);
                if (u < buyToday) {
                    m.buyer[who] = true;
                    m.buyers++;
                    purchases++;
                }
            } else {
                double again = p.rebuyRate() * CommunityModel.engagement(m.satisfaction[i]) * Math.min(1, promos);
                if (u < again) {
                    if (!m.rebought[who]) {
                        m.rebought[who] = true;
                        m.rebuyers++;
                    }
                    repurchases++;
                }
            }
        }
        m.purchasesTotal += purchases + repurchases;
        m.today[DailyMetric.PURCHASES.ordinal()] = purchases;
        m.today[DailyMetric.REPURCHASES.ordinal()] = repurchases;
    }
}
