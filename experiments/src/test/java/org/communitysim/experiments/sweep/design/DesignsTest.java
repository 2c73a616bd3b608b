package org.communitysim.experiments.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DesignsTest {

    // ---- grid ----

    @Test
    void grid_variesLastDimensionFastestFromZeroToOne() {
        double[][] expected = {{0, 0}, {0, 0.5}, {0, 1}, {1, 0}, {1, 0.5}, {1, 1}};
        assertArrayEquals(expected, Designs.grid(new int[] {2, 3}));
    }

    @Test
    void grid_singleLevelIsTheMidpoint() {
        assertArrayEquals(new double[][] {{0.5, 0}, {0.5, 1}}, Designs.grid(new int[] {1, 2}));
    }

    @Test
    void grid_sizeIsTheProductOfLevels() {
        double[][] points = Designs.grid(new int[] {4, 5, 3});
        assertEquals(60, points.length);
        assertEquals(60, Arrays.stream(points).map(Arrays::toString).distinct().count());
        assertArrayEquals(new double[] {1.0 / 3, 0.75, 0.5}, points[1 * 15 + 3 * 3 + 1], 1e-15);
    }

    @Test
    void grid_rejectsNoDimensionsOrZeroLevels() {
        assertThrows(IllegalArgumentException.class, () -> Designs.grid(new int[0]));
        var e = assertThrows(IllegalArgumentException.class, () -> Designs.grid(new int[] {3, 0}));
        assertEquals("levels[1] must be at least 1, got 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Designs.grid(new int[] {100_000, 100_000}));
    }

    // ---- random and Latin hypercube ----

    @Test
    void random_staysInUnitCubeAndDependsOnlyOnSeed() {
        double[][] points = Designs.random(200, 3, 42);
        assertInHalfOpenCube(points, 3);
        assertArrayEquals(points, Designs.random(200, 3, 42));
        assertFalse(Arrays.deepEquals(points, Designs.random(200, 3, 43)));
    }

    @Test
    void latinHypercube_hasExactlyOnePointPerStratumPerDimension() {
        for (long seed = 0; seed < 20; seed++) {
            int n = 37;
            double[][] points = Designs.latinHypercube(n, 4, seed);
            assertEquals(n, points.length);
            for (int i = 0; i < 4; i++) {
                int dim = i;
                double[] column = Arrays.stream(points).mapToDouble(p -> p[dim]).sorted().toArray();
                for (int s = 0; s < n; s++) {
                    assertTrue(column[s] >= (double) s / n && column[s] < (s + 1.0) / n,
                            "seed " + seed + ", dimension " + i + ": stratum " + s + " holds " + column[s]);
                }
            }
        }
    }

    @Test
    void latinHypercube_dependsOnlyOnSeed() {
        assertArrayEquals(Designs.latinHypercube(10, 3, 7), Designs.latinHypercube(10, 3, 7));
        assertFalse(Arrays.deepEquals(Designs.latinHypercube(10, 3, 7), Designs.latinHypercube(10, 3, 8)));
    }

    @Test
    void randomDesigns_rejectNonPositiveSizes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Designs.random(0, 2, 1));
        assertEquals("n must be at least 1, got 0", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Designs.latinHypercube(5, 0, 1));
    }

    // ---- Sobol' ----

    @Test
    void sobol_isDeterministicInHalfOpenCubeAndSkipsTheOrigin() {
        double[][] points = Designs.sobol(256, 5);
        assertArrayEquals(points, Designs.sobol(256, 5));
        assertInHalfOpenCube(points, 5);
        assertArrayEquals(new double[] {0.5, 0.5, 0.5, 0.5, 0.5}, points[0]);
        assertEquals(256, Arrays.stream(points).map(Arrays::toString).distinct().count());
    }

    @Test
    void sobol_firstFifteenRowsFillEveryDyadicIntervalButTheOriginOnce() {
        // Sequence points 0..15 put one point in each [s/16, (s+1)/16) per dimension; point 0 (the origin) is
        // skipped, so rows 0..14 fill intervals 1..15 once each and leave interval 0 empty.
        double[][] points = Designs.sobol(15, 3);
        for (int i = 0; i < 3; i++) {
            int dim = i;
            int[] intervals = Arrays.stream(points).mapToInt(p -> (int) (p[dim] * 16)).sorted().toArray();
            assertArrayEquals(IntStream.rangeClosed(1, 15).toArray(), intervals);
        }
    }

    @Test
    void sobol_rejectsTooManyDimensions() {
        var e = assertThrows(IllegalArgumentException.class, () -> Designs.sobol(4, 1001));
        assertEquals("Sobol' sequence supports at most 1000 dimensions, got k = 1001", e.getMessage());
    }

    // ---- Morris ----

    @Test
    void morris_changesExactlyOneFactorPerStepByDeltaOnTheGrid() {
        int k = 5;
        int p = 4;
        double step = 4.0 / 6;
        MorrisDesign d = Designs.morris(30, k, p, 11);
        assertEquals(30 * (k + 1), d.points().length);
        for (int t = 0; t < d.trajectories(); t++) {
            assertArrayEquals(IntStream.range(0, k).toArray(), Arrays.stream(d.changed()[t]).sorted().toArray(),
                    "trajectory " + t + " moves every factor once");
            for (int j = 0; j <= k; j++) {
                for (double x : d.points()[d.row(t, j)]) {
                    double level = x * (p - 1);
                    assertTrue(x >= 0 && x <= 1 && Math.abs(level - Math.rint(level)) < 1e-12, "off-grid " + x);
                }
            }
            for (int j = 0; j < k; j++) {
                double[] before = d.points()[d.row(t, j)];
                double[] after = d.points()[d.row(t, j + 1)];
                int moved = d.changed()[t][j];
                assertEquals(step, Math.abs(d.delta()[t][j]), 1e-15);
                for (int i = 0; i < k; i++) {
                    assertEquals(i == moved ? d.delta()[t][j] : 0, after[i] - before[i], 1e-12);
                }
            }
        }
    }

    @Test
    void morris_stepsUpAndDownEquallyOften() {
        MorrisDesign d = Designs.morris(2000, 4, 4, 5);
        long up = Arrays.stream(d.delta()).flatMapToDouble(Arrays::stream).filter(x -> x > 0).count();
        // 8000 steps, each up with probability 1/2: sd of the count is sqrt(8000)/2 ≈ 45; allow 5 sd.
        assertEquals(4000, up, 225);
    }

    @Test
    void morris_dependsOnlyOnSeed() {
        MorrisDesign a = Designs.morris(10, 3, 4, 1);
        MorrisDesign b = Designs.morris(10, 3, 4, 1);
        assertArrayEquals(a.points(), b.points());
        assertArrayEquals(a.changed(), b.changed());
        assertArrayEquals(a.delta(), b.delta());
        assertFalse(Arrays.deepEquals(a.points(), Designs.morris(10, 3, 4, 2).points()));
    }

    @Test
    void morris_rejectsOddLevelsAndEmptyDesigns() {
        var e = assertThrows(IllegalArgumentException.class, () -> Designs.morris(10, 3, 5, 1));
        assertEquals("Morris levels must be even and at least 2, got 5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Designs.morris(10, 3, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Designs.morris(0, 3, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> Designs.morris(10, 0, 4, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new MorrisDesign(new double[3][2], 1, 2, 4, new int[1][2], new double[1][1]));
    }

    // ---- Saltelli ----

    @Test
    void saltelli_stacksABAndEachABiWithColumnIFromB() {
        int n = 16;
        int k = 3;
        SaltelliDesign d = Designs.saltelli(n, k);
        double[][] sobol = Designs.sobol(n, 2 * k);
        assertEquals(n * (k + 2), d.points().length);
        for (int j = 0; j < n; j++) {
            double[] a = d.points()[j];
            double[] b = d.points()[n + j];
            assertArrayEquals(Arrays.copyOfRange(sobol[j], 0, k), a);
            assertArrayEquals(Arrays.copyOfRange(sobol[j], k, 2 * k), b);
            assertEquals(j, d.aRow(j));
            assertEquals(n + j, d.bRow(j));
            for (int i = 0; i < k; i++) {
                double[] ab = d.points()[(2 + i) * n + j];
                assertEquals((2 + i) * n + j, d.abRow(i, j));
                for (int c = 0; c < k; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c]);
                }
            }
        }
    }

    @Test
    void saltelli_rejectsMoreThanHalfTheSobolDimensions() {
        assertThrows(IllegalArgumentException.class, () -> Designs.saltelli(8, 501));
        assertThrows(IllegalArgumentException.class, () -> Designs.saltelli(0, 2));
        assertThrows(IllegalArgumentException.class, () -> new SaltelliDesign(new double[7][2], 2, 2));
    }

    private static void assertInHalfOpenCube(double[][] points, int k) {
        for (double[] p : points) {
            assertEquals(k, p.length);
            for (double x : p) {
                assertTrue(x >= 0 && x < 1, "outside [0, 1): " + x);
            }
        }
    }
}
