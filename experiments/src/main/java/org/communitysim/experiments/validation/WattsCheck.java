package org.communitysim.experiments.validation;

import java.util.ArrayList;
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
 * Watts's cascade window (2002): on a random graph where everyone has the same fractional threshold φ, one random
 * seed sets off a global cascade only when the mean degree z lies inside a window. Below it the network falls
 * apart; above it too few persons are vulnerable (degree ≤ 1/φ, so one friend inside tips them). For Poisson
 * degrees the window's ends solve z·P(Poisson(z) ≤ ⌊1/φ⌋ − 2) = 1: about 1.02 and 5.76 for φ = 0.18.
 * Checked: no global cascade (more than half the population joining) well outside the window, frequent ones
 * well inside.
 */
public final class WattsCheck {
    public static final String ID = "watts-window";
    public static final double PHI = 0.18;
    public static final double[] DEGREES = {0.5, 1, 1.5, 2, 3, 4, 5, 5.5, 6, 7, 8};
    /** Degrees well inside and well outside the analytic window, where the criteria apply. */
    public static final double[] INSIDE = {2, 3, 4};
    public static final double[] OUTSIDE = {0.5, 8};
    public static final double INSIDE_MIN = 0.3;
    public static final double OUTSIDE_MAX = 0.03;
    public static final int DAYS = 200;

    private WattsCheck() {
    }

    /** Per mean degree: runs, global cascades, and the mean final share of the global ones. */
    public record Result(int population, double[] degrees, int[] runs, int[] global, double[] meanGlobalSize) {

        public double frequency(int i) {
            return (double) global[i] / runs[i];
        }

        int index(double z) {
            for (int i = 0; i < degrees.length; i++) {
                if (degrees[i] == z) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no runs at z = " + z);
        }

        List<Measure> measures() {
            List<Measure> out = new ArrayList<>();
            for (double z : INSIDE) {
                out.add(Measure.within(ID, "frequency of global cascades at z = " + z + " (inside the window)",
                        frequency(index(z)), INSIDE_MIN, 1, ">= 0.3"));
            }
            for (double z : OUTSIDE) {
                out.add(Measure.within(ID, "frequency of global cascades at z = " + z + " (outside the window)",
                        frequency(index(z)), 0, OUTSIDE_MAX, "<= 0.03"));
            }
            double[] window = analyticWindow(PHI);
            out.add(Measure.info(ID, "analytic lower end of the window (z)", window[0], "Watts 2002, Poisson degrees"));
            out.add(Measure.info(ID, "analytic upper end of the window (z)", window[1], "Watts 2002, Poisson degrees"));
            return out;
        }
    }

    /** One seed at random, every person at threshold φ (share of ties), no group mechanisms, no activity. */
    public static Scenario scenario(int population, double meanDegree) {
        Scenario s = Defaults.scenario().withHorizonDays(DAYS).withPopulation(Defaults.POPULATION.withSize(population));
        s = s.withNetwork(s.network().withType(NetworkType.ERDOS_RENYI).withMeanDegree(meanDegree));
        return s.withJoin(s.join().withRule(JoinRuleType.FRACTIONAL_THRESHOLD).withMechanisms(false, false)
                        .withSeeding(SeedingMode.RANDOM, 1, new int[0])
                        .withThreshold(s.join().threshold().withUnit(ThresholdUnit.FRACTION).withConstant(PHI)))
                .named("watts-window", "Watts (2002): one random seed, threshold 0.18, random graph of mean degree "
                        + meanDegree);
    }

    /** The window's ends: the two roots of z·P(Poisson(z) ≤ ⌊1/φ⌋ − 2) = 1, found by bisection. */
    public static double[] analyticWindow(double phi) {
        int kMax = (int) Math.floor(1 / phi);
        java.util.function.DoubleUnaryOperator g = z -> {
            double term = Math.exp(-z);
            double cdf = 0;
            for (int k = 0; k <= kMax - 2; k++) {
                cdf += term;
                term *= z / (k + 1);
            }
            return z * cdf - 1;
        };
        double peak = 1;
        for (double z = 1; z < 1 / phi + 5; z += 0.01) {
            if (g.applyAsDouble(z) > g.applyAsDouble(peak)) {
                peak = z;
            }
        }
        return new double[] {bisect(g, 0.01, peak), bisect(g, peak, 1 / phi + 5)};
    }

    private static double bisect(java.util.function.DoubleUnaryOperator g, double lo, double hi) {
        boolean rising = g.applyAsDouble(lo) < 0;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if ((g.applyAsDouble(mid) < 0) == rising) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    public static Result run(int population, double[] degrees, int runsPerDegree, long seed, int threads) {
        int[] runs = new int[degrees.length];
        int[] global = new int[degrees.length];
        double[] size = new double[degrees.length];
        for (int i = 0; i < degrees.length; i++) {
            Scenario s = scenario(population, degrees[i]);
            List<Double> shares = Replicates.map(runsPerDegree, threads, r -> {
                double[] members = CommunityModel.run(s, Seeds.runSeed(seed, r)).daily().series(DailyMetric.MEMBERS);
                return members[members.length - 1] / population;
            });
            runs[i] = runsPerDegree;
            double sum = 0;
            for (double f : shares) {
                if (f > 0.5) {
                    global[i]++;
                    sum += f;
                }
            }
            size[i] = global[i] > 0 ? sum / global[i] : Double.NaN;
        }
        return new Result(population, degrees.clone(), runs, global, size);
    }
}
