package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.StateParams;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 7, satisfaction and state. net = V + social − outsideOption·aff − memberCost; S moves toward net at
 * r = max(rMin, 1/(t + 1 + priorDays)) (newcomers learn fast: the honeymoon). Load-bearing: the opportunity
 * cost grows with affinity, so a diluted group loses the members who value the topic most first. Below the lurk line a
 * member lurks, above it plus hysteresis they return. Leaving hazard h = h₀ + h_max·e^(−(S + C)₊/s), where
 * commitment C = entry cost + tenure + answered questions protects. Not scheduled without member activity
 * (satisfaction is then not updated); points received today add incentiveValue·R·ι to net ({@link Incentives});
 * KOLs leave in {@link KolDeparture}.
 */
record Satisfaction(Params params, GroupState g, DayState today, Rng rng) implements Steppable {
    record Params(StateParams state, OpportunityCost opportunity, TenureCommitment tenure, Leaving leaving,
            Incentives incentives) {
        static Params of(Scenario s, double meanAffinity, Leaving leaving) {
            StateParams p = s.behaviour().state();
            return new Params(p, OpportunityCost.of(s.ablations().affinityOpportunityCost(), meanAffinity),
                    TenureCommitment.of(s.ablations().tenureCommitment(), p.commitTenure(), p.commitTau()), leaving,
                    Incentives.of(s.economics()));
        }
    }

    @Override
    public void step(SimState state) {
        // the group's arrays, read once (they never change identity): plain locals for the loop below
        int[] list = g.memberList;
        byte[] roles = g.slotRole;
        int[] joinDays = g.joinDay;
        double[] affs = g.slotAff;
        boolean[] lurkers = g.lurking;
        double[] dayValues = g.dayValue;
        double[] sats = g.satisfaction;
        double[] entryCommitments = g.entryCommitment;
        double[] answerCommitments = g.answerCommitment;
        StateParams p = params.state();
        OpportunityCost opportunityCost = params.opportunity();
        TenureCommitment tenureCommitment = params.tenure();
        Leaving leaving = params.leaving();
        Incentives incentives = params.incentives();
        boolean paying = incentives.on();
        double[] rewards = g.rewardToday;
        double[] sensitivities = g.slotIncentive;
        int day = today.day;
        double lurkLine = p.lurkLine();
        double returnLine = p.lurkLine() + p.hysteresis();
        // backwards, so a member who leaves is replaced in the list by one already processed
        for (int i = g.memberCount - 1; i >= 0; i--) {
            int who = list[i];
            if (roles[i] != GroupState.REGULAR) {
                continue;
            }
            int tenure = day - joinDays[i];
            double opportunity = p.outsideOption() * opportunityCost.affinity(affs[i]);
            double cost = p.memberCost() * (lurkers[i] ? p.lurkerCostFactor() : 1.0);
            double net = dayValues[i] - opportunity - cost;
            if (paying) {
                net += incentives.value(rewards[i], sensitivities[i]);
            }
            double rate = Math.max(p.rMin(), 1.0 / (tenure + 1 + p.priorDays()));
            double s = sats[i] + rate * (net - sats[i]);
            sats[i] = s;
            if (!lurkers[i] && s < lurkLine) {
                lurkers[i] = true;
                g.setActiveTie(who, false);
            } else if (lurkers[i] && s > returnLine) {
                lurkers[i] = false;
                g.setActiveTie(who, true);
            }
            double commitment = entryCommitments[i] + answerCommitments[i] + tenureCommitment.commitment(tenure);
            double hazard = p.baseHazard() + p.maxHazard() * Math.exp(-Math.max(0, s + commitment) / p.hazardScale());
            if (leaving.leaves(rng, hazard)) {
                g.leave(who, GroupState.LEFT, today);
            }
        }
    }
}
