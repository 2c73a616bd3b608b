package org.communitysim.experiments.validation;

import java.util.List;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.DailyMetric;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.JoinRuleType;
import org.communitysim.scenario.NetworkType;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.SeedingMode;
import org.communitysim.scenario.ThresholdUnit;

/**
 * Granovetter's riot (1978): 100 people on a complete graph with thresholds 0, 1, …, 99 (in people) all join,
 * one a day; give the person with threshold 1 threshold 2 instead and only the instigator joins. Deterministic:
 * no random draw decides anything (any seed gives the same run).
 */
public final class GranovetterCheck {
    public static final String ID = "granovetter";
    public static final int PEOPLE = 100;
    public static final int DAYS = 120;

    private GranovetterCheck() {
    }

    /** Members on each day of the uniform crowd and of the perturbed one. */
    public record Result(double[] uniform, double[] perturbed) {

        public int uniformJoined() {
            return (int) uniform[uniform.length - 1];
        }

        public int perturbedJoined() {
            return (int) perturbed[perturbed.length - 1];
        }

        List<Measure> measures() {
            return List.of(
                    Measure.within(ID, "joined, thresholds 0..99", uniformJoined(), PEOPLE, PEOPLE, "exact"),
                    Measure.within(ID, "joined, threshold 1 replaced by 2", perturbedJoined(), 1, 1, "exact"));
        }
    }

    /** Thresholds 0, 1, …, 99 by person id. */
    public static double[] uniformThresholds() {
        double[] t = new double[PEOPLE];
        for (int i = 0; i < PEOPLE; i++) {
            t[i] = i;
        }
        return t;
    }

    /** The same crowd, with the person of threshold 1 at threshold 2. */
    public static double[] perturbedThresholds() {
        double[] t = uniformThresholds();
        t[1] = 2;
        return t;
    }

    /** Thresholds in people on a complete graph of 100; no seeds, no group mechanisms, no activity. */
    public static Scenario scenario(double[] thresholds) {
        Scenario s = Defaults.scenario().withHorizonDays(DAYS).withPopulation(Defaults.POPULATION.withSize(PEOPLE));
        s = s.withNetwork(s.network().withType(NetworkType.ERDOS_RENYI).withMeanDegree(PEOPLE - 1));
        return s.withJoin(s.join().withRule(JoinRuleType.FRACTIONAL_THRESHOLD).withMechanisms(false, false)
                        .withSeeding(SeedingMode.NONE, 0, new int[0])
                        .withThreshold(s.join().threshold().withUnit(ThresholdUnit.COUNT).withValues(thresholds)))
                .named("granovetter-riot", "Granovetter's riot: 100 people, thresholds in people, complete graph");
    }

    public static Result run(long seed) {
        long runSeed = Seeds.runSeed(seed, 0);
        double[] uniform = CommunityModel.run(scenario(uniformThresholds()), runSeed).daily().series(DailyMetric.MEMBERS);
        double[] perturbed = CommunityModel.run(scenario(perturbedThresholds()), runSeed).daily()
                .series(DailyMetric.MEMBERS);
        return new Result(uniform, perturbed);
    }
}
