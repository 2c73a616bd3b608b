package org.communitysim.network;

import java.util.Arrays;
import org.communitysim.population.Population;
import org.communitysim.random.Rng;
import org.communitysim.scenario.NetworkSpec;

/**
 * The default trust network (docs/model.md §2 and appendix "network"): persons sit on a ring ordered by main
 * topic, so nearby persons share interests; each draws a log-normal tie count and initiates half of it,
 * a share {@code longTieShare} to uniformly random persons (weak), the rest to persons at a geometric ring
 * distance. The nearest of a person's local ties are strong, the next medium, the rest weak. A small world
 * (Watts &amp; Strogatz 1998) whose locality is interest: homophily (McPherson, Smith-Lovin &amp; Cook 2001)
 * comes from the ring order, not from a rule per tie. Ties drawn twice merge, so the counts are scaled up
 * by {@link DegreeCalibration} to make the realised mean degree the one asked for.
 */
final class HomophilousSmallWorld {
    private HomophilousSmallWorld() {
    }

    static TrustNetwork generate(NetworkSpec spec, Population population, Rng rng) {
        int n = population.size();
        Layers layers = Layers.of(spec);
        int[] ring = ringByTopic(population, rng);
        double q = Math.min(1, 1 / spec.ringDistanceMean()); // a mean <= 1 puts every local tie next door
        double scale = DegreeCalibration.initiationScale(spec.meanDegree(), spec.degreeSigma(), n, q,
                spec.longTieShare());
        EdgeBuffer edges = new EdgeBuffer(n, (int) Math.min(Integer.MAX_VALUE - 8L,
                (long) (n * spec.meanDegree() * 0.55)));
        int[] distances = new int[64];
        double rate = -Math.log1p(-q); // of the geometric ring distance; infinite when q = 1: always distance 1
        for (int pos = 0; pos < n; pos++) {
            int person = ring[pos];
            double half = 0.5 * scale * rng.logNormalWithMean(spec.meanDegree(), spec.degreeSigma());
            int count = roundRandomly(half, rng);
            int local = 0;
            for (int k = 0; k < count; k++) {
                if (rng.bernoulli(spec.longTieShare())) {
                    int other = rng.nextInt(n - 1);
                    edges.add(person, other >= person ? other + 1 : other, layers.weak());
                } else {
                    if (local == distances.length) {
                        distances = Arrays.copyOf(distances, 2 * local);
                    }
                    distances[local++] = ringDistance(rate, n, rng);
                }
            }
            // nearest first: the layer is a matter of closeness, the direction is drawn afterwards
            Arrays.sort(distances, 0, local);
            int strongEnd = roundRandomly(local * layers.strongShare(), rng);
            int mediumEnd = Math.min(local, strongEnd + roundRandomly(local * layers.mediumShare(), rng));
            for (int r = 0; r < local; r++) {
                int d = rng.bernoulli(0.5) ? distances[r] : n - distances[r];
                int at = pos + d; // pos < n and 1 <= d < n: at most one wrap, no division
                edges.add(person, ring[at >= n || at < 0 ? (int) ((pos + (long) d) - n) : at],
                        layers.byRank(r, strongEnd, mediumEnd));
            }
        }
        return edges.build().network();
    }

    /** Ring position → person: main-topic blocks in topic order, persons shuffled within a block. */
    static int[] ringByTopic(Population population, Rng rng) {
        int n = population.size();
        int[] shuffled = new int[n];
        for (int i = 0; i < n; i++) {
            shuffled[i] = i;
        }
        for (int i = n - 1; i > 0; i--) { // Fisher–Yates
            int j = rng.nextInt(i + 1);
            int t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        int[] start = new int[population.topics() + 1];
        for (int i = 0; i < n; i++) {
            start[population.mainTopic(i) + 1]++;
        }
        for (int t = 0; t < population.topics(); t++) {
            start[t + 1] += start[t];
        }
        int[] ring = new int[n];
        for (int person : shuffled) { // stable counting sort keeps the shuffled order inside a block
            ring[start[population.mainTopic(person)]++] = person;
        }
        return ring;
    }

    /**
     * Geometric ring distance d >= 1 with success probability q (given as {@code rate} = −ln(1 − q), computed once
     * per network), reduced modulo n; d ≡ 0 (oneself) is redrawn. Most distances are below n: no division then.
     */
    private static int ringDistance(double rate, int n, Rng rng) {
        while (true) {
            double d = 1 + Math.floor(rng.nextExponential() / rate);
            long whole = (long) Math.min(d, 0x1p62);
            long mod = whole < n ? whole : whole % n;
            if (mod != 0) {
                return (int) mod;
            }
        }
    }

    /** floor(x), plus one with probability frac(x): integer with expectation exactly x. */
    private static int roundRandomly(double x, Rng rng) {
        double floor = Math.floor(x);
        return (int) floor + (rng.bernoulli(x - floor) ? 1 : 0);
    }
}
