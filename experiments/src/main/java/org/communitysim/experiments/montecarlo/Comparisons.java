package org.communitysim.experiments.montecarlo;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.experiments.stats.PairedComparison;
import org.communitysim.experiments.stats.Simultaneous;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.experiments.stats.Verdict;
import org.communitysim.model.Direction;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;

/**
 * Pairs of scenarios compared on a family of outcomes, paired by replicate (common random numbers).
 *
 * <p>Multiplicity: the outcomes of one pair form one family of m tests. Each difference gets the t interval at
 * confidence 1 − 0.05/m and the Bonferroni-adjusted p-value min(1, m·p) (Dunn 1961): the m intervals cover their
 * true differences together with probability at least 95%, and an interval excludes 0 exactly when the adjusted
 * p-value is below 0.05. The verdict follows the interval shown, so a row can never say "no clear difference" beside
 * an interval that excludes 0, or the opposite. Holm's adjusted p-values (more powerful, but with no interval to
 * match) are kept for reference. Pairs are not corrected against each other.
 *
 * <p>Ranges: an interval of a mean is cut at the outcome's possible range, as its declaration gives it
 * ({@link RunOutcome#lowest()}, {@link RunOutcome#highest()}): a share's at [0, 1], a count's, a duration's, a cost's or
 * a post value's at 0, a return on investment's at −1; a profit's or a satisfaction's is not cut. An interval of a
 * difference is cut at ± the range's width when it is finite (a difference of shares at [−1, 1]). The true value lies
 * inside that range, so cutting never drops it from the interval: coverage is unchanged and no interval shows an
 * impossible value such as −3% or 104%. Every table, chart and CSV that shows a scenario's mean with its interval
 * takes it from {@link #summary}, so the cut is made here and only here.
 */
public final class Comparisons {
    public static final double ALPHA = 0.05;

    private Comparisons() {
    }

    /** All pairs (i &lt; j, in scenario order) on one family of outcomes; summaries by Student t or bootstrap. */
    public static List<Decision> all(List<ScenarioRuns> runs, List<? extends RunOutcome> family, boolean bootstrap,
            long bootstrapSeed) {
        List<Decision> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                rows.addAll(pair(runs.get(i), runs.get(j), family, bootstrap, bootstrapSeed));
            }
        }
        return rows;
    }

    /**
     * Each variant against the baseline (the first run), A = the variant and B = the baseline, so that A − B is the
     * effect of the variant's change; variants are not compared with each other.
     */
    public static List<Decision> againstBaseline(List<ScenarioRuns> runs, List<? extends RunOutcome> family, boolean bootstrap,
            long bootstrapSeed) {
        List<Decision> rows = new ArrayList<>();
        for (int j = 1; j < runs.size(); j++) {
            rows.addAll(pair(runs.get(j), runs.get(0), family, bootstrap, bootstrapSeed));
        }
        return rows;
    }

    /** A against B on every outcome of the family, in family order. */
    public static List<Decision> pair(ScenarioRuns a, ScenarioRuns b, List<? extends RunOutcome> family, boolean bootstrap,
            long bootstrapSeed) {
        int k = family.size();
        PairedComparison[] paired = new PairedComparison[k];
        double[] pT = new double[k];
        double[] pW = new double[k];
        int m = 0;
        for (int o = 0; o < k; o++) {
            RunOutcome outcome = family.get(o);
            paired[o] = Stats.paired(a.values(outcome), b.values(outcome));
            paired[o] = new PairedComparison(paired[o].n(), paired[o].meanDiff(),
                    cut(paired[o].ciLow(), -span(outcome)), cut(paired[o].ciHigh(), span(outcome)), paired[o].pT(),
                    paired[o].pWilcoxon(), paired[o].effectSize(), paired[o].probAGreater());
            pT[o] = paired[o].pT();
            pW[o] = paired[o].pWilcoxon();
            m += Double.isNaN(pT[o]) ? 0 : 1;
        }
        double[] holmT = Stats.holm(pT);
        double[] holmW = Stats.holm(pW);
        int familySize = Math.max(1, m);
        double confidence = 1 - ALPHA / familySize;
        List<Decision> rows = new ArrayList<>(k);
        for (int o = 0; o < k; o++) {
            RunOutcome outcome = family.get(o);
            double[] ci = Stats.pairedInterval(a.values(outcome), b.values(outcome), confidence);
            double span = span(outcome);
            Simultaneous adjusted = new Simultaneous(familySize, confidence, cut(ci[0], -span), cut(ci[1], span),
                    Stats.bonferroni(pT[o], familySize));
            Direction direction = outcome.direction();
            rows.add(new Decision(outcome, direction, a.scenario().name(), b.scenario().name(),
                    summary(outcome, a.values(outcome), bootstrap, bootstrapSeed),
                    summary(outcome, b.values(outcome), bootstrap, bootstrapSeed),
                    paired[o], adjusted, holmT[o], holmW[o], probBetter(direction, paired[o].probAGreater()),
                    verdict(direction, adjusted)));
        }
        return rows;
    }

    /**
     * An outcome's distribution over replicates: Student t or bootstrap CI of the mean, cut at the outcome's possible
     * range (see the class comment).
     */
    public static Summary summary(RunOutcome outcome, double[] values, boolean bootstrap, long seed) {
        Summary s = bootstrap ? Stats.summarizeBootstrap(values, 2000, seed) : Stats.summarize(values);
        double[] range = range(outcome);
        return new Summary(s.n(), s.mean(), s.sd(), s.median(), clamp(s.ciLow(), range), clamp(s.ciHigh(), range));
    }

    /**
     * The values an outcome can take, from its declaration: shares in [0, 1]; counts, days, rates, costs and revenues
     * at least 0; a return on investment at least −1; a profit or a satisfaction unbounded.
     */
    public static double[] range(RunOutcome outcome) {
        return new double[] {outcome.lowest(), outcome.highest()};
    }

    /** How far apart two values of the outcome can be: 1 for shares, unbounded when either end is. */
    private static double span(RunOutcome outcome) {
        return outcome.highest() - outcome.lowest();
    }

    /** A bound cut at ±span (a lower bound at −span, an upper at +span); NaN stays NaN. */
    private static double cut(double bound, double limit) {
        if (Double.isNaN(bound) || Double.isInfinite(limit)) {
            return bound;
        }
        return limit < 0 ? Math.max(bound, limit) : Math.min(bound, limit);
    }

    private static double clamp(double x, double[] range) {
        return Double.isNaN(x) ? x : Math.max(range[0], Math.min(range[1], x));
    }

    /** P(A better): P(A &gt; B) when higher is better, P(A &lt; B) = 1 − P(A &gt; B) (ties half) when lower is. */
    static double probBetter(Direction direction, double probAGreater) {
        return switch (direction) {
            case HIGHER_IS_BETTER -> probAGreater;
            case LOWER_IS_BETTER -> Double.isNaN(probAGreater) ? probAGreater : 1 - probAGreater;
            case NEUTRAL -> Double.NaN;
        };
    }

    /** Who is better, read off the adjusted interval: its side of 0 and the outcome's direction. */
    static Verdict verdict(Direction direction, Simultaneous adjusted) {
        if (direction == Direction.NEUTRAL) {
            return Verdict.NOT_RANKED;
        }
        if (!adjusted.excludesZero()) {
            return Verdict.NO_CLEAR_DIFFERENCE;
        }
        boolean aHigher = adjusted.ciLow() > 0;
        return aHigher == (direction == Direction.HIGHER_IS_BETTER) ? Verdict.A_BETTER : Verdict.B_BETTER;
    }
}
