package org.communitysim.experiments.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.TDistribution;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.experiments.stats.Verdict;
import org.communitysim.model.Direction;
import org.communitysim.model.Outcome;
import org.communitysim.model.Unit;
import org.communitysim.scenario.Defaults;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The decision table's statistics against each other and against the truth: the verdict, the adjusted interval, the
 * adjusted p-value and P(A better) never contradict one another, even for cases built to sit on the boundary; the
 * intervals cover known differences as often as they claim; intervals of shares stay inside [0, 1].
 */
class ComparisonsTest {
    /** The decision table's family: 12 outcomes, higher and lower is better, counts and shares. */
    private static final List<Outcome> FAMILY = Kpis.KEY;
    private static final int M = FAMILY.size();

    @Test
    void verdict_casesNearTheBoundary_neverContradictsIntervalPOrProbability() {
        SplittableRandom random = new SplittableRandom(14);
        int n = 20;
        // the t value at which the adjusted interval just touches 0
        double critical = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - Comparisons.ALPHA / 2 / M);
        int clear = 0;
        int unclear = 0;
        double winnerShare = 0;
        for (int c = 0; c < 600; c++) {
            double[][] a = new double[n][Outcome.values().length];
            double[][] b = new double[n][Outcome.values().length];
            for (Outcome o : FAMILY) {
                // differences with mean/sd scaled so that t = critical × (0.9 … 1.1): half land on each side
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = random.nextGaussian();
                }
                double mean = java.util.Arrays.stream(d).average().orElseThrow();
                double sd = Math.sqrt(java.util.Arrays.stream(d).map(x -> (x - mean) * (x - mean)).sum() / (n - 1));
                double t = critical * (0.9 + 0.2 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
                double shift = t * sd / Math.sqrt(n) - mean;
                boolean share = o.unit() == Unit.SHARE || o.unit() == Unit.RATE_PER_DAY;
                double scale = share ? 0.01 : 10;
                double level = share ? 0.5 : 100;
                for (int i = 0; i < n; i++) {
                    b[i][o.ordinal()] = level + scale * random.nextGaussian() * 0.1;
                    a[i][o.ordinal()] = b[i][o.ordinal()] + scale * (d[i] + shift);
                }
            }
            for (Decision row : Comparisons.pair(runs("a", a), runs("b", b), FAMILY, false, 0)) {
                boolean excludes = row.adjusted().ciLow() > 0 || row.adjusted().ciHigh() < 0;
                boolean verdictClear = row.verdict() == Verdict.A_BETTER || row.verdict() == Verdict.B_BETTER;
                assertEquals(excludes, verdictClear, "verdict beside its interval: " + row);
                if (Math.abs(row.adjusted().p() - Comparisons.ALPHA) > 1e-9) {
                    assertEquals(excludes, row.adjusted().p() < Comparisons.ALPHA, "p beside its interval: " + row);
                }
                assertEquals(M, row.adjusted().family());
                if (verdictClear) {
                    boolean aHigher = row.adjusted().ciLow() > 0;
                    boolean aBetter = aHigher == (row.direction() == Direction.HIGHER_IS_BETTER);
                    assertEquals(aBetter ? Verdict.A_BETTER : Verdict.B_BETTER, row.verdict(), row.toString());
                    // P(A better) follows the direction: the winner is better in most pairs (symmetric noise)
                    winnerShare += aBetter ? row.probABetter() : 1 - row.probABetter();
                    clear++;
                } else {
                    unclear++;
                }
                double greater = row.paired().probAGreater();
                assertEquals(row.direction() == Direction.LOWER_IS_BETTER ? 1 - greater : greater,
                        row.probABetter(), 1e-12, "P(A better) by direction");
            }
        }
        assertTrue(clear > 2000 && unclear > 2000, "both sides of the boundary generated: " + clear + "/" + unclear);
        // t ≈ 3.5 with 20 pairs: the standardised mean is 0.78, so the winner is better in about 78% of pairs
        assertTrue(winnerShare / clear > 0.7, "the winner's share of better pairs: " + winnerShare / clear);
    }

    @Test
    @Tag("slow")
    void adjustedIntervals_knownDifferences_coverAllTogetherAtLeast95Percent() {
        SplittableRandom random = new SplittableRandom(2024);
        int n = 30;
        int trials = 2000;
        int allCovered = 0;
        int single = 0;
        int singleCovered = 0;
        double[] truth = new double[M];
        for (int k = 0; k < M; k++) {
            truth[k] = k % 3 == 0 ? 0 : 0.3 * (k - 5); // nulls and real differences of both signs
        }
        for (int c = 0; c < trials; c++) {
            double[][] a = new double[n][Outcome.values().length];
            double[][] b = new double[n][Outcome.values().length];
            for (int k = 0; k < M; k++) {
                Outcome o = FAMILY.get(k);
                boolean share = o.unit() == Unit.SHARE || o.unit() == Unit.RATE_PER_DAY;
                for (int i = 0; i < n; i++) {
                    double common = share ? 0.5 : 100 + 5 * random.nextGaussian(); // shared by the pair (CRN)
                    double scale = share ? 0.01 : 1;
                    b[i][o.ordinal()] = common;
                    a[i][o.ordinal()] = common + scale * (truth[k] + random.nextGaussian());
                }
            }
            boolean all = true;
            List<Decision> rows = Comparisons.pair(runs("a", a), runs("b", b), FAMILY, false, 0);
            for (int k = 0; k < M; k++) {
                Outcome o = FAMILY.get(k);
                double scale = o.unit() == Unit.SHARE || o.unit() == Unit.RATE_PER_DAY ? 0.01 : 1;
                boolean covered = rows.get(k).adjusted().ciLow() <= scale * truth[k]
                        && scale * truth[k] <= rows.get(k).adjusted().ciHigh();
                all &= covered;
                single++;
                singleCovered += covered ? 1 : 0;
            }
            allCovered += all ? 1 : 0;
        }
        // independent outcomes: Bonferroni's joint coverage is (1 − 0.05/12)^12 = 0.9511; tolerance 4 binomial sd
        double joint = (double) allCovered / trials;
        double sd = Math.sqrt(0.95 * 0.05 / trials);
        assertTrue(joint >= 0.95 - 4 * sd && joint <= 0.9511 + 4 * sd, "joint coverage " + joint);
        double each = (double) singleCovered / single;
        double sdEach = Math.sqrt(0.0042 * 0.9958 / single);
        assertEquals(1 - 0.05 / M, each, 4 * sdEach, "coverage of each interval");
    }

    @Test
    @Tag("slow")
    void shareIntervals_nearZero_stayInRangeAndLoseNoCoverage() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 15;
        int trials = 2000;
        int covered = 0;
        int coveredUncut = 0;
        double p = 0.03; // a rare event: most replicates 0, a few 1 (like "dead")
        for (int c = 0; c < trials; c++) {
            double[][] a = new double[n][Outcome.values().length];
            double[][] b = new double[n][Outcome.values().length];
            for (int i = 0; i < n; i++) {
                a[i][Outcome.DEAD.ordinal()] = random.nextDouble() < p ? 1 : 0;
                b[i][Outcome.DEAD.ordinal()] = random.nextDouble() < p ? 1 : 0;
                a[i][Outcome.FINAL_ACTIVE_SHARE.ordinal()] = Math.min(1, 0.99 + 0.02 * random.nextDouble());
                b[i][Outcome.FINAL_ACTIVE_SHARE.ordinal()] = 0.01 * random.nextDouble();
            }
            List<Decision> rows = Comparisons.pair(runs("a", a), runs("b", b),
                    List.of(Outcome.DEAD, Outcome.FINAL_ACTIVE_SHARE), false, 0);
            for (Decision d : rows) {
                for (double bound : new double[] {d.summaryA().ciLow(), d.summaryA().ciHigh(), d.summaryB().ciLow(),
                    d.summaryB().ciHigh()}) {
                    assertTrue(Double.isNaN(bound) || bound >= 0 && bound <= 1, "a share's mean in [0, 1]: " + d);
                }
                for (double bound : new double[] {d.adjusted().ciLow(), d.adjusted().ciHigh(), d.paired().ciLow(),
                    d.paired().ciHigh()}) {
                    assertTrue(Double.isNaN(bound) || bound >= -1 && bound <= 1, "a difference of shares: " + d);
                }
            }
            var dead = Comparisons.summary(Outcome.DEAD, column(a, Outcome.DEAD), false, 0);
            var uncut = org.communitysim.experiments.stats.Stats.summarize(column(a, Outcome.DEAD));
            covered += dead.ciLow() <= p && p <= dead.ciHigh() ? 1 : 0;
            coveredUncut += uncut.ciLow() <= p && p <= uncut.ciHigh() ? 1 : 0;
        }
        assertEquals(coveredUncut, covered, "cutting at the possible range never drops the true value");
    }

    @Test
    void summary_cutAtTheOutcomesDeclaredRange_notAtItsUnits() {
        // few replicates of a quantity near 0 that cannot be negative: the t interval reaches below 0
        double[] postValue = {0.002, 0.004, 0.3, 0.001};
        assertTrue(org.communitysim.experiments.stats.Stats.summarize(postValue).ciLow() < 0, "the raw interval");
        var s = Comparisons.summary(Outcome.MEAN_POST_VALUE_FINAL, postValue, false, 0);
        assertEquals(0, s.ciLow(), "a post value is not negative");
        assertEquals(org.communitysim.experiments.stats.Stats.summarize(postValue).ciHigh(), s.ciHigh());
        assertEquals(0, Comparisons.summary(Outcome.COST_ADS, new double[] {0, 0, 30}, false, 0).ciLow());
        assertEquals(0, Comparisons.summary(Outcome.GROUPS_ALIVE_FINAL, new double[] {0, 0, 1}, false, 0).ciLow());
        assertEquals(1, Comparisons.summary(Outcome.GROUPS_ALIVE_FINAL, new double[] {1, 1, 0}, false, 0).ciHigh());
        // a return on investment is a "share" of the cost but lies in [−1, ∞): a loss is not cut at 0, a gain not at 1
        var roi = Comparisons.summary(Outcome.ROI, new double[] {-0.6, -0.4, -0.5}, false, 0);
        assertTrue(roi.ciLow() < -0.6 && roi.ciHigh() < 0, "a loss stays a loss: " + roi);
        assertEquals(-1, Comparisons.summary(Outcome.ROI, new double[] {-0.99, -0.2, -0.98}, false, 0).ciLow());
        assertTrue(Comparisons.summary(Outcome.ROI, new double[] {1.5, 2.5, 2.0}, false, 0).ciHigh() > 2.5);
        var profit = Comparisons.summary(Outcome.PROFIT, new double[] {-2000, -1000, 500}, false, 0);
        assertTrue(profit.ciLow() < -2000 && profit.ciHigh() > 500, "a profit is not cut: " + profit);
        var satisfaction = Comparisons.summary(Outcome.MEAN_SATISFACTION_FINAL, new double[] {-0.1, 0.1, 0}, false, 0);
        assertTrue(satisfaction.ciLow() < -0.1, "a satisfaction can be negative: " + satisfaction);
    }

    @Test
    void pair_differencesCutAtTheRangesWidth_sharesAtOne_roiNot() {
        double[][] a = new double[3][Outcome.values().length];
        double[][] b = new double[3][Outcome.values().length];
        double[] roiA = {3, 1, 0.2};
        double[] roiB = {-0.9, -0.5, -0.8};
        double[] shareA = {1, 0, 1};
        for (int i = 0; i < 3; i++) {
            a[i][Outcome.ROI.ordinal()] = roiA[i];
            b[i][Outcome.ROI.ordinal()] = roiB[i];
            a[i][Outcome.FINAL_ACTIVE_SHARE.ordinal()] = shareA[i];
        }
        List<Decision> rows = Comparisons.pair(runs("a", a), runs("b", b),
                List.of(Outcome.ROI, Outcome.FINAL_ACTIVE_SHARE), false, 0);
        double[] raw = org.communitysim.experiments.stats.Stats.pairedInterval(roiA, roiB, 1 - 0.05 / 2);
        assertEquals(raw[0], rows.get(0).adjusted().ciLow(), "a difference of returns is not cut at −1");
        assertEquals(raw[1], rows.get(0).adjusted().ciHigh(), "nor at +1");
        assertTrue(raw[0] < -1 && raw[1] > 1, "the case reaches past ±1");
        assertEquals(-1, rows.get(1).adjusted().ciLow(), "a difference of shares stops at −1");
        assertEquals(1, rows.get(1).adjusted().ciHigh(), "and at +1");
    }

    @Test
    void againstBaseline_eachVariantIsAAndTheBaselineB() {
        double[][] base = new double[3][Outcome.values().length];
        double[][] v1 = new double[3][Outcome.values().length];
        double[][] v2 = new double[3][Outcome.values().length];
        List<Decision> rows = Comparisons.againstBaseline(List.of(runs("base", base), runs("v1", v1),
                runs("v2", v2)), FAMILY, false, 0);
        assertEquals(2 * M, rows.size(), "variants are not compared with each other");
        assertEquals(List.of("v1", "v2"), rows.stream().map(Decision::a).distinct().toList());
        assertTrue(rows.stream().allMatch(d -> d.b().equals("base")));
    }

    private static double[] column(double[][] outcomes, Outcome o) {
        return java.util.Arrays.stream(outcomes).mapToDouble(r -> r[o.ordinal()]).toArray();
    }

    private static ScenarioRuns runs(String name, double[][] outcomes) {
        return new ScenarioRuns(Defaults.scenario().named(name, ""), new long[outcomes.length], outcomes,
                TestBands.of(1, (m, d) -> new double[5]));
    }
}
