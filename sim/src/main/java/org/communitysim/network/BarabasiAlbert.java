package org.communitysim.network;

import java.util.Arrays;
import org.communitysim.random.Rng;
import org.communitysim.scenario.NetworkSpec;

/**
 * Preferential attachment (Barabási &amp; Albert 1999): from a clique of m + 1 persons, each newcomer ties to
 * m = max(1, round(meanDegree/2)) distinct persons chosen in proportion to their degree. Degree-proportional
 * choice is a uniform pick from the list of all tie endpoints so far (each person appears once per tie).
 * Layers are drawn at random by the shares.
 */
final class BarabasiAlbert {
    private BarabasiAlbert() {
    }

    static TrustNetwork generate(NetworkSpec spec, int n, Rng rng) {
        Layers layers = Layers.of(spec);
        int m = (int) Math.max(1, Math.round(spec.meanDegree() / 2));
        int core = Math.min(n, m + 1);
        long ties = (long) core * (core - 1) / 2 + (long) (n - core) * m;
        if (2 * ties > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many ties for one network: " + ties);
        }
        EdgeBuffer edges = new EdgeBuffer(n, (int) ties);
        int[] endpoints = new int[(int) (2 * ties)];
        int filled = 0;
        for (int a = 0; a < core; a++) {
            for (int b = a + 1; b < core; b++) {
                edges.add(a, b, layers.random(rng));
                endpoints[filled++] = a;
                endpoints[filled++] = b;
            }
        }
        int[] chosenBy = new int[n]; // chosenBy[t] == v: newcomer v already picked t
        Arrays.fill(chosenBy, -1);
        int[] chosen = new int[m];
        for (int v = core; v < n; v++) {
            int pool = filled; // the newcomer's own ties do not count towards its choices
            for (int c = 0; c < m; ) {
                int t = endpoints[rng.nextInt(pool)];
                if (chosenBy[t] != v) {
                    chosenBy[t] = v;
                    chosen[c++] = t;
                }
            }
            for (int t : chosen) {
                edges.add(v, t, layers.random(rng));
                endpoints[filled++] = v;
                endpoints[filled++] = t;
            }
        }
        return edges.build().network();
    }
}
