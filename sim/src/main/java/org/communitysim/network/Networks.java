package org.communitysim.network;

import org.communitysim.population.Population;
import org.communitysim.random.Rng;
import org.communitysim.scenario.NetworkSpec;
import org.communitysim.scenario.NetworkType;

/**
 * Builds the trust network of a run (docs/model.md §2 "Trust ties") from its spec. Every random draw comes from
 * the given stream, so the same seed gives the same network; the cost is linear in the number of ties
 * (primitive arrays only: a million persons of mean degree 50 fit in about 1 GB during construction).
 */
public final class Networks {
    private Networks() {
    }

    /** One of the four synthetic generators over {@code population.size()} persons. */
    public static TrustNetwork generate(NetworkSpec spec, Population population, Rng rng) {
        int n = population.size();
        if (spec.type() == NetworkType.EDGE_LIST) {
            throw new IllegalArgumentException("an EDGE_LIST network is read from a file: use "
                    + "EdgeListReader.read(path) and Networks.fromEdgeList(list, spec, rng)");
        }
        if (n < 2) {
            return new EdgeBuffer(n, 0).build().network();
        }
        if (spec.meanDegree() > n - 1) {
            throw new IllegalArgumentException("network.meanDegree " + spec.meanDegree() + " cannot be reached by "
                    + n + " persons: each can have at most " + (n - 1) + " ties");
        }
        return switch (spec.type()) {
            case HOMOPHILOUS_SMALL_WORLD -> HomophilousSmallWorld.generate(spec, population, rng);
            case ERDOS_RENYI -> ErdosRenyi.generate(spec, n, rng);
            case BARABASI_ALBERT -> BarabasiAlbert.generate(spec, n, rng);
            case WATTS_STROGATZ -> WattsStrogatz.generate(spec, n, rng);
            case EDGE_LIST -> throw new AssertionError("handled above");
        };
    }

    /**
     * The network of a parsed edge list, person i being the list's node i. A tie with a weight in the file keeps
     * it; a tie without one gets a layer weight drawn by {@code spec}'s shares (strong, medium, else weak), in
     * the list's order, from {@code rng}. The list is only read, so one cached list can serve many threads.
     */
    public static TrustNetwork fromEdgeList(EdgeList list, NetworkSpec spec, Rng rng) {
        Layers layers = Layers.of(spec);
        EdgeBuffer edges = new EdgeBuffer(list.nodeCount(), list.edgeCount());
        for (int e = 0; e < list.edgeCount(); e++) {
            float w = list.weight(e);
            edges.add(list.from(e), list.to(e), Float.isNaN(w) ? layers.random(rng) : w);
        }
        return edges.build().network();
    }
}
