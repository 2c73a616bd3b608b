package org.communitysim.experiments.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.communitysim.experiments.sweep.design.Designs;
import org.communitysim.experiments.sweep.design.SaltelliDesign;
import org.junit.jupiter.api.Test;

class SobolIndicesTest {

    private static final List<String> X = List.of("x1", "x2", "x3");
    private static final double A = 7;
    private static final double B = 0.1;

    /** Ishigami &amp; Homma (1990) with x_i = −π + 2π·u_i, u in the unit cube. */
    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        double s2 = Math.sin(x2);
        return Math.sin(x1) + A * s2 * s2 + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void analyze_matchesIshigamiAnalyticIndices() {
        // Partial variances (Sobol' & Levitan 1999; Saltelli et al. 2010): V1 = (1 + bπ⁴/5)²/2, V2 = a²/8, V3 = 0,
        // V13 = b²π⁸(1/18 − 1/50), all others 0; V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2 = 13.8446 (= V1 + V2 + V13).
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = pi4 * pi4;
        double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
        double v1 = Math.pow(1 + B * pi4 / 5, 2) / 2;
        double v2 = A * A / 8;
        double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        assertEquals(v, v1 + v2 + v13, 1e-12);
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        assertArrayEquals(new double[] {0.3139, 0.4424, 0.0}, s1, 5e-5);
        assertArrayEquals(new double[] {0.5576, 0.4424, 0.2437}, st, 5e-5);

        SensitivityIndices r = analyzeIshigami(1 << 13, 1000, 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(s1[i], r.first()[i], 0.03, "S1 of x" + (i + 1));
            assertEquals(st[i], r.second()[i], 0.03, "ST of x" + (i + 1));
            assertInside(s1[i], r.firstLow()[i], r.firstHigh()[i], "S1 of x" + (i + 1));
            assertInside(st[i], r.secondLow()[i], r.secondHigh()[i], "ST of x" + (i + 1));
        }
        assertEquals("sobol", r.method());
        assertEquals("y", r.outcome());
        assertEquals(X, r.parameters());
        assertNull(r.mu());
    }

    @Test
    void analyze_bootstrapIsDeterministicForTheSeed() {
        SensitivityIndices a = analyzeIshigami(512, 200, 9);
        SensitivityIndices b = analyzeIshigami(512, 200, 9);
        SensitivityIndices c = analyzeIshigami(512, 200, 10);
        assertArrayEquals(a.firstLow(), b.firstLow());
        assertArrayEquals(a.firstHigh(), b.firstHigh());
        assertArrayEquals(a.secondLow(), b.secondLow());
        assertArrayEquals(a.secondHigh(), b.secondHigh());
        assertArrayEquals(a.first(), c.first(), "the estimate does not depend on the seed");
        assertFalse(Arrays.equals(a.firstLow(), c.firstLow()));
    }

    @Test
    void analyze_dropsBaseRowsWithAnyNaNValue() {
        int n = 64;
        SaltelliDesign d = Designs.saltelli(n, 3);
        double[] y = evaluate(d, SobolIndicesTest::ishigami);
        y[d.abRow(1, 5)] = Double.NaN;
        y[d.bRow(9)] = Double.NaN;
        y[d.aRow(9)] = Double.NaN;
        SensitivityIndices withNaN = SobolIndices.analyze(d, y, X, "y", 200, 1);

        // The same design with base rows 5 and 9 removed from every block.
        int[] kept = IntStream.range(0, n).filter(j -> j != 5 && j != 9).toArray();
        double[][] points = IntStream.range(0, 5).boxed()
                .flatMap(block -> IntStream.of(kept).mapToObj(j -> d.points()[block * n + j]))
                .toArray(double[][]::new);
        SaltelliDesign reduced = new SaltelliDesign(points, n - 2, 3);
        SensitivityIndices expected = SobolIndices.analyze(reduced, evaluate(reduced, SobolIndicesTest::ishigami),
                X, "y", 200, 1);
        assertArrayEquals(expected.first(), withNaN.first());
        assertArrayEquals(expected.second(), withNaN.second());
        assertArrayEquals(expected.firstLow(), withNaN.firstLow());
        assertArrayEquals(expected.secondHigh(), withNaN.secondHigh());
    }

    @Test
    void analyze_constantOutcomeGivesNaN() {
        SaltelliDesign d = Designs.saltelli(32, 3);
        double[] y = new double[d.points().length];
        Arrays.fill(y, 4.2);
        SensitivityIndices r = SobolIndices.analyze(d, y, X, "y", 100, 1);
        for (double[] values : List.of(r.first(), r.firstLow(), r.firstHigh(), r.second(), r.secondLow(),
                r.secondHigh())) {
            assertTrue(Arrays.stream(values).allMatch(Double::isNaN), Arrays.toString(values));
        }
    }

    @Test
    void analyze_rejectsMismatchedArguments() {
        SaltelliDesign d = Designs.saltelli(8, 3);
        double[] y = new double[d.points().length];
        var e = assertThrows(IllegalArgumentException.class,
                () -> SobolIndices.analyze(d, new double[3], X, "y", 100, 1));
        assertEquals("need one outcome value per design point: 40, got 3", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.analyze(d, y, List.of("x1"), "y", 100, 1));
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.analyze(d, y, X, "y", 99, 1));
    }

    static double[] evaluate(SaltelliDesign d, ToDoubleFunction<double[]> f) {
        return Arrays.stream(d.points()).mapToDouble(f).toArray();
    }

    private static SensitivityIndices analyzeIshigami(int n, int bootstrap, long seed) {
        SaltelliDesign d = Designs.saltelli(n, 3);
        return SobolIndices.analyze(d, evaluate(d, SobolIndicesTest::ishigami), X, "y", bootstrap, seed);
    }

    private static void assertInside(double value, double low, double high, String what) {
        assertTrue(low <= value && value <= high, what + ": " + value + " outside CI [" + low + ", " + high + "]");
    }
}
