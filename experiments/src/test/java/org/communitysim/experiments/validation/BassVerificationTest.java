package org.communitysim.experiments.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** Bass (1969): the mean adopted share of 30 runs of 10,000 persons follows F(t) within 0.01 at every year mark. */
@Tag("slow")
class BassVerificationTest {

    @Test
    void meanAdoptedShare_followsBassCurve_withinOnePercentAtEveryYearMark() {
        BassCheck.Result r = BassCheck.run(10_000, 30, 20261122L, 2);
        for (int y = 1; y <= BassCheck.YEARS; y++) {
            double f = BassCheck.theory(365.0 * y);
            assertEquals(f, r.meanAtYear(y), BassCheck.TOLERANCE, "year " + y);
        }
        // the curve is the S of the model, not a constant that happens to pass: it crosses one half in years 6-8
        assertTrue(r.meanAtYear(5) < 0.5 && r.meanAtYear(8) > 0.5, "median adoption time off");
        assertTrue(r.measures().stream().allMatch(Measure::passed));
    }

    @Test
    void theory_isTheClosedFormBassCurve() {
        assertEquals(0, BassCheck.theory(0), 1e-15);
        assertEquals(1, BassCheck.theory(1e7), 1e-9);
        // peak adoption rate at t* = ln(q/p)/(p+q), where F = 1/2 - p/(2q)
        double tStar = Math.log(BassCheck.Q / BassCheck.P) / (BassCheck.P + BassCheck.Q);
        assertEquals(0.5 - BassCheck.P / (2 * BassCheck.Q), BassCheck.theory(tStar), 1e-12);
    }
}
