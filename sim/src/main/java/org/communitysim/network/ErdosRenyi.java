package org.communitysim.network;

import org.communitysim.random.Rng;
import org.communitysim.scenario.NetworkSpec;

/**
 * G(n, m): exactly m = round(n·meanDegree/2) distinct ties, uniformly among all pairs (Erdős &amp; Rényi 1959).
 * Layers are drawn at random by the shares: nothing here makes one tie nearer than another.
 */
final class ErdosRenyi {
    private ErdosRenyi() {
    }

    static TrustNetwork generate(NetworkSpec spec, int n, Rng rng) {
        Layers layers = Layers.of(spec);
        long pairs = (long) n * (n - 1) / 2;
        long m = Math.min(pairs, Math.round(n * spec.meanDegree() / 2));
        if (m > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many ties for one network: " + m);
        }
        return 4 * m >= pairs ? dense(n, (int) m, layers, rng) : sparse(n, (int) m, layers, rng);
    }

    /**
     * Pairs drawn with replacement; a duplicate merges when the buffer is built, so the missing ties are drawn
     * again until m are distinct. With m below a quarter of all pairs each round loses under a quarter.
     */
    private static TrustNetwork sparse(int n, int m, Layers layers, Rng rng) {
        EdgeBuffer edges = new EdgeBuffer(n, m + m / 64);
        long distinct = 0;
        TrustNetwork network;
        do {
            for (long k = distinct; k < m; k++) {
                int a = rng.nextInt(n);
                int b = rng.nextInt(n - 1);
                edges.add(a, b >= a ? b + 1 : b, layers.random(rng));
            }
            network = edges.build().network();
            distinct = network.tieCount();
        } while (distinct < m);
        return network;
    }

    /** Selection sampling over all pairs in order (Knuth, TAOCP vol. 2, Algorithm S): for small, dense networks. */
    private static TrustNetwork dense(int n, int m, Layers layers, Rng rng) {
        EdgeBuffer edges = new EdgeBuffer(n, m);
        long remaining = (long) n * (n - 1) / 2;
        int needed = m;
        for (int a = 0; a < n && needed > 0; a++) {
            for (int b = a + 1; b < n && needed > 0; b++, remaining--) {
                if (rng.nextDouble() * remaining < needed) {
                    edges.add(a, b, layers.random(rng));
                    needed--;
                }
            }
        }
        return edges.build().network();
    }
}
