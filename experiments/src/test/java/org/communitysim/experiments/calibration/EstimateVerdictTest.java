package org.communitysim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communitysim.experiments.search.SearchParameter;
import org.junit.jupiter.api.Test;

/**
 * The identifiability verdict needs enough refits: with 2 or 3 the percentile interval is their range, narrow by chance
 * (a reviewer's 1-evaluation, 2-refit calibration called every parameter identified with a zero-width interval).
 */
class EstimateVerdictTest {
    private static final SearchParameter P = new SearchParameter("group.outsideExposure", false, 5, 100, false);

    @Test
    void fewRefits_notJudged_evenWithANarrowInterval() {
        Estimate e = Estimate.of(P, 30, 30, 30, 0.0, 0.5, Estimate.MIN_REFITS - 1);
        assertFalse(e.judged());
        assertFalse(e.identified());
    }

    @Test
    void enoughRefits_judgedByTheWidthRule() {
        Estimate narrow = Estimate.of(P, 30, 25, 35, 0.1, 0.5, Estimate.MIN_REFITS);
        assertTrue(narrow.judged() && narrow.identified());
        Estimate wide = Estimate.of(P, 30, 5, 95, 0.95, 0.5, 20);
        assertTrue(wide.judged());
        assertFalse(wide.identified());
    }
}
