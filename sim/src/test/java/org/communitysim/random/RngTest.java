package org.communitysim.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Moments of each sampler over N = 200,000 draws, checked against the exact mean within 5 standard errors
 * (sd/√N) and the variance within 5% — loose enough never to fail by chance, tight enough to catch a wrong
 * formula.
 */
class RngTest {
    private static final int N = 200_000;

    private static double[] moments(DoubleSupplier draw) {
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < N; i++) {
            double x = draw.getAsDouble();
            sum += x;
            sumSq += x * x;
        }
        double mean = sum / N;
        return new double[] {mean, sumSq / N - mean * mean};
    }

    private static void assertMoments(double[] m, double mean, double variance, String what) {
        double se = Math.sqrt(variance / N);
        assertEquals(mean, m[0], 5 * se, what + " mean");
        assertEquals(variance, m[1], 0.05 * variance, what + " variance");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.8, 3, 9.9, 10, 35, 400})
    void poisson_meanAndVarianceEqualLambda(double lambda) {
        Rng rng = new Rng(17);
        assertMoments(moments(() -> rng.poisson(lambda)), lambda, lambda, "Poisson(" + lambda + ")");
    }

    @Test
    void poisson_zeroOrNegativeMean_isZero() {
        Rng rng = new Rng(1);
        assertEquals(0, rng.poisson(0));
        assertEquals(0, rng.poisson(-3));
        assertEquals(0, rng.poisson(Double.NaN));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.3, 1, 2, 7.5})
    void gamma_meanShapeTimesScale(double shape) {
        Rng rng = new Rng(3);
        double scale = 0.5;
        assertMoments(moments(() -> rng.gamma(shape, scale)), shape * scale, shape * scale * scale, "Gamma(" + shape + ")");
    }

    @Test
    void beta_moments() {
        Rng rng = new Rng(5);
        double a = 2;
        double b = 3;
        double var = a * b / ((a + b) * (a + b) * (a + b + 1));
        assertMoments(moments(() -> rng.beta(a, b)), a / (a + b), var, "Beta(2,3)");
    }

    @Test
    void logNormalWithMean_hasThatMean() {
        Rng rng = new Rng(7);
        double sigma = 0.5;
        double mean = 30;
        double var = (Math.exp(sigma * sigma) - 1) * mean * mean;
        assertMoments(moments(() -> rng.logNormalWithMean(mean, sigma)), mean, var, "LogNormal");
    }

    @Test
    void gaussian_standard() {
        Rng rng = new Rng(9);
        assertMoments(moments(rng::nextGaussian), 0, 1, "N(0,1)");
    }

    @Test
    void dirichlet_sumsToOne_meanOneOverK() {
        Rng rng = new Rng(11);
        double[] out = new double[8];
        double first = 0;
        for (int i = 0; i < 20_000; i++) {
            rng.dirichlet(0.3, out, 0, 8);
            double s = 0;
            for (double v : out) {
                assertTrue(v >= 0);
                s += v;
            }
            assertEquals(1, s, 1e-12);
            first += out[0];
        }
        assertEquals(1 / 8.0, first / 20_000, 0.01);
    }

    @Test
    void nextInt_uniformOverBound() {
        Rng rng = new Rng(13);
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            counts[rng.nextInt(7)]++;
        }
        for (int c : counts) {
            assertEquals(10_000, c, 5 * Math.sqrt(10_000 * 6 / 7.0));
        }
        assertThrows(IllegalArgumentException.class, () -> rng.nextInt(0));
    }

    @Test
    void binomial_meanNp() {
        Rng rng = new Rng(15);
        assertMoments(moments(() -> rng.binomial(12, 0.2)), 2.4, 12 * 0.2 * 0.8, "Binomial(12, 0.2)");
        assertEquals(0, rng.binomial(5, 0));
        assertEquals(5, rng.binomial(5, 1));
    }

    @Test
    void sameSeed_sameSequence_differentSeed_different() {
        Rng a = new Rng(99);
        Rng b = new Rng(99);
        Rng c = new Rng(100);
        for (int i = 0; i < 100; i++) {
            long x = a.nextLong();
            assertEquals(x, b.nextLong());
            assertNotEquals(x, c.nextLong());
        }
    }

    @Test
    void nextDouble_inUnitInterval() {
        Rng rng = new Rng(21);
        for (int i = 0; i < 100_000; i++) {
            double u = rng.nextDouble();
            assertTrue(u >= 0 && u < 1);
        }
    }
}
