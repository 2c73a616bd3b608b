package org.communitysim.experiments.calibration;

import org.communitysim.experiments.search.SearchParameter;

/**
 * The fitted value of one free parameter and its interval.
 *
 * @param parameter  the parameter and its range
 * @param value      the best estimate (the fit to the observed data)
 * @param low        lower end of the interval (percentile interval of the parametric-bootstrap refits)
 * @param high       upper end
 * @param widthShare the spread of the central {@code level} share of the refits as a share of the range, measured on
 *                   the prior's scale (log for a log-uniform prior)
 * @param identified whether the width share is at most the spec's {@code identifiedWidth}: the observed KPIs pin the
 *                   parameter down; otherwise the report says they cannot, instead of printing a confident number
 */
public record Estimate(SearchParameter parameter, double value, double low, double high, double widthShare,
        boolean identified) {
}
