package org.communitysim.model;

/**
 * Mechanism: good content saturates within a day (docs/model.md §4.5): value cs·(1 − e^(−g/cs)) of the quality g
 * read, while costs stay linear. Off ({@code ablations.contentSaturation} false): the value is g itself.
 */
@FunctionalInterface
interface ContentSaturation {
    double value(double gain);

    static ContentSaturation of(boolean on, double cs) {
        return on ? g -> cs * (1 - Math.exp(-g / cs)) : g -> g;
    }
}
