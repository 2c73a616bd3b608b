package org.communitysim.experiments.montecarlo;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.model.Direction;
import org.communitysim.experiments.stats.Verdict;
import org.communitysim.experiments.stats.PairedComparison;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.Outcome;

/**
 * Every pair of scenarios compared on every outcome, paired by replicate. p-values are Holm-corrected across
 * the outcomes of one pair (each test separately), the money outcomes as a family of their own. A scenario "wins" an outcome when the corrected paired-t
 * p-value is below 0.05 and the 95% CI of the difference excludes zero on the better side.
 */
public final class Comparisons {
    public static final double ALPHA = 0.05;

    private Comparisons() {
    }

    /** All outcomes, all pairs (i &lt; j, in scenario order); summaries by Student t or bootstrap. */
    public static List<Decision> all(List<ScenarioRuns> runs, List<Outcome> outcomes, boolean bootstrap,
            long bootstrapSeed) {
        List<Decision> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                rows.addAll(pair(runs.get(i), runs.get(j), outcomes, bootstrap, bootstrapSeed));
            }
        }
        return rows;
    }

    static List<Decision> pair(ScenarioRuns a, ScenarioRuns b, List<Outcome> outcomes, boolean bootstrap,
            long bootstrapSeed) {
        int k = outcomes.size();
        PairedComparison[] paired = new PairedComparison[k];
        double[] pT = new double[k];
        double[] pW = new double[k];
        for (int o = 0; o < k; o++) {
            paired[o] = Stats.paired(a.values(outcomes.get(o)), b.values(outcomes.get(o)));
            pT[o] = paired[o].pT();
            pW[o] = paired[o].pWilcoxon();
        }
        double[] holmT = holmByFamily(pT, outcomes);
        double[] holmW = holmByFamily(pW, outcomes);
        List<Decision> rows = new ArrayList<>(k);
        for (int o = 0; o < k; o++) {
            Outcome outcome = outcomes.get(o);
            Direction direction = outcome.direction();
            rows.add(new Decision(outcome, direction, a.scenario().name(), b.scenario().name(),
                    summarize(a.values(outcome), bootstrap, bootstrapSeed),
                    summarize(b.values(outcome), bootstrap, bootstrapSeed),
                    paired[o], holmT[o], holmW[o], verdict(direction, paired[o], holmT[o])));
        }
        return rows;
    }

    /**
     * Holm-corrected p-values, the money outcomes ({@link Outcome#MONEY}) corrected as one family and every other
     * outcome as another: adding the cost-benefit outcomes left the behavioural outcomes' corrected p-values as they
     * were, and each family's error rate holds on its own.
     */
    static double[] holmByFamily(double[] p, List<Outcome> outcomes) {
        double[] adjusted = new double[p.length];
        for (boolean money : new boolean[] {false, true}) {
            int[] index = java.util.stream.IntStream.range(0, p.length)
                    .filter(i -> Outcome.MONEY_FAMILY.contains(outcomes.get(i)) == money).toArray();
            double[] family = new double[index.length];
            for (int i = 0; i < index.length; i++) {
                family[i] = p[index[i]];
            }
            double[] corrected = Stats.holm(family);
            for (int i = 0; i < index.length; i++) {
                adjusted[index[i]] = corrected[i];
            }
        }
        return adjusted;
    }

    static Summary summarize(double[] values, boolean bootstrap, long seed) {
        return bootstrap ? Stats.summarizeBootstrap(values, 2000, seed) : Stats.summarize(values);
    }

    static Verdict verdict(Direction direction, PairedComparison p, double pHolm) {
        if (direction == Direction.NEUTRAL) {
            return Verdict.NOT_RANKED;
        }
        boolean clear = pHolm < ALPHA && (p.ciLow() > 0 || p.ciHigh() < 0);
        if (!clear) {
            return Verdict.NO_CLEAR_DIFFERENCE;
        }
        boolean aHigher = p.meanDiff() > 0;
        boolean aBetter = direction == Direction.HIGHER_IS_BETTER ? aHigher : !aHigher;
        return aBetter ? Verdict.A_BETTER : Verdict.B_BETTER;
    }
}
