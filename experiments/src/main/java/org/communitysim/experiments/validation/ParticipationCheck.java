package org.communitysim.experiments.validation;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunSummary;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Scenario;

/**
 * Participation inequality (90-9-1) under the default referral model, in an active group, over the last
 * 12 weeks of a run (the default inequality window, 84 days): the top 10% of members, ranked by posts with those
 * who never posted included, write at least half of the posts, and the share of members who never post lies in 46%–97% (van Mierlo 2014; Nonnecke &amp; Preece;
 * enterprise groups). The 95% confidence interval of the mean over runs must lie inside each range.
 */
public final class ParticipationCheck {
    public static final String ID = "participation";
    public static final double TOP10_MIN = 0.5;
    public static final double NEVER_MIN = 0.46;
    public static final double NEVER_MAX = 0.97;

    private ParticipationCheck() {
    }

    /**
     * Per run: top-10% share (members ranked by posts, those who never posted included, as the 90-9-1 rule counts
     * lurkers among its users), the same among posters only, never-posted share, Gini and members measured
     * (present through the window).
     */
    public record Result(double[] top10, double[] top10Posters, double[] never, double[] top1, double[] gini,
            double[] members) {

        public Summary top10Summary() {
            return Stats.summarize(top10);
        }

        public Summary neverSummary() {
            return Stats.summarize(never);
        }

        List<Measure> measures() {
            Summary t = top10Summary();
            Summary n = neverSummary();
            Summary one = Stats.summarize(top1);
            List<Measure> out = new ArrayList<>();
            out.add(new Measure(ID, "share of posts by the top 10% of members, non-posters included (mean)", t.mean(),
                    TOP10_MIN, 1, t.ciLow() >= TOP10_MIN, "95% CI of the mean >= 0.5"));
            out.add(Measure.info(ID, "share of posts by the top 10% of posters, members who posted at least once (mean)",
                    Stats.summarize(top10Posters).mean(), "reported, no criterion"));
            out.add(new Measure(ID, "share of members who never posted (mean)", n.mean(), NEVER_MIN, NEVER_MAX,
                    n.ciLow() >= NEVER_MIN && n.ciHigh() <= NEVER_MAX, "95% CI of the mean in [0.46, 0.97]"));
            out.add(Measure.info(ID, "share of posts by the top 1% of members, non-posters included (mean)", one.mean(),
                    "reported, no criterion"));
            out.add(Measure.info(ID, "members measured per run (mean)", Stats.summarize(members).mean(), "reported, no criterion"));
            return out;
        }
    }

    /** The reference group (cap 300, θ 0.2, 2 posts a day, weekly events) of {@code population} persons. */
    public static Scenario scenario(int population) {
        return Defaults.scenario().withPopulation(Defaults.POPULATION.withSize(population))
                .named("participation", "Reference group; inequality over the last 12 weeks of 180 days");
    }

    public static Result run(int population, int runs, long seed, int threads) {
        Scenario s = scenario(population);
        List<RunSummary> summaries = Replicates.map(runs, threads,
                r -> CommunityModel.run(s, Seeds.runSeed(seed, r)).summary());
        double[] top10 = new double[runs];
        double[] top10Posters = new double[runs];
        double[] never = new double[runs];
        double[] top1 = new double[runs];
        double[] gini = new double[runs];
        double[] members = new double[runs];
        for (int r = 0; r < runs; r++) {
            RunSummary x = summaries.get(r);
            top10[r] = x.get(Outcome.TOP10_SHARE);
            top10Posters[r] = x.get(Outcome.TOP10_POSTERS_SHARE);
            never[r] = x.get(Outcome.NEVER_POSTED_SHARE);
            top1[r] = x.get(Outcome.TOP1_SHARE);
            gini[r] = x.get(Outcome.GINI_POSTS);
            members[r] = x.get(Outcome.INEQUALITY_MEMBERS);
        }
        return new Result(top10, top10Posters, never, top1, gini, members);
    }
}
