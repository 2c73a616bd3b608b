package org.communitysim.experiments.optimisation;

/** How sure the final comparison is that a candidate beats the user's current strategy on the objective. */
public enum Verdict {
    /** The 95% CI of the paired difference excludes 0 on the better side. */
    BETTER,
    /** The interval includes 0: the candidate may be no better. */
    NOT_SURE,
    /** The interval excludes 0 on the worse side. */
    WORSE
}
