package org.communitysim.experiments.stats;

/** Who wins on one outcome, and how sure we are. */
public enum Verdict { A_BETTER, B_BETTER, NO_CLEAR_DIFFERENCE, NOT_RANKED }
