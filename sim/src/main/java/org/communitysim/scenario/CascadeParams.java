package org.communitysim.scenario;

/**
 * The independent-cascade rule.
 *
 * @param p probability that a newly joined member brings in a given friend (one chance per tie, the day after joining)
 */
public record CascadeParams(double p) {
    public CascadeParams {
        Declarations.check(CascadeParams.class, p);
    }
}
