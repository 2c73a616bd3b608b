package org.communitysim.scenario;

/** What a fractional threshold counts. */
public enum ThresholdUnit {
    /** The share of one's ties (or tie weight) inside the group, in [0, 1] (Watts 2002). */
    FRACTION,
    /** The number of one's ties (or their total weight) inside the group (Granovetter 1978, thresholds "in people"). */
    COUNT
}
