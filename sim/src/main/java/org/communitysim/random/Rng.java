package org.communitysim.random;

import org.apache.commons.math3.special.Gamma;

/**
 * A small, fast, allocation-free random stream (SplitMix64, Steele, Lea &amp; Flood 2014) with the
 * distributions the model draws from.
 *
 * <p>Why not MASON's {@code MersenneTwisterFast}: it keeps only 32 bits of a {@code SimState}'s seed
 * and costs ~4.5 ns per double here, against ~1 ns for SplitMix64; the model needs many independent
 * streams (one per purpose, see {@link Seeds}) cheaply. Why not Commons RNG samplers: their Poisson
 * and gamma samplers are built for one fixed mean, while every member-day here has its own mean.
 * SplitMix64 passes BigCrush; the streams are never split further at run time.
 *
 * <p>Not thread-safe: one instance belongs to one run.
 */
public final class Rng {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long state;
    private double nextGaussian = Double.NaN;

    public Rng(long seed) {
        this.state = seed;
    }

    /** The SplitMix64 finaliser (Stafford's Mix13): a bijective 64-bit hash. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public long nextLong() {
        return mix64(state += GOLDEN_GAMMA);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** Uniform integer in [0, bound), unbiased (Lemire's multiply-and-reject). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x100000000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** True with probability p (p outside [0, 1] saturates). */
    public boolean bernoulli(double p) {
        return nextDouble() < p;
    }

    /** Standard normal (Marsaglia polar method, the spare value cached). */
    public double nextGaussian() {
        double spare = nextGaussian;
        if (!Double.isNaN(spare)) {
            nextGaussian = Double.NaN;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        nextGaussian = v * f;
        return u * f;
    }

    /** Log-normal with the given arithmetic mean and log-scale sigma. */
    public double logNormalWithMean(double mean, double sigma) {
        double mu = Math.log(mean) - 0.5 * sigma * sigma;
        return Math.exp(mu + sigma * nextGaussian());
    }

    /** Exponential with rate 1. */
    public double nextExponential() {
        return -Math.log(1 - nextDouble());
    }

    /** Gamma(shape, scale) by Marsaglia &amp; Tsang (2000); shape &lt; 1 by the boost U^(1/shape). */
    public double gamma(double shape, double scale) {
        if (shape <= 0 || scale <= 0) {
            throw new IllegalArgumentException("gamma shape and scale must be positive: " + shape + ", " + scale);
        }
        if (shape < 1) {
            double u = nextDouble();
            double d = shape + 1 - 1.0 / 3.0;
            return marsagliaTsang(d, 1 / Math.sqrt(9 * d), scale) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3.0;
        return marsagliaTsang(d, 1 / Math.sqrt(9 * d), scale);
    }

    /** Marsaglia &amp; Tsang's squeeze-and-reject loop for Gamma(d + 1/3, scale), with c = 1/sqrt(9d). */
    private double marsagliaTsang(double d, double c, double scale) {
        while (true) {
            double x;
            double v;
            do {
                x = nextGaussian();
                v = 1 + c * x;
            } while (v <= 0);
            v = v * v * v;
            double u = nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v * scale;
            }
        }
    }

    /** Beta(a, b) from two gammas. */
    public double beta(double a, double b) {
        double x = gamma(a, 1);
        double y = gamma(b, 1);
        return x / (x + y);
    }

    /** Fills {@code out[offset .. offset+k)} with a Dirichlet(alpha, ..., alpha) draw. */
    public void dirichlet(double alpha, double[] out, int offset, int k) {
        if (alpha <= 0) {
            throw new IllegalArgumentException("gamma shape and scale must be positive: " + alpha + ", 1.0");
        }
        // k draws of gamma(alpha, 1), the same draws as gamma(alpha, 1) makes, with its constants computed once
        boolean boosted = alpha < 1;
        double d = (boosted ? alpha + 1 : alpha) - 1.0 / 3.0;
        double c = 1 / Math.sqrt(9 * d);
        double inverse = 1 / alpha;
        double sum = 0;
        for (int i = 0; i < k; i++) {
            double g;
            if (boosted) {
                double u = nextDouble();
                g = marsagliaTsang(d, c, 1) * Math.pow(u, inverse);
            } else {
                g = marsagliaTsang(d, c, 1);
            }
            out[offset + i] = g;
            sum += g;
        }
        if (sum == 0) { // underflow with tiny alpha: put all the mass on one uniform component
            out[offset + nextInt(k)] = 1;
            return;
        }
        for (int i = 0; i < k; i++) {
            out[offset + i] /= sum;
        }
    }

    /**
     * Poisson(mean). Inversion by sequential search below mean 10, Hörmann's PTRS transformed
     * rejection (1993) above; both exact.
     */
    public int poisson(double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        if (mean < 10) {
            double p = Math.exp(-mean);
            double u = nextDouble();
            int k = 0;
            double cdf = p;
            while (u > cdf) {
                k++;
                p *= mean / k;
                cdf += p;
                if (p == 0 && cdf < u) { // numerical tail: stop rather than loop forever
                    break;
                }
            }
            return k;
        }
        double slam = Math.sqrt(mean);
        double logLam = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = nextDouble() - 0.5;
            double v = nextDouble();
            double us = 0.5 - Math.abs(u);
            int k = (int) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * logLam - Gamma.logGamma(k + 1.0)) {
                return k;
            }
        }
    }

    /** Binomial(n, p) as n Bernoulli trials: exact, used only for small n (an operator's posts of a day). */
    public int binomial(int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (nextDouble() < p) {
                k++;
            }
        }
        return k;
    }
}
