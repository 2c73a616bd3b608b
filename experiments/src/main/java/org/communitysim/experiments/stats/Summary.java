package org.communitysim.experiments.stats;

/**
 * Descriptive statistics of one outcome over replicates (NaN values excluded and not counted).
 *
 * @param n      number of non-NaN values
 * @param mean   sample mean
 * @param sd     sample standard deviation (n − 1)
 * @param median sample median
 * @param ciLow  lower bound of the 95% confidence interval of the mean
 * @param ciHigh upper bound of the 95% confidence interval of the mean
 */
public record Summary(int n, double mean, double sd, double median, double ciLow, double ciHigh) {
}
