package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.InvitationParams;

/**
 * Step 2, referral invitations. A member considers Poisson(inviteBase·eng(S)·(e^(−t/inviteTau) + inviteFloor)
 * ·(1 + rewardRateGain·R·ι)) ties outside the group (enthusiasm peaks in the first days: Qiu et al. 2016);
 * invites one with P = (w·aff)^s, s = 1/(1 + rewardSelLoss·R·ι) — a reward makes members invite weak ties and
 * low-affinity friends (僵尸粉). The invitee accepts with P = acceptMax·(1 − e^(−W/acceptWScale))
 * ·(acceptFloor + (1 − acceptFloor)·aff)^s: more ties inside, diminishing returns (Backstrom et al. 2006).
 */
final class Referral {
    /** Draws among a member's ties to find one outside the group before giving up on a consideration. */
    private static final int TIE_TRIES = 4;

    private Referral() {
    }

    static void step(CommunityModel m) {
        InvitationParams p = m.scenario.behaviour().invitation();
        if (p.inviteBase() == 0) {
            return;
        }
        Rng rng = m.referralRng;
        double reward = m.scenario.referral().reward();
        boolean selectivityLoss = m.scenario.ablations().referralSelectivityLoss();
        double[] sent = m.today;
        int count = m.memberCount; // members admitted later today do not invite today
        for (int i = 0; i < count; i++) {
            int inviter = m.memberList[i];
            if (m.slotRole[i] == CommunityModel.ADVERTISER) { // KOLs invite, with their satisfaction held at entry
                continue;
            }
            int degree = m.slotRowEnd[i] - m.slotRowStart[i];
            if (degree == 0) {
                continue;
            }
            double incentive = reward * m.slotIncentive[i];
            int tenure = m.day - m.joinDay[i];
            double rate = p.inviteBase() * CommunityModel.engagement(m.satisfaction[i])
                    * (Math.exp(-tenure / p.inviteTau()) + p.inviteFloor()) * (1 + p.rewardRateGain() * incentive);
            int considered = rng.poisson(rate);
            if (considered == 0) {
                continue;
            }
            double s = selectivityLoss ? 1.0 / (1.0 + p.rewardSelLoss() * incentive) : 1.0;
            int rowStart = m.slotRowStart[i];
            for (int c = 0; c < considered; c++) {
                int k = -1;
                for (int t = 0; t < TIE_TRIES; t++) {
                    int cand = rowStart + rng.nextInt(degree);
                    int friend = m.net.target(cand);
                    if (m.canApply(friend) && m.role[friend] != CommunityModel.ADVERTISER) { // advertisers come by public traffic
                        k = cand;
                        break;
                    }
                }
                if (k < 0) {
                    continue;
                }
                int invitee = m.net.target(k);
                double inviteP = Math.pow(m.net.weight(k) * m.aff[invitee], s);
                if (rng.nextDouble() >= inviteP) {
                    continue;
                }
                sent[DailyMetric.INVITATIONS_SENT.ordinal()]++;
                double accept = p.acceptMax() * (1 - Math.exp(-m.insideWeight[invitee] / p.acceptWScale()))
                        * Math.pow(p.acceptFloor() + (1 - p.acceptFloor()) * m.aff[invitee], s)
                        * m.historyFactor(invitee);
                if (rng.nextDouble() < accept) {
                    sent[DailyMetric.INVITATIONS_ACCEPTED.ordinal()]++;
                    m.addApplicant(invitee, CommunityModel.REFERRAL, inviter);
                }
            }
        }
    }
}
