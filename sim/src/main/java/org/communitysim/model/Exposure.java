package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.ExposureParams;

/**
 * Step 1, exposure and applications: {@code outsideExposure} people a day see the group's poster; a person
 * applies with P = applyMax·(applyFloor + (1 − applyFloor)·aff)·e^(−entryCostSens·θ); an advertiser with
 * P = advertiserApply·n/(n + advertiserSizeHalf)·e^(−entryCostSens·θ): big open groups attract them.
 */
final class Exposure {

    private Exposure() {
    }

    static void step(CommunityModel m) {
        m.applicantCount = 0;
        ExposureParams p = m.scenario.behaviour().exposure();
        Rng rng = m.exposureRng;
        double expected = m.scenario.group().outsideExposure();
        int exposures = (int) expected;
        if (rng.nextDouble() < expected - exposures) {
            exposures++;
        }
        double deterrence = Math.exp(-p.entryCostSens() * m.effectiveThreshold());
        double advertiserPull = p.advertiserApply() * m.memberCount / (m.memberCount + p.advertiserSizeHalf());
        for (int i = 0; i < exposures; i++) {
            int person = rng.nextInt(m.n);
            double u = rng.nextDouble(); // drawn for every exposure so the stream stays aligned across scenarios
            if (!m.canApply(person)) {
                continue;
            }
            double apply;
            if (m.role[person] == CommunityModel.ADVERTISER) {
                apply = advertiserPull * deterrence;
            } else {
                apply = p.applyMax() * (p.applyFloor() + (1 - p.applyFloor()) * m.aff[person]) * deterrence;
            }
            if (u < apply * m.historyFactor(person)) {
                m.addApplicant(person, CommunityModel.OUTSIDE, -1);
            }
        }
    }
}
