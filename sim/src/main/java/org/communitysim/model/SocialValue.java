package org.communitysim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 6, social value = bondGain·ln(1 + W_active + referrerBond·w_referrer): bonds to active friends inside,
 * saturating. Friends leaving lower it, so departures cascade through trust ties; the bond to one's referrer
 * counts only while the referrer stays (Van den Bulte et al. 2018).
 */
final class SocialValue implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        CommunityModel m = (CommunityModel) state;
        if (!m.scenario.ablations().socialBonds() || !m.memberActivity) {
            return;
        }
        double bondGain = m.scenario.behaviour().social().bondGain();
        double referrerBond = m.scenario.ablations().referrerBond() ? m.scenario.behaviour().social().referrerBond() : 0;
        for (int i = 0; i < m.memberCount; i++) {
            int who = m.memberList[i];
            if (m.slotRole[i] != CommunityModel.REGULAR) {
                continue;
            }
            double active = 0;
            for (int k = m.slotRowStart[i], end = m.slotRowEnd[i]; k < end; k++) {
                if (m.activeTie[m.net.target(k)]) {
                    active += m.net.weight(k);
                }
            }
            int ref = m.referrer[i];
            if (referrerBond > 0 && ref >= 0 && m.member[ref]) {
                active += referrerBond * m.net.weightBetween(who, ref);
            }
            m.dayValue[i] += bondGain * Math.log(1 + active);
        }
    }
}
