package org.communitysim.experiments.calibration;

/**
 * The distance between an observed group's daily numbers and the model's mean daily numbers (docs/calibration.md
 * "The distance"): for each column c, the sum over days of squared differences divided by the sum over days of
 * the squared observations (a relative sum of squares, so members in the hundreds and joins in single digits weigh
 * alike; floored at one per day so a column of zeros does not divide by zero), averaged over the columns. 0 is a
 * perfect fit; 1 is as far off as predicting zero every day.
 */
public final class Distance {
    private Distance() {
    }

    /**
     * @param observed  [column][day]
     * @param simulated [column][day], the mean over replicates
     */
    public static double of(double[][] observed, double[][] simulated) {
        double total = 0;
        for (int c = 0; c < observed.length; c++) {
            double rss = 0;
            double scale = 0;
            for (int d = 0; d < observed[c].length; d++) {
                double e = observed[c][d] - simulated[c][d];
                rss += e * e;
                scale += observed[c][d] * observed[c][d];
            }
            total += rss / Math.max(scale, observed[c].length);
        }
        return total / observed.length;
    }
}
