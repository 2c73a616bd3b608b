package org.communitysim.scenario;

/** The trust-network generators (docs/model.md §2 "Trust ties"). */
public enum NetworkType {
    /** People on a ring ordered by main topic, local ties at geometric ring distance plus uniform long ties (the default). */
    HOMOPHILOUS_SMALL_WORLD,
    /** G(n, m) random graph with the requested mean degree. */
    ERDOS_RENYI,
    /** Preferential attachment, meanDegree/2 ties per newcomer. */
    BARABASI_ALBERT,
    /** Ring lattice of meanDegree neighbours with rewiring probability. */
    WATTS_STROGATZ,
    /** A CSV edge list {@code a,b[,weight]} read from {@code edgeListPath}. */
    EDGE_LIST
}
