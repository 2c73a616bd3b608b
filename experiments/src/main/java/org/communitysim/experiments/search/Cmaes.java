package org.communitysim.experiments.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Minimises a function of unit coordinates u ∈ [0, 1]^k with commons-math3's {@link CMAESOptimizer} (Hansen's
 * covariance matrix adaptation evolution strategy) within a budget of evaluations. CMA-ES rather than a gradient or
 * simplex method: it needs no derivative, ranks candidates instead of trusting their exact values (a simulated
 * objective is rough), adapts to correlated parameters, and has a well-tested implementation already on the class
 * path. When a run of the optimiser stops before the budget is spent (it converged), it is restarted from the best
 * point with a doubled population (IPOP-CMA-ES, Auger and Hansen 2005), so the budget is always used and a local
 * minimum gets a second look. Every random draw comes from a {@link MersenneTwister} seeded by the caller: the
 * same seed and function give the same evaluations in the same order.
 */
public final class Cmaes {
    private Cmaes() {
    }

    /** One evaluation: its index, the point and the value. */
    public record Evaluation(int index, double[] u, double value) {
    }

    /** The best point found, its value, and every evaluation in order. */
    public record Result(double[] bestU, double bestValue, List<Evaluation> trace) {
        public int evaluations() {
            return trace.size();
        }
    }

    /**
     * @param f      the function (called on the calling thread, one point at a time)
     * @param start  the first point
     * @param sigma  initial step size in unit coordinates (0.3: a third of each range)
     * @param budget evaluations at most (&gt;= 1)
     * @param seed   seed of the optimiser's random draws
     */
    public static Result minimise(ToDoubleFunction<double[]> f, double[] start, double sigma, int budget, long seed) {
        int k = start.length;
        List<Evaluation> trace = new ArrayList<>();
        double[] best = clamp(start);
        double[] bestValue = {f.applyAsDouble(best)};
        trace.add(new Evaluation(0, best.clone(), bestValue[0]));
        double[][] bestHolder = {best};
        ToDoubleFunction<double[]> counted = u -> {
            double[] p = clamp(u);
            double v = f.applyAsDouble(p);
            trace.add(new Evaluation(trace.size(), p, v));
            if (v < bestValue[0]) {
                bestValue[0] = v;
                bestHolder[0] = p;
            }
            return v;
        };
        MersenneTwister random = new MersenneTwister(seed);
        int lambda = 4 + (int) Math.floor(3 * Math.log(k));
        double[] lo = new double[k];
        double[] hi = new double[k];
        Arrays.fill(hi, 1.0);
        double[] sigmas = new double[k];
        Arrays.fill(sigmas, sigma);
        while (trace.size() < budget) {
            int before = trace.size();
            int remaining = budget - before;
            CMAESOptimizer opt = new CMAESOptimizer(remaining, 0.0, true, 0, 0, random, false, null);
            try {
                opt.optimize(new MaxEval(remaining), new MaxIter(remaining), new ObjectiveFunction(counted::applyAsDouble),
                        GoalType.MINIMIZE, new InitialGuess(bestHolder[0].clone()), new SimpleBounds(lo, hi),
                        new CMAESOptimizer.Sigma(sigmas), new CMAESOptimizer.PopulationSize(lambda));
            } catch (TooManyEvaluationsException e) {
                break; // the budget is spent
            } catch (org.apache.commons.math3.exception.TooManyIterationsException e) {
                break;
            }
            if (trace.size() == before) {
                break; // nothing more to learn
            }
            lambda *= 2;
        }
        return new Result(bestHolder[0].clone(), bestValue[0], List.copyOf(trace));
    }

    private static double[] clamp(double[] u) {
        double[] c = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            c[i] = Math.max(0, Math.min(1, u[i]));
        }
        return c;
    }
}
