package org.communitysim.experiments.validation;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.DailyMetric;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.BassParams;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.JoinRuleType;
import org.communitysim.scenario.NetworkType;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.SeedingMode;

/**
 * Bass (1969): with the mean-field rule, no seeds and no group mechanisms, the mean cumulative adopted share
 * over runs must follow F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t}) within 0.01 at every year mark.
 */
public final class BassCheck {
    public static final String ID = "bass";
    /** Sultan, Farley &amp; Lehmann (1990): mean p = 0.03 and q = 0.38 per year; the rule takes daily rates. */
    public static final double P = 0.03 / 365;
    public static final double Q = 0.38 / 365;
    public static final int YEARS = 15;
    public static final double TOLERANCE = 0.01;

    private BassCheck() {
    }

    /**
     * The measured curve: mean share at each day (index t = after t + 1 days), the theory at the same times,
     * and the per-run shares at each year mark.
     */
    public record Result(int population, int runs, double[] meanDaily, double[] theoryDaily, double[][] yearShares) {

        public double meanAtYear(int year) {
            return meanDaily[year * 365 - 1];
        }

        public double theoryAtYear(int year) {
            return theoryDaily[year * 365 - 1];
        }

        public double maxAbsErrorAtYearMarks() {
            double worst = 0;
            for (int y = 1; y <= YEARS; y++) {
                worst = Math.max(worst, Math.abs(meanAtYear(y) - theoryAtYear(y)));
            }
            return worst;
        }

        List<Measure> measures() {
            List<Measure> out = new ArrayList<>();
            for (int y = 1; y <= YEARS; y++) {
                double f = theoryAtYear(y);
                out.add(Measure.within(ID, "mean adopted share, year " + y, meanAtYear(y), f - TOLERANCE,
                        f + TOLERANCE, "within 0.01 of F(t)"));
            }
            return out;
        }
    }

    /** The textbook configuration: {@code population} persons, no seeds, no group mechanisms, 15 years. */
    public static Scenario scenario(int population) {
        Scenario s = Defaults.scenario().withHorizonDays(YEARS * 365)
                .withPopulation(Defaults.POPULATION.withSize(population));
        s = s.withNetwork(s.network().withType(NetworkType.ERDOS_RENYI).withMeanDegree(Math.min(4, population - 1)));
        return s.withJoin(s.join().withRule(JoinRuleType.BASS).withMechanisms(false, false)
                        .withSeeding(SeedingMode.NONE, 0, new int[0]).withBass(new BassParams(P, Q)))
                .named("bass-textbook", "Bass mean-field diffusion, p = 0.03/yr, q = 0.38/yr, no seeds");
    }

    /** F(t) of the Bass model at t days. */
    public static double theory(double t) {
        double e = Math.exp(-(P + Q) * t);
        return (1 - e) / (1 + (Q / P) * e);
    }

    public static Result run(int population, int runs, long seed, int threads) {
        Scenario s = scenario(population);
        List<double[]> shares = Replicates.map(runs, threads, r -> {
            double[] members = CommunityModel.run(s, Seeds.runSeed(seed, r)).daily().series(DailyMetric.MEMBERS);
            double[] share = new double[members.length];
            for (int t = 0; t < members.length; t++) {
                share[t] = members[t] / population;
            }
            return share;
        });
        int days = s.horizonDays();
        double[] mean = new double[days];
        double[] theory = new double[days];
        for (int t = 0; t < days; t++) {
            double sum = 0;
            for (double[] share : shares) {
                sum += share[t];
            }
            mean[t] = sum / runs;
            theory[t] = theory(t + 1);
        }
        double[][] years = new double[YEARS][runs];
        for (int y = 1; y <= YEARS; y++) {
            for (int r = 0; r < runs; r++) {
                years[y - 1][r] = shares.get(r)[y * 365 - 1];
            }
        }
        return new Result(population, runs, mean, theory, years);
    }
}
