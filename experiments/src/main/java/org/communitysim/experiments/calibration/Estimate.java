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
 *                   parameter down; otherwise the report says they cannot, instead of printing a confident number.
 *                   Never true when the interval rests on fewer than {@link #MIN_REFITS} refits
 * @param judged     whether there were enough refits ({@link #MIN_REFITS}) to judge identification at all
 */
public record Estimate(SearchParameter parameter, double value, double low, double high, double widthShare,
        boolean identified, boolean judged) {
    /**
     * The fewest bootstrap refits behind a verdict: the percentile interval of 2 or 3 refits is their range, narrow by
     * chance (a reviewer's 1-evaluation, 2-refit calibration called every parameter identified, with zero-width
     * intervals). Below it every parameter is reported as not judged.
     */
    public static final int MIN_REFITS = 10;

    /** The estimate, judged by the width rule when {@code refits} are enough. */
    static Estimate of(SearchParameter parameter, double value, double low, double high, double widthShare,
            double identifiedWidth, int refits) {
        boolean judged = refits >= MIN_REFITS;
        return new Estimate(parameter, value, low, high, widthShare, judged && widthShare <= identifiedWidth, judged);
    }
}
