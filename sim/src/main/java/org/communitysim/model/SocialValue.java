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
        int[] referrers = g.referrer;
        float[] referrerWeights = g.referrerWeight;
        boolean[] isMember = g.member;
        double[] dayValues = g.dayValue;
        double bondGain = params.bondGain();
        double referrerBond = params.referrerBond();
        double[] activeWeights = g.activeWeight;
        for (int i = 0; i < g.memberCount; i++) {
            if (roles[i] != GroupState.REGULAR) {
                continue;
            }
            // W_active: kept up to date by GroupState.setActiveTie, or summed afresh when such sums are not exact
            double active = activeWeights != null ? activeWeights[list[i]] : activeWeight(i);
            int ref = referrers[i];
            if (referrerBond > 0 && ref >= 0 && isMember[ref]) {
                active += referrerBond * referrerWeights[i];
            }
            dayValues[i] += bondGain * Math.log(1 + active);
        }
    }

    /** The weight of slot i's ties to persons with activeTie on, summed along the member's row. */
    private double activeWeight(int i) {
        boolean[] activeTie = g.activeTie;
        double active = 0;
        for (int k = g.slotRowStart[i], end = g.slotRowEnd[i]; k < end; k++) {
            if (activeTie[net.target(k)]) {
                active += net.weight(k);
            }
        }
        return active;
    }
}
