package org.communitysim.experiments.sweep;

import java.util.List;
import org.communitysim.experiments.sweep.design.Designs;
import org.communitysim.experiments.sweep.design.MorrisDesign;
import org.communitysim.experiments.sweep.design.SaltelliDesign;

/**
 * The points of a sweep in parameter space: the design's unit-cube points mapped through each parameter's values or
 * range. The design's own random draws use the spec's seed (a stream of their own, separate from the runs').
 *
 * @param values   [point][parameter] the value of each varied field at each point
 * @param morris   the Morris design (morris only), else null
 * @param saltelli the Saltelli design (saltelli only), else null
 */
public record SweepPlan(double[][] values, MorrisDesign morris, SaltelliDesign saltelli) {

    /** The design's seed: a fixed mix of the master seed, so design and runs never share draws. */
    static long designSeed(long seed) {
        return org.communitysim.random.Seeds.streamSeed(seed, "sweep-design");
    }

    public int points() {
        return values.length;
    }

    /**
     * The number of points {@link #of} builds, from the design's counts alone (grid: the product of the levels;
     * random, lhs, sobol: samples; morris: samples × (k + 1); saltelli: samples × (k + 2)), without building any:
     * so a sweep too large to run is refused at once, not after minutes of building its points.
     */
    public static long pointCount(SweepSpec spec) {
        long k = spec.parameters().size();
        long samples = spec.samples();
        return switch (spec.design()) {
            case GRID -> {
                long points = 1;
                for (SweepParameter p : spec.parameters()) {
                    // saturating: the spec reader already caps a grid at 10^7 points
                    points = points > Long.MAX_VALUE / p.levels() ? Long.MAX_VALUE : points * p.levels();
                }
                yield points;
            }
            case RANDOM, LHS, SOBOL -> samples;
            case MORRIS -> samples * (k + 1);
            case SALTELLI -> samples * (k + 2);
        };
    }

    public static SweepPlan of(SweepSpec spec) {
        List<SweepParameter> ps = spec.parameters();
        int k = ps.size();
        long seed = designSeed(spec.seed());
        return switch (spec.design()) {
            case GRID -> {
                int[] levels = ps.stream().mapToInt(SweepParameter::levels).toArray();
                double[][] unit = Designs.grid(levels);
                double[][] v = new double[unit.length][k];
                for (int i = 0; i < unit.length; i++) {
                    for (int j = 0; j < k; j++) {
                        int index = levels[j] == 1 ? 0 : (int) Math.round(unit[i][j] * (levels[j] - 1));
                        v[i][j] = ps.get(j).level(index);
                    }
                }
                yield new SweepPlan(v, null, null);
            }
            case RANDOM -> new SweepPlan(map(Designs.random(spec.samples(), k, seed), ps), null, null);
            case LHS -> new SweepPlan(map(Designs.latinHypercube(spec.samples(), k, seed), ps), null, null);
            case SOBOL -> new SweepPlan(map(Designs.sobol(spec.samples(), k), ps), null, null);
            case MORRIS -> {
                MorrisDesign d = Designs.morris(spec.samples(), k, spec.morrisLevels(), seed);
                yield new SweepPlan(map(d.points(), ps), d, null);
            }
            case SALTELLI -> {
                SaltelliDesign d = Designs.saltelli(spec.samples(), k);
                yield new SweepPlan(map(d.points(), ps), null, d);
            }
        };
    }

    private static double[][] map(double[][] unit, List<SweepParameter> ps) {
        double[][] v = new double[unit.length][ps.size()];
        for (int i = 0; i < unit.length; i++) {
            for (int j = 0; j < ps.size(); j++) {
                v[i][j] = ps.get(j).at(unit[i][j]);
            }
        }
        return v;
    }
}
