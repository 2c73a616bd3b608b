package org.communitysim.scenario;

/** How the fractional-threshold rule gives each person a threshold. */
public enum ThresholdDistribution {
    /** Everyone has {@code value}. */
    CONSTANT,
    /** Uniform on [min, max]. */
    UNIFORM,
    /** Normal(mean, sd), not truncated: a threshold at or below 0 joins unprompted, one above the reachable never joins. */
    NORMAL,
    /** Person i has {@code values[i]}; the list has one value per person. */
    LIST
}
