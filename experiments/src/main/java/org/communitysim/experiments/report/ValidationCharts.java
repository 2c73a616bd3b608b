package org.communitysim.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.validation.BassCheck;
import org.communitysim.experiments.validation.GranovetterCheck;
import org.communitysim.experiments.validation.JoinVsFriendsCheck;
import org.communitysim.experiments.validation.ParticipationCheck;
import org.communitysim.experiments.validation.ReferralDepthCheck;
import org.communitysim.experiments.validation.WattsCheck;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The figures of {@code community-sim validate-model} (and docs/validation.md), in the report's chart style. */
public final class ValidationCharts {
    private static final int WIDTH = 820;
    private static final int HEIGHT = 460;
    private static final Color THEORY = new Color(0x222222);
    private static final Color BAND = new Color(0x4393C3);

    private ValidationCharts() {
    }

    public static List<Charts.Drawn> writeAll(BassCheck.Result bass, GranovetterCheck.Result riot,
            ParticipationCheck.Result participation, JoinVsFriendsCheck.Result friends,
            ReferralDepthCheck.Result depth, WattsCheck.Result watts, Path dir) throws IOException {
        List<Charts.Drawn> out = new ArrayList<>();
        out.add(bass(bass, dir));
        out.add(granovetter(riot, dir));
        out.add(participation(participation, dir));
        out.add(joinVsFriends(friends, dir));
        out.add(referralDepth(depth, dir));
        out.add(wattsWindow(watts, dir));
        return out;
    }

    static Charts.Drawn bass(BassCheck.Result r, Path dir) throws IOException {
        String title = "Bass diffusion: engine vs F(t)";
        XYChart chart = chart(title, "years", "cumulative adopted share (%)");
        int days = r.meanDaily().length;
        int step = 7;
        int n = days / step;
        double[] x = new double[n];
        double[] mean = new double[n];
        double[] theory = new double[n];
        for (int i = 0; i < n; i++) {
            int t = (i + 1) * step - 1;
            x[i] = (t + 1) / 365.0;
            mean[i] = 100 * r.meanDaily()[t];
            theory[i] = 100 * r.theoryDaily()[t];
        }
        line(chart, "F(t), Bass 1969", THEORY, 2f, true, x, theory);
        line(chart, "engine, mean of " + r.runs() + " runs", Charts.scenarioColor(0), 2.5f, false, x, mean);
        double[] yx = new double[BassCheck.YEARS];
        double[] yy = new double[BassCheck.YEARS];
        for (int y = 1; y <= BassCheck.YEARS; y++) {
            yx[y - 1] = y;
            yy[y - 1] = 100 * r.meanAtYear(y);
        }
        dots(chart, "engine at each year mark", Charts.scenarioColor(0), yx, yy);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(100.0).setXAxisMin(0.0).setXAxisMax((double) BassCheck.YEARS);
        String caption = String.format(java.util.Locale.ROOT,
                "Mean cumulative share of %,d persons over %d runs (p = 0.03/yr, q = 0.38/yr per day, no seeds, no "
                        + "group mechanisms); largest gap at a year mark %.4f (tolerance 0.01).",
                r.population(), r.runs(), r.maxAbsErrorAtYearMarks());
        return save(chart, "bass", title, caption, dir);
    }

    static Charts.Drawn granovetter(GranovetterCheck.Result r, Path dir) throws IOException {
        String title = "Granovetter's riot: one threshold changes everything";
        XYChart chart = chart(title, "day", "people in the riot");
        int days = r.uniform().length;
        double[] x = new double[days];
        for (int d = 0; d < days; d++) {
            x[d] = d;
        }
        line(chart, "thresholds 0, 1, 2, ..., 99: " + r.uniformJoined() + " join", Charts.scenarioColor(0), 2.5f,
                false, x, r.uniform());
        line(chart, "threshold 1 replaced by 2: " + r.perturbedJoined() + " joins", Charts.scenarioColor(1), 2.5f,
                false, x, r.perturbed());
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(105.0);
        return save(chart, "granovetter", title, "100 people on a complete graph, thresholds in people, one "
                + "step a day (fractional-threshold rule, unit count, no group mechanisms).", dir);
    }

    static Charts.Drawn participation(ParticipationCheck.Result r, Path dir) throws IOException {
        String title = "Participation inequality over the last 12 weeks";
        XYChart chart = chart(title, "members who never posted (%)", "posts by the top 10% of posters (%)");
        int n = r.top10().length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 100 * r.never()[i];
            y[i] = 100 * r.top10()[i];
        }
        // the published ranges: never posted 46–97%, top 10% write at least half
        double[] bx = {ParticipationCheck.NEVER_MIN * 100, ParticipationCheck.NEVER_MAX * 100,
            ParticipationCheck.NEVER_MAX * 100, ParticipationCheck.NEVER_MIN * 100};
        double[] by = {ParticipationCheck.TOP10_MIN * 100, ParticipationCheck.TOP10_MIN * 100, 100, 100};
        XYSeries band = chart.addSeries("published range", bx, by);
        band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(), 40));
        band.setLineStyle(SeriesLines.NONE);
        band.setMarker(SeriesMarkers.NONE);
        dots(chart, "one run (" + n + " runs)", Charts.scenarioColor(0), x, y);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(100.0).setYAxisMin(0.0).setYAxisMax(100.0);
        return save(chart, "participation", title, "Reference group (cap 300, threshold 0.2, default referral "
                + "model), members present through the last 84 of 180 days; the shaded box is the published range.",
                dir);
    }

    static Charts.Drawn joinVsFriends(JoinVsFriendsCheck.Result r, Path dir) throws IOException {
        String title = "Joining vs friends already in the group";
        XYChart chart = chart(title, "friends in the group (k)", "daily probability of joining (%)");
        int kMax = 16;
        List<double[]> all = new ArrayList<>();
        List<double[]> tied = new ArrayList<>();
        List<double[]> untied = new ArrayList<>();
        for (int k = 1; k <= kMax; k++) {
            if (r.exposures(k) >= 20_000) {
                all.add(new double[] {k, 100 * r.p(k)});
            }
            if (k >= 2 && r.exposuresTied()[k] >= 20_000) {
                tied.add(new double[] {k, 100 * r.pTied(k)});
            }
            if (k >= 2 && r.exposuresUntied()[k] >= 20_000) {
                untied.add(new double[] {k, 100 * r.pUntied(k)});
            }
        }
        series(chart, "all exposures", THEORY, all);
        series(chart, "some of the friends tied to each other", Charts.scenarioColor(0), tied);
        series(chart, "none of the friends tied to each other", Charts.scenarioColor(1), untied);
        chart.getStyler().setYAxisMin(0.0).setXAxisMin(0.0).setXAxisMax((double) kMax + 0.5);
        return save(chart, "join-vs-friends", title, "Reference group without a size cap, " + r.runs() + " runs; "
                + "every person-day with k friends inside is one exposure (points with at least 20,000 exposures).",
                dir);
    }

    static Charts.Drawn referralDepth(ReferralDepthCheck.Result r, Path dir) throws IOException {
        String title = "Referral trees are shallow";
        XYChart chart = chart(title, "invitation depth", "share of referral joins (%)");
        long total = r.total();
        int max = Math.min(r.byDepth().length, 12);
        for (int d = 0; d < max; d++) {
            double share = 100.0 * r.byDepth()[d] / total;
            double[] bx = {d + 0.6, d + 1.4, d + 1.4, d + 0.6};
            double[] by = {0, 0, share, share};
            XYSeries bar = chart.addSeries("depth " + (d + 1), bx, by);
            bar.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
            Color c = d < 2 ? Charts.scenarioColor(0) : new Color(0x999999);
            bar.setFillColor(c);
            bar.setLineColor(c);
            bar.setMarker(SeriesMarkers.NONE);
            bar.setShowInLegend(false);
        }
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0).setXAxisMin(0.4).setXAxisMax(max + 0.6);
        String caption = String.format(java.util.Locale.ROOT, "Reference group, %,d referral joins pooled over "
                + "runs; depth 1–2 (blue) hold %.1f%%; mean depth %.2f, deepest %d.", total,
                100 * r.pooledShallowShare(), r.meanDepth(), r.maxDepth());
        return save(chart, "referral-depth", title, caption, dir);
    }

    static Charts.Drawn wattsWindow(WattsCheck.Result r, Path dir) throws IOException {
        String title = "Watts's cascade window: global cascades from one seed";
        XYChart chart = chart(title, "mean degree z", "share (%)");
        double[] window = WattsCheck.analyticWindow(WattsCheck.PHI);
        double[] bx = {window[0], window[1], window[1], window[0]};
        double[] by = {0, 0, 100, 100};
        XYSeries band = chart.addSeries(String.format(java.util.Locale.ROOT, "analytic window, z in %.2f-%.2f",
                window[0], window[1]), bx, by);
        band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(), 40));
        band.setLineStyle(SeriesLines.NONE);
        band.setMarker(SeriesMarkers.NONE);
        List<double[]> frequency = new ArrayList<>();
        List<double[]> size = new ArrayList<>();
        for (int i = 0; i < r.degrees().length; i++) {
            frequency.add(new double[] {r.degrees()[i], 100 * r.frequency(i)});
            if (Double.isFinite(r.meanGlobalSize()[i])) {
                size.add(new double[] {r.degrees()[i], 100 * r.meanGlobalSize()[i]});
            }
        }
        series(chart, "runs ending in a global cascade", Charts.scenarioColor(0), frequency);
        series(chart, "mean size of the global cascades", Charts.scenarioColor(1), size);
        chart.getStyler().setYAxisMin(0.0).setYAxisMax(105.0).setXAxisMin(0.0).setLegendPosition(LegendPosition.OutsideS)
                .setLegendLayout(LegendLayout.Horizontal);
        return save(chart, "watts-window", title, String.format(java.util.Locale.ROOT, "Fractional-threshold rule, "
                + "everyone at threshold %.2f, one random seed, Erdős–Rényi graphs of %,d persons, %d runs per "
                + "degree; a global cascade is more than half the population.", WattsCheck.PHI, r.population(),
                r.runs()[0]), dir);
    }

    // ---------------------------------------------------------------------------------------------------

    private static XYChart chart(String title, String x, String y) {
        XYChart chart = new XYChart(WIDTH, HEIGHT);
        chart.setTitle(title);
        chart.setXAxisTitle(x);
        chart.setYAxisTitle(y);
        XYStyler s = chart.getStyler();
        Charts.applyStyle(s, Charts.chartText(Lang.EN, List.of(), l -> List.of(title, x, y)).family());
        s.setLegendPosition(LegendPosition.InsideNW);
        s.setLegendLayout(LegendLayout.Vertical);
        s.setLegendBorderColor(new Color(0xDDDDDD));
        s.setMarkerSize(7);
        s.setYAxisDecimalPattern("0.###");
        return chart;
    }

    private static void line(XYChart chart, String name, Color c, float width, boolean dashed, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setLineColor(c);
        s.setLineStyle(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {8f, 6f}, 0f) : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        s.setMarker(SeriesMarkers.NONE);
    }

    private static void dots(XYChart chart, String name, Color c, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(c);
    }

    private static void series(XYChart chart, String name, Color c, List<double[]> points) {
        if (points.isEmpty()) {
            return;
        }
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        s.setLineColor(c);
        s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        s.setMarker(SeriesMarkers.CIRCLE);
        s.setMarkerColor(c);
    }

    private static Charts.Drawn save(XYChart chart, String id, String title, String caption, Path dir)
            throws IOException {
        Charts.ChartText text = Charts.chartText(Lang.EN, List.of(), l -> List.of(title));
        return Charts.save(chart, id, title, caption, List.of(), text, Lang.EN, dir);
    }
}
