package org.communitysim.experiments.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.communitysim.experiments.montecarlo.DailyBands;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.montecarlo.TestBands;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.model.Direction;
import org.communitysim.experiments.report.ReportModel.ParameterDifference;
import org.communitysim.experiments.stats.Verdict;
import org.communitysim.experiments.stats.PairedComparison;
import org.communitysim.experiments.stats.Simultaneous;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.communitysim.scenario.file.ShippedScenarios;
import org.communitysim.scenario.Scenario;

/**
 * Made-up but plausible report models for tests: a big open group that collapses in about a third of its
 * replicates, a small curated group that stays active, a KOL-led group in between. Deterministic: the same
 * arguments give the same model. Statistics are computed here with Commons Math, not by the stats package.
 */
public final class SyntheticReports {

    /**
     * Asserts that a page opens anywhere on its own: every address in it is an XML namespace name (SVG, XLink) in
     * an {@code xmlns} attribute, and nothing is loaded from elsewhere (script, stylesheet, image, CSS import).
     */
    public static void assertSelfContained(String html) {
        Set<String> namespaces = Set.of("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink");
        Matcher m = Pattern.compile("https?://[^\"'\\s<>)]*").matcher(html);
        while (m.find()) {
            assertTrue(namespaces.contains(m.group()), "external address " + m.group());
            String before = html.substring(Math.max(0, m.start() - 13), m.start());
            assertTrue(before.endsWith("xmlns=\"") || before.endsWith("xmlns:xlink=\""), "not a namespace: " + before);
        }
        String lower = html.toLowerCase(Locale.ROOT);
        for (String banned : List.of("<script", "<link", "<img", "@import", "url(http", "src=")) {
            assertFalse(lower.contains(banned), banned);
        }
    }

    /** Asserts that a report written again into {@code again} has the same bytes as {@code first}, charts included. */
    static void assertSameReport(Path first, Path again) throws IOException {
        assertArrayEquals(Files.readAllBytes(first.resolve("report.html")), Files.readAllBytes(again.resolve("report.html")));
        try (Stream<Path> files = Files.list(first.resolve("charts"))) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve("charts").resolve(f.getFileName())),
                        f.getFileName().toString());
            }
        }
    }
    private SyntheticReports() {
    }

    /** The outcomes of the decision table and whether higher is better. */
    static final List<Outcome> DECISION_OUTCOMES = List.of(Outcome.FINAL_ACTIVE, Outcome.FINAL_ACTIVE_SHARE,
            Outcome.PEAK_ACTIVE, Outcome.RETENTION_30, Outcome.CHURN_RATE, Outcome.JOINS_30, Outcome.CONVERSION_RATE,
            Outcome.VIRAL_K, Outcome.DEAD, Outcome.PEAK_ACTIVE_DAY);

    static Direction direction(Outcome o) {
        return switch (o) {
            case CHURN_RATE, DEAD -> Direction.LOWER_IS_BETTER;
            case PEAK_ACTIVE_DAY -> Direction.NEUTRAL;
            default -> Direction.HIGHER_IS_BETTER;
        };
    }

    /** Shape of one synthetic scenario. */
    record Shape(Scenario scenario, double cap, double activeShare, double pDead, double retention, double churn,
            double joins30, double conversion, double nanConversion) {
    }

    /** Three scenarios with the given names (big open, small curated, KOL-led), all pairs compared. */
    public static ReportModel threeScenarios(String nameBig, String nameSmall, String nameKol, int replicates, int days) {
        List<Shape> shapes = List.of(
                new Shape(ShippedScenarios.load("big-open-group").named(nameBig, ShippedScenarios.load("big-open-group").description()), 500, 0.25,
                        0.35, 0.55, 0.006, 420, 0.020, 0),
                new Shape(ShippedScenarios.load("small-curated-group").named(nameSmall, ShippedScenarios.load("small-curated-group").description()), 100,
                        0.92, 0.0, 0.88, 0.0012, 95, 0.045, 0),
                new Shape(ShippedScenarios.load("kol-led-group").named(nameKol, ShippedScenarios.load("kol-led-group").description()), 300, 0.55, 0.08,
                        0.72, 0.0030, 260, 0.030, 0.1));
        return model(shapes, replicates, days, true);
    }

    /** Two scenarios, one decision pair. */
    public static ReportModel twoScenarios(String nameBig, String nameSmall, int replicates, int days) {
        List<Shape> shapes = List.of(
                new Shape(ShippedScenarios.load("big-open-group").named(nameBig, "Big open group: cap 500, no entry threshold"), 500,
                        0.25, 0.35, 0.55, 0.006, 420, 0.020, 0),
                new Shape(ShippedScenarios.load("small-curated-group").named(nameSmall, "Small curated group <cap 100> & screened"), 100,
                        0.92, 0.0, 0.88, 0.0012, 95, 0.045, 1.0));
        return model(shapes, replicates, days, true);
    }

    static ReportModel model(List<Shape> shapes, int replicates, int days, boolean allPairs) {
        List<ScenarioRuns> runs = new ArrayList<>();
        for (Shape shape : shapes) {
            runs.add(runs(shape, replicates, days));
        }
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                if (!allPairs && i > 0) {
                    continue;
                }
                decisions.addAll(pair(runs.get(i), runs.get(j)));
            }
        }
        List<ParameterDifference> differences = List.of(
                new ParameterDifference("group.sizeCap", shapes.stream().map(s -> fmt(s.cap())).toList()),
                new ParameterDifference("group.threshold",
                        shapes.stream().map(s -> Double.toString(s.scenario().group().threshold())).toList()),
                new ParameterDifference("kols.count",
                        shapes.stream().map(s -> Integer.toString(s.scenario().kols().count())).toList()));
        String names = String.join(" vs ", shapes.stream().map(s -> s.scenario().name()).toList());
        return new ReportModel(names, "community-sim compare --replicates " + replicates + " --seed 20240601 "
                + String.join(" ", shapes.stream().map(s -> "'" + s.scenario().name() + "'").toList()),
                20240601L, replicates, 754.2, "0.1.0-SNAPSHOT", runs, differences, decisions);
    }

    private static String fmt(double x) {
        return Long.toString(Math.round(x));
    }

    private static ScenarioRuns runs(Shape shape, int replicates, int days) {
        long[] seeds = new long[replicates];
        double[][] outcomes = new double[replicates][Outcome.values().length];
        for (int r = 0; r < replicates; r++) {
            seeds[r] = 1_000 + r;
            // Common random numbers: replicate r draws the same stream in every scenario.
            SplittableRandom rng = new SplittableRandom(7_919L * (r + 1));
            double z1 = gaussian(rng);
            double z2 = gaussian(rng);
            double u = rng.nextDouble();
            double[] o = outcomes[r];
            Arrays.fill(o, Double.NaN);
            boolean dead = u < shape.pDead();
            double members = shape.cap() * (dead ? 0.45 + 0.1 * rng.nextDouble() : 0.9 + 0.04 * z1);
            double active = dead ? 2 + 5 * rng.nextDouble()
                    : members * clamp(shape.activeShare() + 0.05 * z2, 0.02, 1);
            o[Outcome.FINAL_MEMBERS.ordinal()] = members;
            o[Outcome.FINAL_ACTIVE.ordinal()] = active;
            o[Outcome.FINAL_ACTIVE_SHARE.ordinal()] = active / members;
            o[Outcome.PEAK_MEMBERS.ordinal()] = Math.max(members, shape.cap() * 0.97);
            o[Outcome.PEAK_ACTIVE.ordinal()] = Math.max(active, shape.cap() * (0.6 + 0.1 * z1 * 0.3));
            o[Outcome.PEAK_ACTIVE_DAY.ordinal()] = Math.round(30 + 10 * Math.abs(z2));
            o[Outcome.ACTIVE_RETAINED.ordinal()] = active / o[Outcome.PEAK_ACTIVE.ordinal()];
            o[Outcome.RETENTION_30.ordinal()] = clamp(shape.retention() + 0.04 * z1 - (dead ? 0.2 : 0), 0, 1);
            o[Outcome.CHURN_RATE.ordinal()] = Math.max(0, shape.churn() * (1 + 0.15 * z2) * (dead ? 1.6 : 1));
            o[Outcome.JOINS_30.ordinal()] = Math.max(0, Math.round(shape.joins30() * (1 + 0.08 * z1)));
            o[Outcome.JOINS_TOTAL.ordinal()] = o[Outcome.JOINS_30.ordinal()] * 2.5;
            o[Outcome.CONVERSION_RATE.ordinal()] = rng.nextDouble() < shape.nanConversion() ? Double.NaN
                    : clamp(shape.conversion() * (1 + 0.2 * z2), 0, 1);
            o[Outcome.VIRAL_K.ordinal()] = clamp(0.12 + 0.03 * z1 + (shape.cap() < 200 ? 0.05 : 0), 0, 2);
            o[Outcome.DEAD.ordinal()] = dead ? 1 : 0;
            o[Outcome.DEAD_DAY.ordinal()] = dead ? Math.round(90 + 40 * rng.nextDouble()) : Double.NaN;
            o[Outcome.GINI_POSTS.ordinal()] = clamp(0.7 + 0.05 * z2, 0, 1);
            o[Outcome.MEAN_SATISFACTION_FINAL.ordinal()] = clamp(0.3 + 0.4 * shape.activeShare() + 0.03 * z1, 0, 1);
        }
        return new ScenarioRuns(shape.scenario(), seeds, outcomes, bands(shape, days));
    }

    private static DailyBands bands(Shape shape, int days) {
        double cap = shape.cap();
        return TestBands.of(days, (metric, d) -> {
            double grow = 1 - Math.exp(-d / 12.0);
            double spread = 0.05 + 0.15 * d / Math.max(1, days);
            double median;
            double collapseDip = shape.pDead() > 0.2 && d > 80 ? Math.min(1, (d - 80) / 40.0) : 0;
            switch (metric) {
                case MEMBERS -> median = cap * (0.1 + 0.85 * grow);
                case ACTIVE -> {
                    double peakShape = 0.75 * grow * Math.exp(-d / 300.0 * (1 - shape.activeShare()) * 2);
                    median = cap * Math.max(0.01, peakShape * (0.4 + 0.6 * shape.activeShare()));
                }
                case MEAN_POST_VALUE -> median = 0.2 + 0.5 * shape.activeShare() - 0.1 * grow * (1 - shape.activeShare());
                case MEAN_SATISFACTION -> median = 0.35 + 0.35 * shape.activeShare() * (0.6 + 0.4 * grow);
                case EVENT -> median = d % 7 == 0 ? 1 : 0;
                default -> median = cap * 0.05 * grow;
            }
            double lo90 = median * (1 - 2.5 * spread - 0.8 * collapseDip);
            double lo50 = median * (1 - spread - 0.2 * collapseDip);
            double hi50 = median * (1 + spread);
            double hi90 = median * (1 + 2.2 * spread);
            return new double[] {Math.max(0, lo90), Math.max(0, lo50), median, hi50, hi90};
        });
    }

    private static List<Decision> pair(ScenarioRuns a, ScenarioRuns b) {
        List<PairedComparison> paired = new ArrayList<>();
        double[] pT = new double[DECISION_OUTCOMES.size()];
        double[] pW = new double[DECISION_OUTCOMES.size()];
        for (int k = 0; k < DECISION_OUTCOMES.size(); k++) {
            Outcome o = DECISION_OUTCOMES.get(k);
            double[][] xy = dropNaN(a.values(o), b.values(o));
            PairedComparison pc = compare(xy[0], xy[1]);
            paired.add(pc);
            pT[k] = pc.pT();
            pW[k] = pc.pWilcoxon();
        }
        double[] holmT = holm(pT);
        double[] holmW = holm(pW);
        int m = DECISION_OUTCOMES.size();
        List<Decision> rows = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            Outcome o = DECISION_OUTCOMES.get(k);
            PairedComparison pc = paired.get(k);
            Direction dir = direction(o);
            // Bonferroni: the t interval at 1 - 0.05/m, p times m; the verdict follows the interval
            double[][] xy = dropNaN(a.values(o), b.values(o));
            double[] d = new double[xy[0].length];
            for (int i = 0; i < d.length; i++) {
                d[i] = xy[0][i] - xy[1][i];
            }
            Summary sd = summary(d);
            double half = d.length > 1 && sd.sd() > 0
                    ? new TDistribution(d.length - 1).inverseCumulativeProbability(1 - 0.025 / m) * sd.sd()
                            / Math.sqrt(d.length) : 0;
            Simultaneous adjusted = new Simultaneous(m, 1 - 0.05 / m, pc.meanDiff() - half, pc.meanDiff() + half,
                    Double.isNaN(pT[k]) ? Double.NaN : Math.min(1, m * pT[k]));
            Verdict verdict;
            if (dir == Direction.NEUTRAL) {
                verdict = Verdict.NOT_RANKED;
            } else if (adjusted.ciLow() > 0 || adjusted.ciHigh() < 0) {
                boolean aHigher = pc.meanDiff() > 0;
                verdict = aHigher == (dir == Direction.HIGHER_IS_BETTER) ? Verdict.A_BETTER : Verdict.B_BETTER;
            } else {
                verdict = Verdict.NO_CLEAR_DIFFERENCE;
            }
            double better = dir == Direction.NEUTRAL ? Double.NaN
                    : dir == Direction.HIGHER_IS_BETTER ? pc.probAGreater() : 1 - pc.probAGreater();
            rows.add(new Decision(o, dir, a.scenario().name(), b.scenario().name(), summary(a.values(o)),
                    summary(b.values(o)), pc, adjusted, holmT[k], holmW[k], better, verdict));
        }
        return rows;
    }

    private static double[][] dropNaN(double[] a, double[] b) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                pairs.add(new double[] {a[i], b[i]});
            }
        }
        return new double[][] {pairs.stream().mapToDouble(p -> p[0]).toArray(),
            pairs.stream().mapToDouble(p -> p[1]).toArray()};
    }

    static Summary summary(double[] values) {
        double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        int n = v.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = Arrays.stream(v).average().orElse(Double.NaN);
        double sd = n > 1 ? Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (n - 1)) : Double.NaN;
        double half = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n)
                : Double.NaN;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        return new Summary(n, mean, sd, median, mean - half, mean + half);
    }

    private static PairedComparison compare(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) {
            return new PairedComparison(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        double[] d = new double[n];
        int greater = 0;
        int ties = 0;
        for (int i = 0; i < n; i++) {
            d[i] = a[i] - b[i];
            if (a[i] > b[i]) {
                greater++;
            } else if (a[i] == b[i]) {
                ties++;
            }
        }
        Summary s = summary(d);
        boolean constant = s.sd() == 0 || Double.isNaN(s.sd());
        double pT = constant ? (s.mean() == 0 ? 1 : 0) : new TTest().pairedTTest(a, b);
        double pW = constant ? (s.mean() == 0 ? 1 : 0) : new WilcoxonSignedRankTest().wilcoxonSignedRankTest(a, b, false);
        double dz = constant ? (s.mean() == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, s.mean())) : s.mean() / s.sd();
        double ciLow = constant ? s.mean() : s.ciLow();
        double ciHigh = constant ? s.mean() : s.ciHigh();
        return new PairedComparison(n, s.mean(), ciLow, ciHigh, pT, pW, dz, (greater + 0.5 * ties) / n);
    }

    private static double[] holm(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        double[] q = Arrays.stream(p).map(x -> Double.isNaN(x) ? 1 : x).toArray();
        Arrays.sort(order, (x, y) -> Double.compare(q[x], q[y]));
        double[] adjusted = new double[p.length];
        double running = 0;
        for (int k = 0; k < p.length; k++) {
            int i = order[k];
            running = Math.max(running, Math.min(1, (p.length - k) * q[i]));
            adjusted[i] = Double.isNaN(p[i]) ? Double.NaN : running;
        }
        return adjusted;
    }

    private static double gaussian(SplittableRandom rng) {
        double u1 = Math.max(1e-12, rng.nextDouble());
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
