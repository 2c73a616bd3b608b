package org.communitysim.model;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.TDistribution;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;

/** Test support: runs replicates of a scenario in parallel and gives paired confidence intervals. */
final class Replicates {
    static final long MASTER_SEED = 20261122L;

    private Replicates() {
    }

    /** Replicates 0..r-1 of the scenario, in replicate order (seeds from {@link Seeds#runSeed}). */
    static List<RunResult> run(Scenario scenario, int r) {
        return IntStream.range(0, r).parallel()
                .mapToObj(i -> CommunityModel.run(scenario, Seeds.runSeed(MASTER_SEED, i)))
                .collect(Collectors.toList());
    }

    static double[] values(List<RunResult> runs, Outcome outcome) {
        return runs.stream().mapToDouble(r -> r.summary().get(outcome)).toArray();
    }

    static double[] values(List<RunResult> runs, ToDoubleFunction<RunResult> f) {
        return runs.stream().mapToDouble(f).toArray();
    }

    /** Mean of a series over days [from, to). */
    static double windowMean(RunResult r, DailyMetric metric, int from, int to) {
        double s = 0;
        for (int d = from; d < to; d++) {
            s += r.daily().get(metric, d);
        }
        return s / (to - from);
    }

    /** 95% Student-t confidence interval {low, mean, high} of the paired differences a − b (NaN pairs dropped). */
    static double[] pairedCi(double[] a, double[] b) {
        double[] d = IntStream.range(0, a.length).filter(i -> !Double.isNaN(a[i]) && !Double.isNaN(b[i]))
                .mapToDouble(i -> a[i] - b[i]).toArray();
        return ci(d);
    }

    /** 95% Student-t confidence interval {low, mean, high} of the values (NaN dropped). */
    static double[] ci(double[] values) {
        double[] v = java.util.Arrays.stream(values).filter(x -> !Double.isNaN(x)).toArray();
        int n = v.length;
        if (n < 2) {
            throw new AssertionError("need at least two values for a confidence interval, got " + n);
        }
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        return new double[] {mean - t * se, mean, mean + t * se};
    }

    /** Asserts that {@code f} is higher in {@code a} than in {@code b}: the paired 95% interval lies above 0. */
    static void assertHigher(List<RunResult> a, List<RunResult> b, ToDoubleFunction<RunResult> f, String claim) {
        double[] ci = pairedCi(values(a, f), values(b, f));
        if (!(ci[0] > 0)) {
            throw new AssertionError(claim + ": " + format(ci));
        }
    }

    static void assertHigher(List<RunResult> a, List<RunResult> b, Outcome outcome, String claim) {
        assertHigher(a, b, r -> r.summary().get(outcome), claim);
    }

    static String format(double[] ci) {
        return String.format(java.util.Locale.ROOT, "mean %.4f, 95%% CI [%.4f, %.4f]", ci[1], ci[0], ci[2]);
    }
}
