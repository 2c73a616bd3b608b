package org.communitysim.experiments.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.communitysim.experiments.sweep.design.Designs;
import org.communitysim.experiments.sweep.design.MorrisDesign;
import org.junit.jupiter.api.Test;

class MorrisTest {

    private static final List<String> X4 = List.of("x1", "x2", "x3", "x4");

    /** Linear in x1 with an x1·x4 interaction, no effect of x2, quadratic in x3. */
    private static double structured(double[] x) {
        return 10 * x[0] + 0 * x[1] + 5 * x[2] * x[2] + x[0] * x[3];
    }

    @Test
    void analyze_ranksFactorsOfAKnownFunction() {
        MorrisDesign d = Designs.morris(60, 4, 4, 3);
        SensitivityIndices r = Morris.analyze(d, evaluate(d, MorrisTest::structured), X4, "y", 500, 1);
        double[] muStar = r.first();
        double[] sigma = r.second();
        assertTrue(muStar[0] > muStar[2] && muStar[2] > muStar[3] && muStar[3] > muStar[1], Arrays.toString(muStar));
        assertEquals(0, muStar[1]);
        assertEquals(0, sigma[1]);
        assertTrue(sigma[0] > 0.1, "x1 interacts with x4: σ = " + sigma[0]);
        // EE of x3 = 5(x + x') with {x, x'} = {0, 2/3} or {1/3, 1}: 10/3 or 20/3, each with probability 1/2, so
        // μ* → 5 with sd 5/3 per effect; over 60 trajectories the standard error is 0.215, allow 4 of them.
        assertEquals(5, muStar[2], 0.9);
        // EE of x4 = x1, uniform on the grid {0, 1/3, 2/3, 1}: mean 1/2, sd 0.43, standard error 0.056; allow 4.5.
        assertEquals(0.5, muStar[3], 0.25);
    }

    @Test
    void analyze_muOfX1IsTenPlusTheMeanOfX4AtItsSteps() {
        MorrisDesign d = Designs.morris(40, 4, 4, 8);
        SensitivityIndices r = Morris.analyze(d, evaluate(d, MorrisTest::structured), X4, "y", 100, 1);
        // ∂f/∂x1 = 10 + x4 exactly, and x4 does not move while x1 does.
        double x4Sum = 0;
        for (int t = 0; t < d.trajectories(); t++) {
            for (int j = 0; j < d.k(); j++) {
                if (d.changed()[t][j] == 0) {
                    x4Sum += d.points()[d.row(t, j)][3];
                }
            }
        }
        assertEquals(10 + x4Sum / d.trajectories(), r.mu()[0], 1e-9);
        assertEquals(r.mu()[0], r.first()[0], 1e-9, "all effects of x1 are positive, so μ* = μ");
    }

    @Test
    void analyze_linearFunctionHasExactEffectsAndZeroSigma() {
        MorrisDesign d = Designs.morris(20, 3, 4, 4);
        SensitivityIndices r = Morris.analyze(d, evaluate(d, x -> 3 * x[0] - 2 * x[1] + 0.5 * x[2]),
                List.of("a", "b", "c"), "y", 200, 1);
        assertArrayEquals(new double[] {3, -2, 0.5}, r.mu(), 1e-12);
        assertArrayEquals(new double[] {3, 2, 0.5}, r.first(), 1e-12);
        assertArrayEquals(new double[3], r.second(), 1e-12);
        assertArrayEquals(new double[3], r.secondHigh(), 1e-12);
        assertEquals("morris", r.method());
    }

    @Test
    void analyze_dropsEffectsTouchingNaNAndBlanksFactorsLeftWithOne() {
        MorrisDesign d = Designs.morris(2, 3, 4, 6);
        double[] y = evaluate(d, x -> 3 * x[0] - 2 * x[1] + 0.5 * x[2]);
        y[d.row(0, 0)] = Double.NaN; // spoils only the first step of trajectory 0
        SensitivityIndices r = Morris.analyze(d, y, List.of("a", "b", "c"), "y", 100, 1);
        int lost = d.changed()[0][0];
        double[] exact = {3, -2, 0.5};
        for (int i = 0; i < 3; i++) {
            if (i == lost) {
                assertTrue(Double.isNaN(r.mu()[i]) && Double.isNaN(r.first()[i]) && Double.isNaN(r.second()[i])
                        && Double.isNaN(r.firstLow()[i]) && Double.isNaN(r.secondHigh()[i]));
            } else {
                assertEquals(exact[i], r.mu()[i], 1e-12);
                assertEquals(0, r.second()[i], 1e-12);
            }
        }
    }

    @Test
    void analyze_bootstrapIsDeterministicForTheSeedAndBracketsTheEstimate() {
        MorrisDesign d = Designs.morris(30, 4, 4, 2);
        double[] y = evaluate(d, MorrisTest::structured);
        SensitivityIndices a = Morris.analyze(d, y, X4, "y", 300, 5);
        SensitivityIndices b = Morris.analyze(d, y, X4, "y", 300, 5);
        SensitivityIndices c = Morris.analyze(d, y, X4, "y", 300, 6);
        assertArrayEquals(a.firstLow(), b.firstLow());
        assertArrayEquals(a.firstHigh(), b.firstHigh());
        assertArrayEquals(a.secondLow(), b.secondLow());
        assertArrayEquals(a.secondHigh(), b.secondHigh());
        assertFalse(Arrays.equals(a.firstLow(), c.firstLow()));
        for (int i : new int[] {0, 2, 3}) {
            assertTrue(a.firstLow()[i] < a.first()[i] && a.first()[i] < a.firstHigh()[i], "μ* of x" + (i + 1));
            assertTrue(a.secondLow()[i] < a.second()[i] && a.second()[i] < a.secondHigh()[i], "σ of x" + (i + 1));
        }
    }

    @Test
    void analyze_rejectsMismatchedArguments() {
        MorrisDesign d = Designs.morris(5, 4, 4, 1);
        double[] y = new double[d.points().length];
        var e = assertThrows(IllegalArgumentException.class, () -> Morris.analyze(d, y, X4, "y", 10, 1));
        assertEquals("bootstrap needs at least 100 resamples, got 10", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Morris.analyze(d, new double[24], X4, "y", 100, 1));
        assertThrows(IllegalArgumentException.class, () -> Morris.analyze(d, y, List.of("x1"), "y", 100, 1));
    }

    private static double[] evaluate(MorrisDesign d, ToDoubleFunction<double[]> f) {
        return Arrays.stream(d.points()).mapToDouble(f).toArray();
    }
}
