package org.communitysim.model;

/** How a metric is measured, which decides how a report shows it. */
public enum Unit {
    /** People, posts, purchases. */
    COUNT,
    /** A day or a number of days. */
    DAYS,
    /** A share in [0, 1] (a 0/1 flag averages to one). */
    SHARE,
    /** A small rate per member-day. */
    RATE_PER_DAY,
    /** A coefficient or a mean score (viral K, Gini, satisfaction). */
    INDEX,
    /** An amount in the scenario's currency ({@code economics.currency}). */
    MONEY;

    /**
     * The smallest value a metric of this unit can take unless its declaration says otherwise: 0 for counts, days,
     * shares and rates; −∞ for indices and money (a satisfaction or a profit can be negative).
     */
    public double lowest() {
        return this == INDEX || this == MONEY ? Double.NEGATIVE_INFINITY : 0;
    }

    /** The largest value: 1 for a share, +∞ otherwise (a rate per member-day is not a probability). */
    public double highest() {
        return this == SHARE ? 1 : Double.POSITIVE_INFINITY;
    }
}
