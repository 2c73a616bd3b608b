package org.communitysim.network;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * How many ties each person of the {@link HomophilousSmallWorld} must initiate so that the <em>distinct</em> ties
 * reach the mean degree asked for. A pair drawn from both ends, or twice from one end, is one tie: a few percent
 * of draws merge at the defaults, more on a small ring or with short ring distances.
 *
 * <p>Model: the pair at ring offset o is drawn Poisson(λ·X) times and is a tie when drawn at least once, with
 * λ(o) = 2m·P(o), P mixing the wrapped two-sided geometric offset of local ties with the uniform offset of long
 * ties, and X = the pair's mean tie count over the population mean. X is log-normal by Fenton–Wilkinson moment
 * matching (Fenton 1960), integrated by Gauss–Hermite quadrature; without it heterogeneous counts undershoot
 * (−2% at degreeSigma 1).
 */
final class DegreeCalibration {
    private static final GaussIntegrator HERMITE = new GaussIntegratorFactory().hermite(12);

    private DegreeCalibration() {
    }

    /** Arguments of one calibration: the result depends on nothing else, so it is computed once per JVM. */
    private record Key(double meanDegree, double sigma, int n, double q, double longShare) {
    }

    private static final java.util.concurrent.ConcurrentHashMap<Key, Double> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The factor on the drawn tie counts (tie count/2 initiated per person) that gives {@code meanDegree}.
     * Memoised: every replicate of a Monte Carlo run asks the same question (it cost ~10–30 ms at n = 10,000).
     */
    static double initiationScale(double meanDegree, double sigma, int n, double q, double longShare) {
        return CACHE.computeIfAbsent(new Key(meanDegree, sigma, n, q, longShare),
                k -> solveInitiationScale(k.meanDegree(), k.sigma(), k.n(), k.q(), k.longShare()));
    }

    private static double solveInitiationScale(double meanDegree, double sigma, int n, double q, double longShare) {
        if (n < 2) {
            return 1;
        }
        double[][] spread = pairSpread(sigma);
        UnivariateFunction excess = m -> expectedDegree(m, n, q, longShare, spread) - meanDegree;
        double hi = meanDegree;
        while (excess.value(hi) < 0 && hi < 1e3 * meanDegree) {
            hi *= 2; // a near-complete graph needs many draws; beyond 1000× give up and undershoot
        }
        if (excess.value(hi) < 0) {
            return hi / (meanDegree / 2);
        }
        // Brent (1973): the expected degree is smooth and increasing in m, so a handful of evaluations suffice
        double m = new BrentSolver(1e-9 * meanDegree).solve(100, excess, meanDegree / 2, hi);
        return m / (meanDegree / 2);
    }

    /** Expected distinct ties per person when each person initiates {@code m} ties on average. */
    static double expectedDegree(double m, int n, double q, double longShare, double[][] spread) {
        double uniform = longShare / (n - 1);
        double wrap = 1 - Math.pow(1 - q, n); // geometric mass folded onto offsets 1..n by wrapping
        double self = q * Math.pow(1 - q, n - 1) / wrap; // mass on offset n (oneself), redrawn
        double localNorm = (1 - longShare) / (2 * wrap * (1 - self));
        double sum = 0;
        double power = 1; // (1 - q)^(o - 1)
        int half = (n - 1) / 2; // offsets o and n − o are distinct pairs for o = 1..half
        for (int o = 1; o <= half; o++) {
            double local = localNorm * q * (power + Math.pow(1 - q, n - o - 1));
            if (2 * m * local < 1e-12) { // the rest of the ring sees long ties only
                sum += 2.0 * (half - o + 1) * tieProbability(2 * m * uniform, spread);
                break;
            }
            sum += 2 * tieProbability(2 * m * (local + uniform), spread);
            power *= 1 - q;
        }
        if (n % 2 == 0) { // the offset straight across the ring
            double local = localNorm * q * 2 * Math.pow(1 - q, n / 2 - 1);
            sum += tieProbability(2 * m * (local + uniform), spread);
        }
        return sum;
    }

    /** P(drawn at least once) = 1 − E[exp(−λX)], as −Σ ω·expm1(−λx) to keep precision for tiny λ. */
    private static double tieProbability(double lambda, double[][] spread) {
        double p = 0;
        for (int i = 0; i < spread[0].length; i++) {
            p -= spread[1][i] * Math.expm1(-lambda * spread[0][i]);
        }
        return p;
    }

    /**
     * Quadrature nodes {x} and weights {ω} of X = (k_a + k_b)/(2·mean) for two log-normal tie counts of log-sigma
     * {@code sigma}: log-normal with mean 1 and log-variance ln(1 + (e^{σ²} − 1)/2).
     */
    static double[][] pairSpread(double sigma) {
        double s = Math.sqrt(Math.log1p(Math.expm1(sigma * sigma) / 2));
        int k = HERMITE.getNumberOfPoints();
        double[][] spread = new double[2][k];
        for (int i = 0; i < k; i++) { // ∫ f(z) φ(z) dz = Σ w/√π · f(√2·t)
            spread[0][i] = Math.exp(s * Math.sqrt(2) * HERMITE.getPoint(i) - s * s / 2);
            spread[1][i] = HERMITE.getWeight(i) / Math.sqrt(Math.PI);
        }
        return spread;
    }
}
