package org.communitysim.model;

import org.communitysim.network.TrustNetwork;
import org.communitysim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 6, social value = bondGain·ln(1 + W_active + referrerBond·w_referrer): bonds to active friends inside,
 * saturating. Friends leaving lower it, so departures cascade through trust ties; the bond to one's referrer
 * counts only while the referrer stays (Van den Bulte et al. 2018). Not scheduled with the socialBonds ablation.
 */
record SocialValue(Params params, TrustNetwork net, GroupState g) implements Steppable {
    /** @param referrerBond weight of the bond to one's referrer (0 with the referrerBond ablation) */
    record Params(double bondGain, double referrerBond) {
        static Params of(Scenario s) {
            return new Params(s.behaviour().social().bondGain(),
                    s.ablations().referrerBond() ? s.behaviour().social().referrerBond() : 0);
        }
    }

    @Override
    public void step(SimState state) {
        // the group's arrays, read once (they never change identity): plain locals for the loop below
        int[] list = g.memberList;
        byte[] roles = g.slotRole;
        int[] rowStarts = g.slotRowStart;
        int[] rowEnds = g.slotRowEnd;
        int[] referrers = g.referrer;
        boolean[] isMember = g.member;
        double[] dayValues = g.dayValue;
        double bondGain = params.bondGain();
        double referrerBond = params.referrerBond();
        boolean[] activeTie = g.activeTie;
        for (int i = 0; i < g.memberCount; i++) {
            int who = list[i];
            if (roles[i] != GroupState.REGULAR) {
                continue;
            }
            double active = 0;
            for (int k = rowStarts[i], end = rowEnds[i]; k < end; k++) {
                if (activeTie[net.target(k)]) {
                    active += net.weight(k);
                }
            }
            int ref = referrers[i];
            if (referrerBond > 0 && ref >= 0 && isMember[ref]) {
                active += referrerBond * net.weightBetween(who, ref);
            }
            dayValues[i] += bondGain * Math.log(1 + active);
        }
    }
}
