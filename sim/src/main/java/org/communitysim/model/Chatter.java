package org.communitysim.model;

import org.communitysim.random.Rng;

/**
 * Mechanism: off-topic chatter (docs/model.md §4.4): a member posts Poisson(a·eng(S)·(1 − aff)) posts of noise a day,
 * not diluted by the crowd. Off ({@code ablations.noise} false): no chatter and no draw.
 */
interface Chatter {
    /** Today's off-topic posts of one member whose expected chatter is {@code mean}. */
    int posts(Rng rng, double mean);

    Chatter ON = Rng::poisson;
    Chatter OFF = (rng, mean) -> 0;

    static Chatter of(boolean on) {
        return on ? ON : OFF;
    }
}
