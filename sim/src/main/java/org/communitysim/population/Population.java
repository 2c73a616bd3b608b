package org.communitysim.population;

import org.communitysim.random.Rng;
import org.communitysim.scenario.PopulationSpec;

/**
 * The persons of one run (docs/model.md §2 "Person"), drawn once per replicate, stored as primitive arrays
 * indexed by person id. Immutable after {@link #draw}. Traits that depend on the group (affinity) are
 * computed by {@link #affinityTo(int)}.
 */
public final class Population {
    private final int size;
    private final int topics;
    private final double[] interest; // size × topics, row-major
    private final int[] mainTopic;
    private final double[] activity;
    private final double[] attention;
    private final double[] expertise;
    private final double[] incentiveSensitivity;
    private final double[] purchaseIntent;
    private final boolean[] advertiser;

    private Population(int size, int topics) {
        this.size = size;
        this.topics = topics;
        interest = new double[size * topics];
        mainTopic = new int[size];
        activity = new double[size];
        attention = new double[size];
        expertise = new double[size];
        incentiveSensitivity = new double[size];
        purchaseIntent = new double[size];
        advertiser = new boolean[size];
    }

    /**
     * Draws {@code size} persons from {@code spec} (its own size is ignored so an edge-list network can
     * dictate it). Each trait is drawn in its own pass so the draws of one trait do not depend on
     * another's distribution parameters.
     */
    public static Population draw(PopulationSpec spec, int size, Rng rng) {
        Population p = new Population(size, spec.topics());
        int t = spec.topics();
        for (int i = 0; i < size; i++) {
            rng.dirichlet(spec.interestAlpha(), p.interest, i * t, t);
            int best = 0;
            for (int k = 1; k < t; k++) {
                if (p.interest[i * t + k] > p.interest[i * t + best]) {
                    best = k;
                }
            }
            p.mainTopic[i] = best;
        }
        for (int i = 0; i < size; i++) {
            p.activity[i] = rng.logNormalWithMean(spec.activityMean(), spec.activitySigma());
        }
        for (int i = 0; i < size; i++) {
            p.attention[i] = rng.logNormalWithMean(spec.attentionMean(), spec.attentionSigma());
        }
        for (int i = 0; i < size; i++) {
            p.expertise[i] = rng.beta(spec.expertiseA(), spec.expertiseB());
        }
        for (int i = 0; i < size; i++) {
            p.incentiveSensitivity[i] = rng.gamma(spec.incentiveShape(), spec.incentiveScale());
        }
        for (int i = 0; i < size; i++) {
            p.purchaseIntent[i] = rng.beta(spec.purchaseIntentA(), spec.purchaseIntentB());
        }
        for (int i = 0; i < size; i++) {
            p.advertiser[i] = rng.nextDouble() < spec.advertiserShare();
        }
        return p;
    }

    public int size() {
        return size;
    }

    public int topics() {
        return topics;
    }

    public double interest(int person, int topic) {
        return interest[person * topics + topic];
    }

    public int mainTopic(int person) {
        return mainTopic[person];
    }

    public double activity(int person) {
        return activity[person];
    }

    public double attention(int person) {
        return attention[person];
    }

    public double expertise(int person) {
        return expertise[person];
    }

    public double incentiveSensitivity(int person) {
        return incentiveSensitivity[person];
    }

    public double purchaseIntent(int person) {
        return purchaseIntent[person];
    }

    public boolean advertiser(int person) {
        return advertiser[person];
    }

    /** Affinity of every person to a group whose topic vector is the unit vector of {@code topic}: cosine similarity, in [0, 1]. */
    public double[] affinityTo(int topic) {
        if (topic < 0 || topic >= topics) {
            throw new IllegalArgumentException("topic must be in 0.." + (topics - 1) + ", got " + topic);
        }
        double[] aff = new double[size];
        for (int i = 0; i < size; i++) {
            double norm2 = 0;
            int base = i * topics;
            for (int k = 0; k < topics; k++) {
                norm2 += interest[base + k] * interest[base + k];
            }
            aff[i] = norm2 == 0 ? 0 : interest[base + topic] / Math.sqrt(norm2);
        }
        return aff;
    }

    /** Approximate heap bytes of the trait arrays. */
    public long bytes() {
        return 8L * interest.length + 4L * size + 8L * 6 * size + size;
    }
}
