package org.communitysim.experiments.validation;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.World;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Scenario;

/**
 * Joining versus friends in the group (Backstrom, Huttenlocher, Kleinberg &amp; Lan 2006). Every exposure is
 * logged: a non-member who may join with k ≥ 1 ties to members at the start of a day, the number of pairs of
 * those friends tied to each other, and whether the person joined that day. P(join | k) is the daily joining
 * probability pooled over exposures. Checked: it rises with k; it has diminishing returns at large k (the slope
 * between k bins falls); and at equal k it is higher when some of the friends are tied to each other
 * (Cochran–Mantel–Haenszel over k = 2…8). Whether it is concave from k = 2 is reported, not assumed.
 */
public final class JoinVsFriendsCheck {
    public static final String ID = "join-vs-friends";
    /** Exposures with more friends inside are pooled in the last row. */
    public static final int K_MAX = 20;
    /** Bins of k for the shape: {1}, {2}, {3, 4}, {5..8}, {9..16}. */
    static final int[][] BINS = {{1, 1}, {2, 2}, {3, 4}, {5, 8}, {9, 16}};
    /** Required significance (z) of each rise, of the falling slope, and of the tied-friends effect. */
    public static final double Z = 2.0;

    private JoinVsFriendsCheck() {
    }

    /**
     * Counts by k (index k, 1..K_MAX; K_MAX pools larger k): exposures and joins, split by whether at least
     * one pair of the k friends is tied (k ≥ 2), and the sum of k over exposures (for bin means).
     */
    public record Result(int runs, long[] exposuresUntied, long[] joinsUntied, long[] exposuresTied, long[] joinsTied) {

        public long exposures(int k) {
            return exposuresUntied[k] + exposuresTied[k];
        }

        public long joins(int k) {
            return joinsUntied[k] + joinsTied[k];
        }

        public double p(int k) {
            return (double) joins(k) / exposures(k);
        }

        public double pTied(int k) {
            return (double) joinsTied[k] / exposuresTied[k];
        }

        public double pUntied(int k) {
            return (double) joinsUntied[k] / exposuresUntied[k];
        }

        /** {P, variance of P, mean k} of a bin of k. */
        public double[] bin(int from, int to) {
            long e = 0;
            long j = 0;
            double kSum = 0;
            for (int k = from; k <= to; k++) {
                e += exposures(k);
                j += joins(k);
                kSum += (double) k * exposures(k);
            }
            double p = (double) j / e;
            return new double[] {p, p * (1 - p) / e, kSum / e};
        }

        /** z of each rise between consecutive bins. */
        public double[] riseZ() {
            double[] z = new double[BINS.length - 1];
            for (int b = 0; b + 1 < BINS.length; b++) {
                double[] lo = bin(BINS[b][0], BINS[b][1]);
                double[] hi = bin(BINS[b + 1][0], BINS[b + 1][1]);
                z[b] = (hi[0] - lo[0]) / Math.sqrt(lo[1] + hi[1]);
            }
            return z;
        }

        /** Slope of P per friend between consecutive bins. */
        public double[] slopes() {
            double[] s = new double[BINS.length - 1];
            for (int b = 0; b + 1 < BINS.length; b++) {
                double[] lo = bin(BINS[b][0], BINS[b][1]);
                double[] hi = bin(BINS[b + 1][0], BINS[b + 1][1]);
                s[b] = (hi[0] - lo[0]) / (hi[2] - lo[2]);
            }
            return s;
        }

        /**
         * z of "the slope between bins b and b+1 exceeds the slope between b+1 and b+2" (diminishing returns at
         * bin b+1), with the binomial variances of the three bins (the middle one enters both slopes).
         */
        public double concavityZ(int b) {
            double[] x = bin(BINS[b][0], BINS[b][1]);
            double[] y = bin(BINS[b + 1][0], BINS[b + 1][1]);
            double[] w = bin(BINS[b + 2][0], BINS[b + 2][1]);
            double d1 = y[2] - x[2];
            double d2 = w[2] - y[2];
            double diff = (y[0] - x[0]) / d1 - (w[0] - y[0]) / d2;
            double var = (x[1] + y[1]) / (d1 * d1) + (y[1] + w[1]) / (d2 * d2) + 2 * y[1] / (d1 * d2);
            return diff / Math.sqrt(var);
        }

        /** Cochran–Mantel–Haenszel z of "joins more often when some friends are tied", over k = 2..8. */
        public double tiedZ() {
            double num = 0;
            double var = 0;
            for (int k = 2; k <= 8; k++) {
                double n1 = exposuresTied[k];
                double n0 = exposuresUntied[k];
                double m1 = joinsTied[k] + joinsUntied[k];
                double total = n1 + n0;
                if (n1 == 0 || n0 == 0 || total < 2) {
                    continue;
                }
                num += joinsTied[k] - n1 * m1 / total;
                var += n1 * n0 * m1 * (total - m1) / (total * total * (total - 1));
            }
            return num / Math.sqrt(var);
        }

        List<Measure> measures() {
            List<Measure> out = new ArrayList<>();
            String[] names = {"1", "2", "3-4", "5-8", "9-16"};
            double[] rise = riseZ();
            for (int b = 0; b < rise.length; b++) {
                out.add(new Measure(ID, "P(join | k in " + names[b + 1] + ") - P(join | k in " + names[b] + "), z",
                        rise[b], Z, Double.POSITIVE_INFINITY, rise[b] >= Z, "rises: z >= 2"));
            }
            double last = concavityZ(BINS.length - 3);
            out.add(new Measure(ID, "slope 3-4 to 5-8 minus slope 5-8 to 9-16, z", last, Z, Double.POSITIVE_INFINITY,
                    last >= Z, "diminishing returns at large k: z >= 2"));
            for (int b = 0; b < BINS.length - 3; b++) {
                double z = concavityZ(b);
                out.add(Measure.info(ID, "slope " + names[b] + " to " + names[b + 1] + " minus slope " + names[b + 1]
                        + " to " + names[b + 2] + ", z", z, "reported: concave from k = 2 would need z > 0"));
            }
            double tied = tiedZ();
            out.add(new Measure(ID, "friends tied to each other vs not, equal k (CMH z, k = 2..8)", tied, Z,
                    Double.POSITIVE_INFINITY, tied >= Z, "higher when tied: z >= 2"));
            return out;
        }
    }

    /** The reference group without a size cap, so joining is never stopped by a full group. */
    public static Scenario scenario(int population) {
        Scenario s = Defaults.scenario().withPopulation(Defaults.POPULATION.withSize(population));
        return s.withGroup(s.group().withSizeCap(population))
                .named("join-vs-friends", "Reference group without a size cap; every exposure logged");
    }

    public static Result run(int population, int runs, long seed, int threads) {
        Scenario s = scenario(population);
        List<long[][]> perRun = Replicates.map(runs, threads, r -> {
            long runSeed = Seeds.runSeed(seed, r);
            long[][] c = new long[4][K_MAX + 1];
            CommunityModel m = new CommunityModel(s, World.build(s, runSeed), runSeed);
            m.setExposureListener((day, person, k, tiedPairs, joined) -> {
                int kk = Math.min(k, K_MAX);
                int tied = k >= 2 && tiedPairs > 0 ? 2 : 0;
                c[tied][kk]++;
                if (joined) {
                    c[tied + 1][kk]++;
                }
            });
            m.start();
            m.runToEnd();
            return c;
        });
        long[][] sum = new long[4][K_MAX + 1];
        for (long[][] c : perRun) {
            for (int i = 0; i < 4; i++) {
                for (int k = 0; k <= K_MAX; k++) {
                    sum[i][k] += c[i][k];
                }
            }
        }
        return new Result(runs, sum[0], sum[1], sum[2], sum[3]);
    }
}
