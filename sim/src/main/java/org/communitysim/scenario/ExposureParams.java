package org.communitysim.scenario;

/**
 * Step 1, exposure and applications. P(apply) = applyMax·(applyFloor + (1 − applyFloor)·aff)·e^(−entryCostSens·θ);
 * advertisers apply with advertiserApply·n/(n + advertiserSizeHalf)·e^(−entryCostSens·θ).
 *
 * @param applyMax           maximum application probability of an exposed person
 * @param applyFloor         share of applyMax reached at zero affinity
 * @param entryCostSens      how strongly the threshold deters applicants
 * @param advertiserApply    maximum application probability of an exposed advertiser
 * @param advertiserSizeHalf group size at which advertisers apply at half their maximum
 * @param reapplyFactor      factor on applying/accepting for people once rejected
 * @param rejoinFactor       factor on applying/accepting for people who left
 */
public record ExposureParams(
        double applyMax,
        double applyFloor,
        double entryCostSens,
        double advertiserApply,
        double advertiserSizeHalf,
        double reapplyFactor,
        double rejoinFactor) {
    public ExposureParams {
        Declarations.check(ExposureParams.class, applyMax, applyFloor, entryCostSens, advertiserApply,
                advertiserSizeHalf, reapplyFactor, rejoinFactor);
    }
}
