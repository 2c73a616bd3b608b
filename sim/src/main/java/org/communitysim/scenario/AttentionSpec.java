package org.communitysim.scenario;

/**
 * How a person divides their daily attention among their groups (docs/model.md §4.12): each group weighs
 * (1 + noveltyBoost·e^(−days in it / noveltyDays))·(1 + liveliness·posts per member yesterday), a background group
 * weighs weight·(1 + noveltyBoost·e^(−days in it / noveltyDays)), and a group gets its weight's share of the total.
 *
 * @param noveltyBoost extra weight of a group just joined
 * @param noveltyDays  time constant of the novelty's fading
 * @param liveliness   extra weight per member post per member on the day before
 */
public record AttentionSpec(double noveltyBoost, double noveltyDays, double liveliness) {
    public AttentionSpec {
        Declarations.check(AttentionSpec.class, noveltyBoost, noveltyDays, liveliness);
    }
}
