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
    MONEY
}
