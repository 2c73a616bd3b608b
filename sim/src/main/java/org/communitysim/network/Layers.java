package org.communitysim.network;

import org.communitysim.random.Rng;
import org.communitysim.scenario.NetworkSpec;

/**
 * The strong / medium / weak tie layers of docs/model.md §2 (after the 5/15/50/150 layering of personal
 * networks, Dunbar 1998; Zhou et al. 2005), shared by every generator.
 */
record Layers(float strong, float medium, float weak, double strongShare, double mediumShare) {

    static Layers of(NetworkSpec spec) {
        return new Layers((float) spec.strongWeight(), (float) spec.mediumWeight(), (float) spec.weakWeight(),
                spec.strongShare(), spec.mediumShare());
    }

    /** A layer drawn at random by the shares: for generators without a notion of nearness. */
    float random(Rng rng) {
        double u = rng.nextDouble();
        return u < strongShare ? strong : u < strongShare + mediumShare ? medium : weak;
    }

    /** The weight of the tie of nearness rank {@code rank} (0 = nearest), given where the strong and medium ranks end. */
    float byRank(int rank, int strongEnd, int mediumEnd) {
        return rank < strongEnd ? strong : rank < mediumEnd ? medium : weak;
    }
}
