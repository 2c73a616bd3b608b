package org.communitysim.experiments.optimisation;

import java.util.List;
import java.util.Locale;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.model.Outcome;

/**
 * What {@code optimise} seeks (docs/optimisation.md "The objective"): per run, a weighted sum of declared outcomes
 * (one outcome with weight 1 in the simplest case); over the replicates of a candidate, its mean, a quantile (a
 * risk-averse user maximises e.g. the 10th percentile), or the probability that it reaches a threshold; maximised
 * or minimised.
 *
 * @param terms     the outcomes and their weights
 * @param statistic how the runs' values are summarised
 * @param q         the quantile for {@link Statistic#QUANTILE}
 * @param atLeast   the threshold for {@link Statistic#PROBABILITY}: P(value ≥ atLeast)
 * @param maximise  whether larger is better
 */
public record Objective(List<Term> terms, Statistic statistic, double q, double atLeast, boolean maximise) {

    public Objective {
        terms = List.copyOf(terms);
    }

    /** One outcome and its weight. */
    public record Term(Outcome outcome, double weight) {
    }

    /** How the runs' values of a candidate are summarised. */
    public enum Statistic {
        MEAN, QUANTILE, PROBABILITY;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The per-run value: Σ weight × outcome (NaN when an outcome is undefined in that run). */
    public double value(double[] outcomes) {
        double v = 0;
        for (Term t : terms) {
            v += t.weight() * outcomes[t.outcome().ordinal()];
        }
        return v;
    }

    /** The per-run values of runs given as [run][outcome ordinal]. */
    public double[] values(double[][] runs) {
        double[] y = new double[runs.length];
        for (int r = 0; r < y.length; r++) {
            y[r] = value(runs[r]);
        }
        return y;
    }

    /**
     * The per-run quantity the statistic averages: the value itself for the mean, the indicator value ≥ atLeast
     * for the probability (a paired t-test on indicators compares probabilities); NaN values are kept.
     */
    public double[] perRun(double[] values) {
        if (statistic != Statistic.PROBABILITY) {
            return values.clone();
        }
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.isNaN(values[i]) ? Double.NaN : values[i] >= atLeast ? 1 : 0;
        }
        return out;
    }

    /** The statistic over the runs' values (NaN values left out; NaN if none is left). */
    public double summarise(double[] values) {
        double[] v = java.util.Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return switch (statistic) {
            case MEAN -> java.util.Arrays.stream(v).sum() / v.length;
            case QUANTILE -> Stats.quantile(v, q);
            case PROBABILITY -> java.util.Arrays.stream(v).filter(x -> x >= atLeast).count() / (double) v.length;
        };
    }

    /** How the objective reads, e.g. {@code mean of final_active} or {@code P(1·final_active − 50·churn_rate ≥ 80)}. */
    public String describe() {
        StringBuilder sum = new StringBuilder();
        for (Term t : terms) {
            if (sum.length() > 0) {
                sum.append(t.weight() < 0 ? " − " : " + ");
            } else if (t.weight() < 0) {
                sum.append("−");
            }
            double w = Math.abs(t.weight());
            sum.append(w == 1 ? "" : num(w) + "·").append(t.outcome().column());
        }
        String body = sum.toString();
        return switch (statistic) {
            case MEAN -> "mean of " + body;
            case QUANTILE -> "q" + num(q) + " of " + body;
            case PROBABILITY -> "P(" + body + " ≥ " + num(atLeast) + ")";
        };
    }

    static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
}
