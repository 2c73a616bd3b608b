package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.Ablations;
import org.communitysim.scenario.StateParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 7, satisfaction and state. net = V + social − outsideOption·aff − memberCost; S moves toward net at
 * r = max(rMin, 1/(t + 1 + priorDays)) (newcomers learn fast: the honeymoon). Load-bearing: the opportunity
 * cost grows with affinity, so the members who value the topic most leave first. Below the lurk line a
 * member lurks, above it plus hysteresis they return. Leaving hazard h = h₀ + h_max·e^(−(S + C)₊/s), where
 * commitment C = entry cost + tenure + answered questions protects. KOLs leave only on their departure day.
 * Without group mechanisms nobody leaves by the hazard; without member activity satisfaction is not updated.
 */
final class Satisfaction implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        CommunityModel m = (CommunityModel) state;
        Rng rng = m.stateRng;
        StateParams p = m.scenario.behaviour().state();
        Ablations ab = m.scenario.ablations();
        double lurkLine = p.lurkLine();
        double returnLine = p.lurkLine() + p.hysteresis();
        // backwards, so a member who leaves is replaced in the list by one already processed
        for (int i = m.memberActivity ? m.memberCount - 1 : -1; i >= 0; i--) {
            int who = m.memberList[i];
            if (m.slotRole[i] != CommunityModel.REGULAR) {
                continue;
            }
            int tenure = m.day - m.joinDay[i];
            double opportunity = p.outsideOption() * (ab.affinityOpportunityCost() ? m.slotAff[i] : m.meanPopulationAffinity);
            double cost = p.memberCost() * (m.lurking[i] ? p.lurkerCostFactor() : 1.0);
            double net = m.dayValue[i] - opportunity - cost;
            double rate = Math.max(p.rMin(), 1.0 / (tenure + 1 + p.priorDays()));
            double s = m.satisfaction[i] + rate * (net - m.satisfaction[i]);
            m.satisfaction[i] = s;
            if (!m.lurking[i] && s < lurkLine) {
                m.lurking[i] = true;
                m.activeTie[who] = false;
            } else if (m.lurking[i] && s > returnLine) {
                m.lurking[i] = false;
                m.activeTie[who] = true;
            }
            double commitment = m.entryCommitment[i] + m.answerCommitment[i]
                    + (ab.tenureCommitment() ? p.commitTenure() * (1 - Math.exp(-tenure / p.commitTau())) : 0);
            double hazard = p.baseHazard() + p.maxHazard() * Math.exp(-Math.max(0, s + commitment) / p.hazardScale());
            if (m.groupMechanisms && rng.nextDouble() < hazard) { // without group mechanisms nobody leaves
                m.leave(who, CommunityModel.LEFT);
            }
        }
        if (m.day == m.scenario.kols().departureDay()) {
            for (int i = m.memberCount - 1; i >= 0; i--) {
                int who = m.memberList[i];
                if (m.slotRole[i] == CommunityModel.KOL) {
                    m.leave(who, CommunityModel.GONE);
                }
            }
        }
    }
}
