package org.communitysim.model;

/**
 * Mechanism: the outside option grows with affinity (docs/model.md §4.7), so a group whose content does not keep up
 * loses the members who value the topic most first (load-bearing; in the big open group leavers are more interested
 * than stayers, in the reference group less: WhoLeavesTest). Off ({@code ablations.affinityOpportunityCost} false): every member weighs the
 * outside option at the population's mean affinity.
 */
@FunctionalInterface
interface OpportunityCost {
    /** The affinity the outside option is weighed at for a member of affinity {@code aff}. */
    double affinity(double aff);

    static OpportunityCost of(boolean on, double meanAffinity) {
        return on ? aff -> aff : aff -> meanAffinity;
    }
}
