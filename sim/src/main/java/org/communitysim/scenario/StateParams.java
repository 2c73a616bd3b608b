package org.communitysim.scenario;

/**
 * Step 7, satisfaction and state. net = V + social − outsideOption·aff − memberCost;
 * S += r·(net − S), r = max(rMin, 1/(t + 1 + priorDays)); hazard h = baseHazard + maxHazard·e^(−(S + C)₊/hazardScale);
 * C = commitEntry·θ + commitTenure·(1 − e^(−t/commitTau)) + answered bonuses.
 *
 * @param outsideOption       opportunity cost per unit affinity, units/day
 * @param memberCost          daily cost of membership (time, attention), units
 * @param lurkerCostFactor    factor on memberCost while lurking
 * @param rMin                slowest learning rate of satisfaction
 * @param priorDays           weight of the prior expectation in days
 * @param initialSatisfaction expectation S₀ a newcomer arrives with
 * @param lurkLine            satisfaction below which a member lurks
 * @param hysteresis          satisfaction above the lurk line needed to return
 * @param baseHazard          daily leaving hazard at high satisfaction
 * @param maxHazard           extra daily hazard at S + C ≤ 0
 * @param hazardScale         scale s of the hazard's decay with S + C
 * @param commitTenure        commitment reached with tenure, units
 * @param commitTau           time constant of tenure commitment, days
 */
public record StateParams(
        double outsideOption,
        double memberCost,
        double lurkerCostFactor,
        double rMin,
        double priorDays,
        double initialSatisfaction,
        double lurkLine,
        double hysteresis,
        double baseHazard,
        double maxHazard,
        double hazardScale,
        double commitTenure,
        double commitTau) {
    public StateParams {
        Declarations.check(StateParams.class, outsideOption, memberCost, lurkerCostFactor, rMin, priorDays,
                initialSatisfaction, lurkLine, hysteresis, baseHazard, maxHazard, hazardScale, commitTenure, commitTau);
        if (baseHazard + maxHazard > 1) {
            throw new IllegalArgumentException("behaviour.state.baseHazard + maxHazard must be <= 1, got "
                    + (baseHazard + maxHazard));
        }
    }
}
