package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.InvitationParams;
import org.communitysim.scenario.Scenario;

/**
 * Step 2, referral invitations. A member considers Poisson(inviteBase·eng(S)·(e^(−t/inviteTau) + inviteFloor)
 * ·(1 + rewardRateGain·R·ι)) ties outside the group (enthusiasm peaks in the first days: Qiu et al. 2016);
 * invites one with P = (w·aff)^s, s = 1/(1 + rewardSelLoss·R·ι) — a reward makes members invite weak ties and
 * low-affinity friends (僵尸粉). R = referral.reward ÷ economics.response.standardReward: the reward is an amount,
 * paid per accepted invitation (docs/model.md §4.10). The invitee accepts with P = acceptMax·(1 − e^(−W/acceptWScale))
 * ·(acceptFloor + (1 − acceptFloor)·aff)^s: more ties inside, diminishing returns (Backstrom et al. 2006).
 */
record Referral(Params params, TopicWorld world, GroupState g, Rng rng) {
    /** Draws among a member's ties to find one outside the group before giving up on a consideration. */
    private static final int TIE_TRIES = 4;
    /**
     * The most ties a member considers in a day: {@code CONSIDER_BASE + CONSIDER_PER_TIE × degree}. A bound on the
     * work, not a mechanism: far above any rate of the calibrated range (a Poisson draw of mean 5 exceeds 66 with
     * probability below 10^-40), it binds only when invitation rates and rewards are pushed to absurd products (a rate
     * of 10^10 a day once looped for hours).
     */
    static final int CONSIDER_BASE = 64;
    static final int CONSIDER_PER_TIE = 2;

    /**
     * @param reward the referral reward R in standard rewards ({@code referral.reward} ÷
     *               {@code economics.response.standardReward})
     * @param amount the amount paid per accepted invitation ({@code referral.reward})
     */
    record Params(InvitationParams invitation, double reward, SelectivityLoss selectivityLoss, Admission admission,
            double amount) {
        static Params of(Scenario s) {
            InvitationParams p = s.behaviour().invitation();
            return new Params(p, s.economics().response().inRewards(s.referral().reward()),
                    SelectivityLoss.of(s.ablations().referralSelectivityLoss(), p.rewardSelLoss()),
                    Admission.of(s.economics()), s.referral().reward());
        }
    }

    void step(DayState today) {
        InvitationParams p = params.invitation();
        if (p.inviteBase() == 0) {
            return;
        }
        int day = today.day;
        double reward = params.reward();
        Admission admission = params.admission();
        SelectivityLoss selectivity = params.selectivityLoss();
        double[] aff = world.aff;
        int sent = 0;
        int accepted = 0;
        int count = g.memberCount; // members admitted later today do not invite today
        for (int i = 0; i < count; i++) {
            int inviter = g.memberList[i];
            if (g.slotRole[i] == GroupState.ADVERTISER) { // KOLs invite, with their satisfaction held at entry
                continue;
            }
            int degree = g.slotRowEnd[i] - g.slotRowStart[i];
            if (degree == 0) {
                continue;
            }
            double incentive = reward * g.slotIncentive[i];
            int tenure = day - g.joinDay[i];
            double rate = p.inviteBase() * Engagement.of(g.satisfaction[i])
                    * (Math.exp(-tenure / p.inviteTau()) + p.inviteFloor()) * (1 + p.rewardRateGain() * incentive);
            int considered = (int) Math.min(rng.poisson(rate), CONSIDER_BASE + (long) CONSIDER_PER_TIE * degree);
            if (considered == 0) {
                continue;
            }
            double s = selectivity.exponent(incentive);
            int rowStart = g.slotRowStart[i];
            for (int c = 0; c < considered; c++) {
                int k = -1;
                for (int t = 0; t < TIE_TRIES; t++) {
                    int cand = rowStart + rng.nextInt(degree);
                    int friend = world.net.target(cand);
                    // advertisers come by public traffic, never by invitation
                    if (g.canApply(friend, day) && g.role[friend] != GroupState.ADVERTISER) {
                        k = cand;
                        break;
                    }
                }
                if (k < 0) {
                    continue;
                }
                int invitee = world.net.target(k);
                double inviteP = Math.pow(world.net.weight(k) * aff[invitee], s);
                if (rng.nextDouble() >= inviteP) {
                    continue;
                }
                sent++;
                double accept = p.acceptMax() * (1 - Math.exp(-g.insideWeight[invitee] / p.acceptWScale()))
                        * Math.pow(p.acceptFloor() + (1 - p.acceptFloor()) * aff[invitee], s)
                        * g.historyFactor(invitee);
                accept = admission.apply(accept, aff[invitee], world.pop.incentiveSensitivity(invitee));
                if (rng.nextDouble() < accept) {
                    accepted++;
                    g.addApplicant(invitee, GroupState.REFERRAL, inviter, day);
                }
            }
        }
        today.add(DailyMetric.INVITATIONS_SENT, sent);
        today.add(DailyMetric.INVITATIONS_ACCEPTED, accepted);
        g.ledger.book(Ledger.Line.REFERRAL, accepted * params.amount(), today);
    }
}
