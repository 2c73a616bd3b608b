package org.communitysim.model;

import org.communitysim.network.TrustNetwork;
import org.communitysim.population.Population;

/**
 * The world as one group sees it, read-only during a run: the persons, their trust ties and each person's affinity
 * to the group's topic (docs/model.md §2). Nothing here changes after construction; a world holding several groups
 * would keep one affinity array per topic.
 */
final class TopicWorld {
    final Population pop;
    final TrustNetwork net;
    final int n;
    /** Affinity of each person to the group's topic (never written after construction). */
    final double[] aff;
    /** Population mean affinity: the flat opportunity cost when its dependence on affinity is ablated. */
    final double meanAffinity;

    TopicWorld(World world, int topic) {
        this.pop = world.population();
        this.net = world.network();
        this.n = pop.size();
        if (net.size() != n) {
            throw new IllegalArgumentException("network size " + net.size() + " != population size " + n);
        }
        this.aff = pop.affinityTo(topic);
        double sum = 0;
        for (double a : aff) {
            sum += a;
        }
        this.meanAffinity = n == 0 ? 0 : sum / n;
    }
}
