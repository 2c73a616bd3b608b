package org.communitysim.model;

/** Whether a higher value of a metric is better for the operator, worse, or neither (a date, a count). */
public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL }
