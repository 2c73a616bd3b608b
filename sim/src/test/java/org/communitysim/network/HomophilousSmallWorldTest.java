package org.communitysim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communitysim.population.Population;
import org.communitysim.random.Rng;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.NetworkSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default network at the reference size (docs/model.md §11 (network): 10,000 people, mean degree ≈ 49). */
class HomophilousSmallWorldTest {
    private static final int N = 10_000;
    private static Population population;
    private static TrustNetwork net;

    @BeforeAll
    static void generate() {
        population = Graphs.population(N, 3);
        net = Networks.generate(Defaults.NETWORK, population, new Rng(11));
    }

    @Test
    void generate_tiesPeopleOfSimilarAffinity() {
        // docs/model.md §3: affinity correlation across ties ≈ 0.5 (measured 0.45–0.48 over seeds at n = 10,000)
        for (int topic : new int[] {0, 5}) {
            double r = Graphs.tieCorrelation(net, population.affinityTo(topic));
            assertTrue(r > 0.3 && r < 0.8, "affinity correlation across ties for topic " + topic + ": " + r);
        }
    }

    @Test
    void generate_tiesMostlyWithinTheMainTopic() {
        long same = 0;
        for (int v = 0; v < N; v++) {
            for (int k = net.rowStart(v); k < net.rowEnd(v); k++) {
                same += population.mainTopic(v) == population.mainTopic(net.target(k)) ? 1 : 0;
            }
        }
        double share = same / (2.0 * net.tieCount());
        // random ties would share a topic 1/8 of the time; local ties nearly always do
        assertTrue(share > 0.6, "share of ties within a main topic: " + share);
    }

    @Test
    void generate_meanDegreeWithinTwoPercentOfTarget() {
        assertEquals(Defaults.NETWORK.meanDegree(), net.meanDegree(), 0.02 * Defaults.NETWORK.meanDegree());
    }

    @Test
    void generate_meanDegreeCalibratedForSpreadAndShortDistances() {
        // heavier tie-count spread and short ring distances merge more ties; the calibration must absorb both
        Population small = Graphs.population(3_000, 5);
        NetworkSpec hard = Defaults.scenario().with("network.meanDegree", 30).with("network.degreeSigma", 1.0)
                .with("network.ringDistanceMean", 5).with("network.longTieShare", 0.1).network();
        double mean = 0;
        for (int seed = 0; seed < 4; seed++) {
            mean += Networks.generate(hard, small, new Rng(seed)).meanDegree() / 4;
        }
        assertEquals(30, mean, 0.6);
    }

    @Test
    void generate_layersFollowTheShares() {
        long strong = 0;
        long medium = 0;
        for (int k = 0; k < 2 * net.tieCount(); k++) {
            strong += net.weight(k) == 1.0f ? 1 : 0;
            medium += net.weight(k) == 0.5f ? 1 : 0;
        }
        double ends = 2.0 * net.tieCount();
        // shares apply to the 80% local ties; long ties are weak
        assertEquals(0.8 * 0.1, strong / ends, 0.01);
        assertEquals(0.8 * 0.2, medium / ends, 0.015);
    }

    @Test
    void ringByTopic_groupsPersonsByMainTopicInShuffledOrder() {
        Population small = Graphs.population(500, 9);
        int[] ring = HomophilousSmallWorld.ringByTopic(small, new Rng(1));
        boolean[] seen = new boolean[500];
        int ascending = 0;
        for (int pos = 0; pos < ring.length; pos++) {
            seen[ring[pos]] = true;
            if (pos > 0) {
                assertTrue(small.mainTopic(ring[pos - 1]) <= small.mainTopic(ring[pos]), "topic blocks in order");
                ascending += ring[pos - 1] < ring[pos] ? 1 : 0;
            }
        }
        for (boolean s : seen) {
            assertTrue(s, "a permutation");
        }
        assertTrue(ascending < 350, "shuffled within blocks, not in id order: " + ascending);
    }
}
