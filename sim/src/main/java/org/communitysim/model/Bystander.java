package org.communitysim.model;

/**
 * Mechanism: the bystander effect (Darley &amp; Latané 1968; docs/model.md §4.4): bystander(n) = 1/(1 + (n/n½)^β),
 * the crowd silencing valuable posts and answers. Off ({@code ablations.bystander} false): 1 at every size.
 */
@FunctionalInterface
interface Bystander {
    /** The factor on on-topic posting and members' answers in a group of {@code members}. */
    double factor(double members);

    static Bystander of(boolean on, double half, double beta) {
        return on ? n -> 1.0 / (1.0 + Math.pow(n / half, beta)) : n -> 1.0;
    }
}
