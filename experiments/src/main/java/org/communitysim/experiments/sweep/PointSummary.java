package org.communitysim.experiments.sweep;

import java.util.Map;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;

/**
 * One design point of a sweep, aggregated over its replicates.
 *
 * @param point     point index in the design
 * @param values    the varied parameters' values at this point, in the spec's parameter order
 * @param summaries mean, sd, median and 95% CI of each outcome of interest over the point's replicates
 */
public record PointSummary(int point, double[] values, Map<RunOutcome, Summary> summaries) {
}
