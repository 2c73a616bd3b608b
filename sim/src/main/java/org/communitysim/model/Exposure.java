package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.ExposureParams;
import org.communitysim.scenario.Scenario;

/**
 * Step 1, exposure and applications: {@code outsideExposure} people a day see the group's poster; a person
 * applies with P = applyMax·(applyFloor + (1 − applyFloor)·aff)·e^(−entryCostSens·θ); an advertiser with
 * P = advertiserApply·n/(n + advertiserSizeHalf)·e^(−entryCostSens·θ): big open groups attract them. A fee or
 * points change P through {@link Admission}; the exposures are paid at {@code economics.adCpm} per thousand.
 */
record Exposure(Params p, TopicWorld world, GroupState g, Rng rng) {
    /**
     * @param perDay     expected exposures a day ({@code group.outsideExposure})
     * @param deterrence e^(−entryCostSens·θ), θ the threshold applicants face
     */
    record Params(double perDay, double deterrence, double applyMax, double applyFloor, double advertiserApply,
            double advertiserSizeHalf, Admission admission, double costPerExposure) {
        static Params of(Scenario s, double threshold) {
            ExposureParams p = s.behaviour().exposure();
            return new Params(s.group().outsideExposure(), Math.exp(-p.entryCostSens() * threshold), p.applyMax(),
                    p.applyFloor(), p.advertiserApply(), p.advertiserSizeHalf(), Admission.of(s.economics()),
                    s.economics().adCpm() / 1000);
        }
    }

    void step(DayState today) {
        g.applicantCount = 0;
        int day = today.day;
        double expected = p.perDay() * g.outsideFactor; // the world's fading poster (1 in a world of one group)
        int exposures = (int) expected;
        if (rng.nextDouble() < expected - exposures) {
            exposures++;
        }
        double deterrence = p.deterrence();
        double advertiserPull = p.advertiserApply() * g.memberCount / (g.memberCount + p.advertiserSizeHalf());
        Admission admission = p.admission();
        g.ledger.book(Ledger.Line.ADS, exposures * p.costPerExposure(), today);
        for (int i = 0; i < exposures; i++) {
            int person = rng.nextInt(world.n);
            double u = rng.nextDouble(); // drawn for every exposure so the stream stays aligned across scenarios
            if (!g.canApply(person, day)) {
                continue;
            }
            double apply;
            if (g.role[person] == GroupState.ADVERTISER) {
                apply = advertiserPull * deterrence;
            } else {
                apply = p.applyMax() * (p.applyFloor() + (1 - p.applyFloor()) * world.aff[person]) * deterrence;
            }
            apply = admission.apply(apply, world.aff[person], world.pop.incentiveSensitivity(person));
            if (u < apply * g.historyFactor(person)) {
                g.addApplicant(person, GroupState.OUTSIDE, -1, day);
            }
        }
    }
}
