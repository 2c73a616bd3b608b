package org.communitysim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communitysim.population.Population;
import org.communitysim.random.Rng;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.NetworkSpec;

/** Measurements and invariant checks on networks, shared by the tests of this package. */
final class Graphs {
    private Graphs() {
    }

    static Population population(int n, long seed) {
        return Population.draw(Defaults.POPULATION, n, new Rng(seed));
    }

    /** The CSR invariants every network must meet: sorted rows without self-loops or duplicates, symmetric weights. */
    static void assertWellFormed(TrustNetwork net) {
        long endpoints = 0;
        for (int v = 0; v < net.size(); v++) {
            for (int k = net.rowStart(v); k < net.rowEnd(v); k++) {
                int t = net.target(k);
                assertTrue(t >= 0 && t < net.size(), "target in range");
                assertTrue(t != v, "self-loop at " + v);
                if (k > net.rowStart(v)) {
                    assertTrue(net.target(k - 1) < t, "row " + v + " sorted without duplicates");
                }
                assertEquals(net.weight(k), net.weightBetween(t, v), "tie " + v + "-" + t + " symmetric");
                endpoints++;
            }
        }
        assertEquals(2 * net.tieCount(), endpoints);
    }

    /** Whether every tie weight is one of the spec's three layer weights. */
    static boolean weightsAreLayers(TrustNetwork net, NetworkSpec spec) {
        for (int k = 0; k < 2 * net.tieCount(); k++) {
            float w = net.weight(k);
            if (w != (float) spec.strongWeight() && w != (float) spec.mediumWeight() && w != (float) spec.weakWeight()) {
                return false;
            }
        }
        return true;
    }

    static boolean sameTies(TrustNetwork x, TrustNetwork y) {
        if (x.size() != y.size() || x.tieCount() != y.tieCount()) {
            return false;
        }
        for (int v = 0; v <= x.size() - 1; v++) {
            if (x.rowStart(v) != y.rowStart(v)) {
                return false;
            }
        }
        for (int k = 0; k < 2 * x.tieCount(); k++) {
            if (x.target(k) != y.target(k) || x.weight(k) != y.weight(k)) {
                return false;
            }
        }
        return true;
    }

    /** Pearson correlation of a trait between the two ends of a tie (each tie counted in both directions). */
    static double tieCorrelation(TrustNetwork net, double[] trait) {
        double sum = 0;
        double sumSq = 0;
        double sumProduct = 0;
        long ends = 0;
        for (int v = 0; v < net.size(); v++) {
            for (int k = net.rowStart(v); k < net.rowEnd(v); k++) {
                sum += trait[v];
                sumSq += trait[v] * trait[v];
                sumProduct += trait[v] * trait[net.target(k)];
                ends++;
            }
        }
        double mean = sum / ends;
        return (sumProduct / ends - mean * mean) / (sumSq / ends - mean * mean);
    }

    /** Mean local clustering coefficient (Watts &amp; Strogatz 1998); persons with fewer than two ties count 0. */
    static double clustering(TrustNetwork net) {
        double total = 0;
        for (int v = 0; v < net.size(); v++) {
            int d = net.degree(v);
            if (d < 2) {
                continue;
            }
            long closed = 0;
            for (int i = net.rowStart(v); i < net.rowEnd(v); i++) {
                for (int j = i + 1; j < net.rowEnd(v); j++) {
                    if (net.weightBetween(net.target(i), net.target(j)) > 0) {
                        closed++;
                    }
                }
            }
            total += closed / (d * (d - 1) / 2.0);
        }
        return total / net.size();
    }

    static int maxDegree(TrustNetwork net) {
        int max = 0;
        for (int v = 0; v < net.size(); v++) {
            max = Math.max(max, net.degree(v));
        }
        return max;
    }
}
