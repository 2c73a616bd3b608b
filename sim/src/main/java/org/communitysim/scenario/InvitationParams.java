package org.communitysim.scenario;

/**
 * Step 2, referral invitations. Ties considered per member-day ~
 * Poisson(inviteBase·eng(S)·(e^(−t/inviteTau) + inviteFloor)·(1 + rewardRateGain·R·ι)); a tie is invited
 * with P = (w·aff)^s, s = 1/(1 + rewardSelLoss·R·ι); accepted with
 * P = acceptMax·(1 − e^(−W/acceptWScale))·(acceptFloor + (1 − acceptFloor)·aff)^s.
 *
 * @param inviteBase     ties considered per member-day at full enthusiasm
 * @param inviteTau      decay time of a newcomer's enthusiasm to invite, days
 * @param inviteFloor    long-run share of the initial inviting rate
 * @param rewardRateGain how much a unit reward × sensitivity raises the inviting rate
 * @param rewardSelLoss  how much a unit reward × sensitivity lowers the inviter's selectivity
 * @param acceptMax      maximum acceptance probability
 * @param acceptWScale   tie weight already inside at which acceptance reaches 63% of its maximum
 * @param acceptFloor    acceptance factor at zero affinity (before the selectivity exponent)
 */
public record InvitationParams(
        double inviteBase,
        double inviteTau,
        double inviteFloor,
        double rewardRateGain,
        double rewardSelLoss,
        double acceptMax,
        double acceptWScale,
        double acceptFloor) {
    public InvitationParams {
        Declarations.check(InvitationParams.class, inviteBase, inviteTau, inviteFloor, rewardRateGain, rewardSelLoss,
                acceptMax, acceptWScale, acceptFloor);
    }

    public InvitationParams withInviteBase(double v) {
        return new InvitationParams(v, inviteTau, inviteFloor, rewardRateGain, rewardSelLoss, acceptMax, acceptWScale,
                acceptFloor);
    }
}
