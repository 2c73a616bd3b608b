package org.communitysim.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communitysim.population.Population;
import org.communitysim.random.Rng;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.NetworkSpec;
import org.communitysim.scenario.NetworkType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every synthetic generator promises, whatever its shape. */
class NetworksContractTest {
    private static final int N = 2_000;
    private static final Population POPULATION = Graphs.population(N, 7);

    private static NetworkSpec spec(NetworkType type) {
        return Defaults.NETWORK.withType(type);
    }

    @ParameterizedTest
    @EnumSource(value = NetworkType.class, names = "EDGE_LIST", mode = EnumSource.Mode.EXCLUDE)
    void generate_givesSymmetricSimpleGraphWithLayerWeights(NetworkType type) {
        TrustNetwork net = Networks.generate(spec(type), POPULATION, new Rng(1));

        assertEquals(N, net.size());
        Graphs.assertWellFormed(net);
        assertTrue(Graphs.weightsAreLayers(net, spec(type)), "weights are strong, medium or weak");
    }

    @ParameterizedTest
    @EnumSource(value = NetworkType.class, names = "EDGE_LIST", mode = EnumSource.Mode.EXCLUDE)
    void generate_realisesTheMeanDegree(NetworkType type) {
        double target = spec(type).meanDegree();
        double mean = 0;
        for (int seed = 0; seed < 5; seed++) {
            mean += Networks.generate(spec(type), POPULATION, new Rng(seed)).meanDegree() / 5;
        }
        // BA and WS round to 2·round(49/2) = 50: +2%
        assertEquals(target, mean, 0.03 * target, type + " mean degree");
    }

    @ParameterizedTest
    @EnumSource(value = NetworkType.class, names = "EDGE_LIST", mode = EnumSource.Mode.EXCLUDE)
    void generate_isDeterministicPerSeed(NetworkType type) {
        TrustNetwork a = Networks.generate(spec(type), POPULATION, new Rng(42));
        TrustNetwork b = Networks.generate(spec(type), POPULATION, new Rng(42));
        TrustNetwork c = Networks.generate(spec(type), POPULATION, new Rng(43));

        assertTrue(Graphs.sameTies(a, b), "same seed, same network");
        assertFalse(Graphs.sameTies(a, c), "another seed, another network");
    }

    @ParameterizedTest
    @EnumSource(value = NetworkType.class, names = "EDGE_LIST", mode = EnumSource.Mode.EXCLUDE)
    void generate_handlesTinyPopulations(NetworkType type) {
        NetworkSpec sparse = spec(type).withMeanDegree(2);
        for (int n = 3; n <= 6; n++) {
            TrustNetwork net = Networks.generate(sparse, Graphs.population(n, n), new Rng(n));
            assertEquals(n, net.size());
            Graphs.assertWellFormed(net);
        }
        assertEquals(0, Networks.generate(spec(type), Graphs.population(1, 1), new Rng(1)).tieCount());
    }

    @ParameterizedTest
    @EnumSource(value = NetworkType.class, names = "EDGE_LIST", mode = EnumSource.Mode.EXCLUDE)
    void generate_rejectsMeanDegreeAboveWhatThePopulationAllows(NetworkType type) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Networks.generate(spec(type), Graphs.population(40, 1), new Rng(1)));
        assertTrue(e.getMessage().contains("meanDegree"), e.getMessage());
    }

    @Test
    void generate_rejectsEdgeListType() {
        NetworkSpec spec = Defaults.NETWORK.withEdgeList("ties.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Networks.generate(spec, POPULATION, new Rng(1)));
        assertTrue(e.getMessage().contains("fromEdgeList"), e.getMessage());
    }
}
