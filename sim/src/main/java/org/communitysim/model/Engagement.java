package org.communitysim.model;

/** eng(S) = 2/(1 + e^(−S)): engagement, 1 at S = 0, up to 2 (docs/model.md §4). */
final class Engagement {
    private Engagement() {
    }

    static double of(double satisfaction) {
        return 2.0 / (1.0 + Math.exp(-satisfaction));
    }
}
