package org.communitysim.scenario;

/**
 * The Bass rule's rates. Defaults: the mean estimates over 213 products of Sultan, Farley &amp; Lehmann (1990),
 * p = 0.03 and q = 0.38 per year, expressed per day.
 *
 * @param p innovation: daily probability of joining with nobody inside
 * @param q imitation: added daily probability when everyone else is inside (scaled by members/population)
 */
public record BassParams(double p, double q) {
    public BassParams {
        Declarations.check(BassParams.class, p, q);
        if (p + q > 1) {
            throw new IllegalArgumentException("join.bass.p + join.bass.q must be <= 1 (a daily probability), got "
                    + (p + q));
        }
    }
}
