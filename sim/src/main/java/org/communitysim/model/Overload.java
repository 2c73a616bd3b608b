package org.communitysim.model;

/**
 * Mechanism: information overload (docs/model.md §4.5): a reader facing more posts than their attention pays
 * overloadCost·(1 − attention/pool), the unread share of the reader's own (for lurkers, reduced) attention. A
 * lurker who skims faces a larger unread pile, so lurking is no refuge from a busy group's overload (this project's
 * choice of form, docs/model.md §4.5).
 * Off ({@code ablations.overload} false): no cost.
 */
@FunctionalInterface
interface Overload {
    /** The cost subtracted from a reader's value (0 if the pool fits the attention). */
    double cost(double attention, int pool);

    static Overload of(boolean on, double overloadCost) {
        return on ? (attention, pool) -> pool > attention ? overloadCost * (1 - attention / pool) : 0
                : (attention, pool) -> 0;
    }
}
