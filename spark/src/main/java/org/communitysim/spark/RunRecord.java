package org.communitysim.spark;

import java.io.Serializable;

/**
 * One run of a compare as it leaves the executor: scenario index, replicate, run seed, the summary outcomes (by
 * {@link org.communitysim.model.Outcome#ordinal()}) and the daily series [metric][day].
 */
record RunRecord(int scenario, int replicate, long seed, double[] outcomes, double[][] daily) implements Serializable {
}
