package org.communitysim.network;

import org.communitysim.random.Rng;
import org.communitysim.scenario.NetworkSpec;

/**
 * Watts &amp; Strogatz (1998): a ring lattice where each person is tied to the k/2 nearest on each side
 * (k = meanDegree rounded to even, at least 2), each tie rewired with probability {@code rewireProbability}
 * to a uniformly random person, never to oneself or to a person already tied (as in networkx). Layers follow
 * nearness as in the homophilous small world: lattice ties to the nearest {@code strongShare} of the k/2
 * ring neighbours are strong, the next {@code mediumShare} medium, the rest weak; rewired ties, being the
 * long-range shortcuts, are weak.
 */
final class WattsStrogatz {
    /** Give up rewiring one tie after this many rejected targets (only reachable in near-complete graphs). */
    private static final int MAX_ATTEMPTS = 100;

    private WattsStrogatz() {
    }

    static TrustNetwork generate(NetworkSpec spec, int n, Rng rng) {
        Layers layers = Layers.of(spec);
        int h = spec.latticeHalfDegree(); // k/2 ties per side
        if (2 * h >= n || (long) n * h > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a Watts–Strogatz lattice of degree " + 2 * h
                    + " needs more than " + 2 * h + " and fewer than 2^31/" + h + " persons, got " + n);
        }
        // tie e = u·h + (j − 1) joins u and other[e]; before rewiring other[e] = u + j (mod n)
        int[] other = new int[n * h];
        for (int u = 0; u < n; u++) {
            for (int j = 1; j <= h; j++) {
                other[u * h + j - 1] = (u + j) % n;
            }
        }
        for (int j = 1; j <= h; j++) { // ring by ring, as in the original construction
            for (int u = 0; u < n; u++) {
                if (rng.bernoulli(spec.rewireProbability())) {
                    rewire(other, u * h + j - 1, u, h, n, rng);
                }
            }
        }
        int strongEnd = (int) Math.round(h * layers.strongShare());
        int mediumEnd = (int) Math.round(h * (layers.strongShare() + layers.mediumShare()));
        EdgeBuffer edges = new EdgeBuffer(n, n * h);
        for (int e = 0; e < other.length; e++) {
            int u = e / h;
            int rank = e % h;
            boolean lattice = other[e] == (u + rank + 1) % n;
            edges.add(u, other[e], lattice ? layers.byRank(rank, strongEnd, mediumEnd) : layers.weak());
        }
        return edges.build().network();
    }

    private static void rewire(int[] other, int e, int u, int h, int n, Rng rng) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            int t = rng.nextInt(n);
            if (t != u && !tied(other, u, t, h) && !tied(other, t, u, h)) {
                other[e] = t;
                return;
            }
        }
    }

    /** Whether one of the ties stored with {@code owner} goes to {@code t}; every tie is stored with one end. */
    private static boolean tied(int[] other, int owner, int t, int h) {
        for (int e = owner * h, end = e + h; e < end; e++) {
            if (other[e] == t) {
                return true;
            }
        }
        return false;
    }
}
