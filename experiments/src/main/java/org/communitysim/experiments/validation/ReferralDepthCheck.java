package org.communitysim.experiments.validation;

import java.util.List;
import org.communitysim.model.CommunityModel;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Scenario;

/**
 * Shallow referral trees (Goel, Watts &amp; Goldstein 2012; Qiu et al. 2016): under the default referral model
 * each member's invitation depth is recorded (invited by a seed or an outside joiner = depth 1, by someone at
 * depth 1 = depth 2, …). Most referral joins must be at depth 1–2: the share, with its 95% interval over
 * runs, must exceed one half.
 */
public final class ReferralDepthCheck {
    public static final String ID = "referral-depth";
    public static final double MIN_SHARE = 0.5;

    private ReferralDepthCheck() {
    }

    /** Referral joins by depth (index d − 1), pooled over runs, and each run's share at depth 1–2. */
    public record Result(long[] byDepth, double[] shallowShare) {

        public long total() {
            long t = 0;
            for (long c : byDepth) {
                t += c;
            }
            return t;
        }

        public double pooledShallowShare() {
            long shallow = (byDepth.length > 0 ? byDepth[0] : 0) + (byDepth.length > 1 ? byDepth[1] : 0);
            return (double) shallow / total();
        }

        public int maxDepth() {
            return byDepth.length;
        }

        public double meanDepth() {
            double s = 0;
            for (int d = 0; d < byDepth.length; d++) {
                s += (d + 1.0) * byDepth[d];
            }
            return s / total();
        }

        List<Measure> measures() {
            var summary = org.communitysim.experiments.stats.Stats.summarize(
                    java.util.Arrays.stream(shallowShare).filter(Double::isFinite).toArray());
            return List.of(
                    new Measure(ID, "share of referral joins at depth 1-2 (mean over runs)", summary.mean(), MIN_SHARE,
                            1, summary.ciLow() > MIN_SHARE, "95% CI of the mean > 0.5"),
                    Measure.info(ID, "mean invitation depth (pooled)", meanDepth(), "reported, no criterion"),
                    Measure.info(ID, "deepest referral join", maxDepth(), "reported, no criterion"));
        }
    }

    /** The reference group of {@code population} persons. */
    public static Scenario scenario(int population) {
        return Defaults.scenario().withPopulation(Defaults.POPULATION.withSize(population))
                .named("referral-depth", "Reference group; invitation depth of every referral join");
    }

    public static Result run(int population, int runs, long seed, int threads) {
        Scenario s = scenario(population);
        List<long[]> depths = Replicates.map(runs, threads,
                r -> CommunityModel.run(s, Seeds.runSeed(seed, r)).referralDepths());
        int max = depths.stream().mapToInt(d -> d.length).max().orElse(0);
        long[] pooled = new long[max];
        double[] shallow = new double[runs];
        for (int r = 0; r < runs; r++) {
            long[] d = depths.get(r);
            long total = 0;
            for (int i = 0; i < d.length; i++) {
                pooled[i] += d[i];
                total += d[i];
            }
            long near = (d.length > 0 ? d[0] : 0) + (d.length > 1 ? d[1] : 0);
            shallow[r] = total == 0 ? Double.NaN : (double) near / total;
        }
        return new Result(pooled, shallow);
    }
}
