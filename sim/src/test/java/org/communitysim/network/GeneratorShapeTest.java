package org.communitysim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communitysim.random.Rng;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.NetworkSpec;
import org.communitysim.scenario.NetworkType;
import org.junit.jupiter.api.Test;

/** Each generator has the structure its reference paper describes. */
class GeneratorShapeTest {

    private static NetworkSpec wattsStrogatz(int k, double p) {
        return Defaults.scenario().with("network.type", NetworkType.WATTS_STROGATZ).with("network.meanDegree", k)
                .with("network.rewireProbability", p).network();
    }

    @Test
    void barabasiAlbert_degreesAreHeavyTailed() {
        NetworkSpec spec = Defaults.NETWORK.withType(NetworkType.BARABASI_ALBERT).withMeanDegree(10);
        TrustNetwork ba = Networks.generate(spec, Graphs.population(5_000, 1), new Rng(1));
        TrustNetwork er = Networks.generate(spec.withType(NetworkType.ERDOS_RENYI), Graphs.population(5_000, 1),
                new Rng(1));

        // hubs of order m·√n (≈ 350 here) against a Poisson maximum near 25
        assertTrue(Graphs.maxDegree(ba) > 8 * ba.meanDegree(), "BA max degree " + Graphs.maxDegree(ba));
        assertTrue(Graphs.maxDegree(er) < 3 * er.meanDegree(), "ER max degree " + Graphs.maxDegree(er));
        for (int v = 0; v < ba.size(); v++) {
            assertTrue(ba.degree(v) >= 5, "every newcomer brings m = 5 ties");
        }
    }

    @Test
    void wattsStrogatz_withoutRewiringIsAPureLattice() {
        int n = 1_000;
        TrustNetwork net = Networks.generate(wattsStrogatz(10, 0), Graphs.population(n, 1), new Rng(1));

        for (int v = 0; v < n; v++) {
            assertEquals(10, net.degree(v));
            for (int j = 1; j <= 5; j++) {
                assertTrue(net.weightBetween(v, (v + j) % n) > 0, v + " tied to its ring neighbour at " + j);
            }
        }
        // ring lattice clustering 3(k − 2) / (4(k − 1)) (Watts & Strogatz 1998)
        assertEquals(3.0 * 8 / (4 * 9), Graphs.clustering(net), 1e-12);
    }

    @Test
    void wattsStrogatz_rewiringKeepsTieCountAndLowersClustering() {
        int n = 1_000;
        TrustNetwork net = Networks.generate(wattsStrogatz(10, 0.2), Graphs.population(n, 1), new Rng(1));

        assertEquals(5L * n, net.tieCount(), "rewiring moves ties, never merges them");
        double c = Graphs.clustering(net);
        // expected ≈ C(0)·(1 − p)³ = 0.34 (Barrat & Weigt 2000)
        assertTrue(c > 0.28 && c < 0.40, "clustering after rewiring: " + c);
    }

    @Test
    void wattsStrogatz_nearerLatticeTiesAreStronger() {
        int n = 500;
        TrustNetwork net = Networks.generate(wattsStrogatz(20, 0), Graphs.population(n, 1), new Rng(1));
        // k/2 = 10 per side: nearest 1 strong, next 2 medium
        assertEquals(1.0f, net.weightBetween(7, 8));
        assertEquals(0.5f, net.weightBetween(7, 10));
        assertEquals(0.2f, net.weightBetween(7, 11));
        assertEquals(0.2f, net.weightBetween(7, 17));
    }

    @Test
    void erdosRenyi_hasExactlyTheRequestedTieCount() {
        NetworkSpec spec = Defaults.NETWORK.withType(NetworkType.ERDOS_RENYI);
        assertEquals(Math.round(3_000 * 49 / 2.0),
                Networks.generate(spec, Graphs.population(3_000, 1), new Rng(1)).tieCount());
        // dense case, by selection sampling: 2,450 of the 4,950 pairs among 100 persons
        assertEquals(2_450, Networks.generate(spec, Graphs.population(100, 1), new Rng(1)).tieCount());
    }

    @Test
    void erdosRenyi_layersAreDrawnByShares() {
        TrustNetwork net = Networks.generate(Defaults.NETWORK.withType(NetworkType.ERDOS_RENYI),
                Graphs.population(3_000, 1), new Rng(2));
        long strong = 0;
        for (int k = 0; k < 2 * net.tieCount(); k++) {
            strong += net.weight(k) == 1.0f ? 1 : 0;
        }
        assertEquals(0.1, strong / (2.0 * net.tieCount()), 0.005);
    }
}
