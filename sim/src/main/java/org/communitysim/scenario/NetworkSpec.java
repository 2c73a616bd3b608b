package org.communitysim.scenario;

/**
 * How persons are tied (docs/model.md §2 "Trust ties"). Tie weights come in layers strong / medium / weak.
 *
 * @param type              generator
 * @param meanDegree        target mean number of ties per person
 * @param degreeSigma       log-scale sigma of the log-normal tie counts (homophilous small world only)
 * @param ringDistanceMean  mean ring distance of local ties (homophilous small world)
 * @param longTieShare      share of ties drawn uniformly at random (homophilous small world)
 * @param rewireProbability rewiring probability (Watts–Strogatz)
 * @param strongShare       share of a person's ties in the strong layer (nearest local ties; random for other generators)
 * @param mediumShare       share in the medium layer (the next nearest)
 * @param strongWeight      weight of a strong tie
 * @param mediumWeight      weight of a medium tie
 * @param weakWeight        weight of a weak tie
 * @param edgeListPath      CSV edge list, for {@link NetworkType#EDGE_LIST}; null otherwise
 */
public record NetworkSpec(
        NetworkType type,
        double meanDegree,
        double degreeSigma,
        double ringDistanceMean,
        double longTieShare,
        double rewireProbability,
        double strongShare,
        double mediumShare,
        double strongWeight,
        double mediumWeight,
        double weakWeight,
        String edgeListPath) {

    public NetworkSpec {
        Declarations.check(NetworkSpec.class, type, meanDegree, degreeSigma, ringDistanceMean, longTieShare,
                rewireProbability, strongShare, mediumShare, strongWeight, mediumWeight, weakWeight, edgeListPath);
        if (strongShare + mediumShare > 1) {
            throw new IllegalArgumentException("network.strongShare + network.mediumShare must be <= 1, got "
                    + (strongShare + mediumShare));
        }
        if (type == NetworkType.EDGE_LIST && (edgeListPath == null || edgeListPath.isBlank())) {
            throw new IllegalArgumentException("network.edgeListPath must be given when network.type is EDGE_LIST");
        }
    }

    /**
     * The ties on each side of a person in a Watts–Strogatz ring lattice: meanDegree / 2 rounded, at least 1, so the
     * lattice's degree is the even number 2 × this. One rule for the generator and for the scenario's check that the
     * population can hold the lattice.
     */
    public int latticeHalfDegree() {
        return (int) Math.max(1, Math.round(meanDegree / 2));
    }

    public NetworkSpec withType(NetworkType newType) {
        return new NetworkSpec(newType, meanDegree, degreeSigma, ringDistanceMean, longTieShare, rewireProbability,
                strongShare, mediumShare, strongWeight, mediumWeight, weakWeight, edgeListPath);
    }

    public NetworkSpec withMeanDegree(double degree) {
        return new NetworkSpec(type, degree, degreeSigma, ringDistanceMean, longTieShare, rewireProbability,
                strongShare, mediumShare, strongWeight, mediumWeight, weakWeight, edgeListPath);
    }

    public NetworkSpec withEdgeList(String path) {
        return new NetworkSpec(NetworkType.EDGE_LIST, meanDegree, degreeSigma, ringDistanceMean, longTieShare,
                rewireProbability, strongShare, mediumShare, strongWeight, mediumWeight, weakWeight, path);
    }
}
