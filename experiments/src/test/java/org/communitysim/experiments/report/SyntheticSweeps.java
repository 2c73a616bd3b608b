package org.communitysim.experiments.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.experiments.sweep.DesignType;
import org.communitysim.experiments.sweep.PointSummary;
import org.communitysim.experiments.sweep.sensitivity.SensitivityIndices;
import org.communitysim.experiments.sweep.SweepParameter;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.experiments.sweep.SweepSpec;
import org.communitysim.model.Outcome;

/**
 * Made-up sweep results for report tests: no run behind them, every mean chosen so that what a caption must say
 * is known in advance. Deterministic.
 */
final class SyntheticSweeps {
    private SyntheticSweeps() {
    }

    static final double[] CAPS = {50, 100, 200};
    static final double[] THRESHOLDS = {0, 0.3, 0.6};
    /**
     * Active share by [cap][threshold]: cap 50 is above one half already when open, cap 100 from θ = 0.3, cap 200
     * never (at most 45%).
     */
    static final double[][] SHARE = {{0.55, 0.80, 0.95}, {0.30, 0.60, 0.90}, {0.10, 0.40, 0.45}};
    static final int REPLICATES = 5;

    static SweepParameter values(String path, boolean integer, double... values) {
        return new SweepParameter(path, integer, values, Double.NaN, Double.NaN, 0, false);
    }

    static SweepParameter range(String path, boolean integer, double min, double max) {
        return new SweepParameter(path, integer, null, min, max, 0, false);
    }

    static SweepSpec spec(String name, String description, DesignType design, int samples, List<SweepParameter> ps,
            List<Outcome> outcomes) {
        return new SweepSpec(Path.of("specs", "synthetic.json"), name, description, Path.of("specs", "base.json"), ps,
                design, samples, REPLICATES, 7L, outcomes, 4, 200);
    }

    static Summary summary(double mean, double halfWidth) {
        return new Summary(REPLICATES, mean, halfWidth, mean, mean - halfWidth, mean + halfWidth);
    }

    /** size cap × threshold grid, active share from {@link #SHARE}, active members = share × cap. */
    static SweepResult grid(String name, String description) {
        SweepSpec spec = spec(name, description, DesignType.GRID, 0,
                List.of(values("group.sizeCap", true, CAPS), values("group.threshold", false, THRESHOLDS)),
                List.of(Outcome.FINAL_ACTIVE_SHARE, Outcome.FINAL_ACTIVE));
        List<PointSummary> points = new ArrayList<>();
        int p = 0;
        for (int c = 0; c < CAPS.length; c++) {
            for (int t = 0; t < THRESHOLDS.length; t++) {
                Map<org.communitysim.model.RunOutcome, Summary> m = new java.util.LinkedHashMap<>();
                m.put(Outcome.FINAL_ACTIVE_SHARE, summary(SHARE[c][t], 0.05));
                m.put(Outcome.FINAL_ACTIVE, summary(SHARE[c][t] * CAPS[c], 4));
                points.add(new PointSummary(p++, new double[] {CAPS[c], THRESHOLDS[t]}, m));
            }
        }
        return result(spec, points, List.of());
    }

    /** One parameter (cadence) on a grid of 5 levels; active members peak at cadence 4. */
    static SweepResult oneParameter() {
        double[] cadence = {0, 2, 4, 8, 16};
        SweepSpec spec = spec("cadence", "", DesignType.GRID, 0, List.of(values("content.cadence", false, cadence)),
                List.of(Outcome.FINAL_ACTIVE));
        List<PointSummary> points = new ArrayList<>();
        for (int i = 0; i < cadence.length; i++) {
            Map<org.communitysim.model.RunOutcome, Summary> m = new java.util.LinkedHashMap<>();
            m.put(Outcome.FINAL_ACTIVE, summary(200 - 3 * (cadence[i] - 4) * (cadence[i] - 4), 10));
            points.add(new PointSummary(i, new double[] {cadence[i]}, m));
        }
        return result(spec, points, List.of());
    }

    /** A Morris screening of three parameters: size cap matters most, cadence least. */
    static SweepResult morris() {
        List<SweepParameter> ps = List.of(range("group.sizeCap", true, 50, 500), range("group.threshold", false, 0, 0.6),
                range("content.cadence", false, 0, 8));
        SweepSpec spec = spec("screening", "which lever matters", DesignType.MORRIS, 4, ps,
                List.of(Outcome.FINAL_ACTIVE_SHARE));
        SplittableRandom random = new SplittableRandom(3);
        List<PointSummary> points = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Map<org.communitysim.model.RunOutcome, Summary> m = new java.util.LinkedHashMap<>();
            m.put(Outcome.FINAL_ACTIVE_SHARE, summary(random.nextDouble(), 0.05));
            points.add(new PointSummary(i, new double[] {50 + 450 * random.nextDouble(), 0.6 * random.nextDouble(),
                8 * random.nextDouble()}, m));
        }
        List<String> paths = ps.stream().map(SweepParameter::path).toList();
        SensitivityIndices si = new SensitivityIndices("morris", Outcome.FINAL_ACTIVE_SHARE.column(), paths,
                new double[] {0.42, 0.31, 0.05}, new double[] {0.35, 0.22, 0.01}, new double[] {0.50, 0.40, 0.09},
                new double[] {0.20, 0.15, 0.02}, new double[] {0.12, 0.08, 0.01}, new double[] {0.28, 0.22, 0.04},
                new double[] {-0.40, 0.30, 0.01});
        return result(spec, points, List.of(si));
    }

    /** Saltelli's design over the same three parameters: Sobol' S1 and ST; the threshold has the largest of both. */
    static SweepResult saltelli() {
        SweepResult m = morris();
        SweepSpec ms = m.spec();
        SweepSpec spec = new SweepSpec(ms.file(), "variance", "", ms.base(), ms.parameters(), DesignType.SALTELLI, 4,
                ms.replicates(), ms.seed(), ms.outcomes(), ms.morrisLevels(), ms.bootstrap());
        SensitivityIndices si = new SensitivityIndices("sobol", Outcome.FINAL_ACTIVE_SHARE.column(), ms.parameterPaths(),
                new double[] {0.25, 0.55, -0.01}, new double[] {0.15, 0.45, -0.05}, new double[] {0.35, 0.65, 0.03},
                new double[] {0.35, 0.70, 0.02}, new double[] {0.25, 0.60, 0.0}, new double[] {0.45, 0.80, 0.05}, null);
        return result(spec, m.points(), List.of(si));
    }

    /** One parameter at {@code n} levels, active share rising with it: more points than the report lists. */
    static SweepResult manyPoints(int n) {
        double[] levels = new double[n];
        for (int i = 0; i < n; i++) {
            levels[i] = i;
        }
        SweepSpec spec = spec("many", "", DesignType.GRID, 0, List.of(values("kols.count", true, levels)),
                List.of(Outcome.FINAL_ACTIVE_SHARE));
        List<PointSummary> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<org.communitysim.model.RunOutcome, Summary> m = new java.util.LinkedHashMap<>();
            m.put(Outcome.FINAL_ACTIVE_SHARE, summary((double) i / n, 0.01));
            points.add(new PointSummary(i, new double[] {i}, m));
        }
        return result(spec, points, List.of());
    }

    /** A Latin hypercube over two parameters: no grid, so scatter plots. */
    static SweepResult lhs() {
        List<SweepParameter> ps = List.of(range("group.sizeCap", true, 50, 500), range("group.threshold", false, 0, 0.6));
        SweepSpec spec = spec("lhs", "", DesignType.LHS, 12, ps, List.of(Outcome.FINAL_ACTIVE_SHARE));
        SplittableRandom random = new SplittableRandom(5);
        List<PointSummary> points = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double cap = Math.rint(50 + 450 * random.nextDouble());
            double theta = 0.6 * random.nextDouble();
            Map<org.communitysim.model.RunOutcome, Summary> m = new java.util.LinkedHashMap<>();
            m.put(Outcome.FINAL_ACTIVE_SHARE, summary(Math.min(1, 0.2 + theta - cap / 2000), 0.05));
            points.add(new PointSummary(i, new double[] {cap, theta}, m));
        }
        return result(spec, points, List.of());
    }

    private static SweepResult result(SweepSpec spec, List<PointSummary> points, List<SensitivityIndices> s) {
        long runs = (long) points.size() * spec.replicates();
        return new SweepResult(spec, points, s, runs, runs, 12.5, "community-sim sweep 'my specs/x.json' --lang en",
                "test");
    }
}
