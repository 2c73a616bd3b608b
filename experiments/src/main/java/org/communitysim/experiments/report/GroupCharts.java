package org.communitysim.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.montecarlo.GroupTrace;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.experiments.stats.KaplanMeier;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a world of many groups (docs/model.md §4.12): the Kaplan–Meier survival curve of each scenario's
 * groups with its cluster-bootstrap band, and small multiples of one run's groups, one small panel per group (members
 * and active members, the days it opened and died marked). Drawn like the report's other charts ({@link Charts}: the
 * same style, colours, fonts and files).
 */
public final class GroupCharts {
    /** The most panels drawn per scenario: more would not be small multiples any more. */
    public static final int MAX_PANELS = 12;
    /** The ages (days since opening) the report quotes the share alive at. */
    public static final int[] QUOTED_DAYS = {7, 30};

    static final int SURVIVAL_WIDTH = 900;
    static final int SURVIVAL_HEIGHT = 440;
    static final int PANEL_WIDTH = 300;
    static final int PANEL_HEIGHT = 210;
    private static final int ALPHA_BAND = 50;
    private static final Color MARK = new Color(0x777777);
    private static final Color DIED = new Color(0xB22222);

    private GroupCharts() {
    }

    /** The survival chart's file name (and the figure's id). */
    public static final String SURVIVAL_ID = "survival";

    /** The files' base name of group {@code group}'s panel of the scenario at position {@code s}. */
    public static String panelId(int s, int group) {
        return "groups-" + (s + 1) + "-" + group;
    }

    /**
     * The survival curve of every scenario that has one, on one pair of axes: a step line of S(day) in the scenario's
     * colour over its 95% band, dashed grey lines at the quoted days.
     */
    public static Charts.Drawn survival(List<ScenarioRuns> scenarios, Lang lang, Path dir) throws IOException {
        List<String> names = Charts.displayNames(scenarios);
        Charts.ChartText text = Charts.chartText(lang, names, l -> List.of(Labels.text(Text.SURVIVAL_TITLE, l),
                Labels.text(Text.AXIS_DAYS_SINCE_OPENING, l), Labels.text(Text.AXIS_SHARE_ALIVE, l)));
        Lang tl = text.lang();
        String title = Labels.text(Text.SURVIVAL_TITLE, lang);
        String caption = Labels.text(Text.SURVIVAL_CAPTION, lang);
        XYChart chart = new XYChart(SURVIVAL_WIDTH, SURVIVAL_HEIGHT);
        chart.setTitle(Labels.text(Text.SURVIVAL_TITLE, tl));
        chart.setXAxisTitle(Labels.text(Text.AXIS_DAYS_SINCE_OPENING, tl));
        chart.setYAxisTitle(Labels.text(Text.AXIS_SHARE_ALIVE, tl));
        Charts.applyStyle(chart.getStyler(), text.family());
        chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(LegendLayout.Horizontal);
        chart.getStyler().setMarkerSize(0);
        int maxDays = 0;
        for (int s = 0; s < scenarios.size(); s++) {
            KaplanMeier.Curve c = scenarios.get(s).groups().survival();
            if (c == null) {
                continue;
            }
            maxDays = Math.max(maxDays, c.days());
            double[][] band = stepBand(c);
            XYSeries area = chart.addSeries("s" + s + "-band", band[0], band[1]);
            area.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
            area.setFillColor(withAlpha(Charts.scenarioColor(s), ALPHA_BAND));
            area.setLineStyle(SeriesLines.NONE);
            area.setMarker(SeriesMarkers.NONE);
            area.setShowInLegend(false);
        }
        if (maxDays == 0) {
            return Charts.skip(SURVIVAL_ID, title, caption,
                    List.of(Labels.format(Text.BOX_NOT_DRAWN, lang, title)), dir);
        }
        for (int s = 0; s < scenarios.size(); s++) {
            KaplanMeier.Curve c = scenarios.get(s).groups().survival();
            if (c == null) {
                continue;
            }
            double[][] step = step(c.survival());
            XYSeries line = chart.addSeries("s" + s + "-survival", step[0], step[1]);
            line.setLabel(names.get(s));
            line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            line.setLineColor(Charts.scenarioColor(s));
            line.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            line.setMarker(SeriesMarkers.NONE);
        }
        offGrid(chart, 0);
        double xHigh = Math.max(10, Math.ceil((maxDays - 1) / 10.0) * 10);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(xHigh);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setAnnotationTextFont(new Font(text.family(), Font.PLAIN, 11));
        chart.getStyler().setAnnotationTextFontColor(MARK);
        for (int day : QUOTED_DAYS) {
            if (day < maxDays) {
                vertical(chart, "day" + day, day, 0, 100, MARK);
                chart.addAnnotation(new AnnotationText(Labels.format(Text.MARK_DAY, tl, day),
                        day + 0.03 * xHigh, 4, false));
            }
        }
        return Charts.save(chart, SURVIVAL_ID, title, caption, List.of(), text, lang, dir);
    }

    /**
     * One small panel per group of replicate 0 of the scenario at position {@code s} (at most {@link #MAX_PANELS}; the
     * notes of the first panel count the rest): members (solid) and active members (dashed) in the scenario's colour,
     * on one y-axis for every panel of the scenario, the day it opened (if after day 0) and the day it died marked.
     */
    public static List<Charts.Drawn> panels(ScenarioRuns runs, int s, Lang lang, Path dir) throws IOException {
        List<GroupTrace> traces = runs.groups().traces();
        List<String> names = List.of(Charts.displayNames(List.of(runs)).get(0));
        Charts.ChartText text = Charts.chartText(lang, names, l -> List.of(Labels.format(Text.GROUP_PANEL_TITLE, l, 0),
                Labels.format(Text.GROUP_PANEL_FROM, l, 0, 1), Labels.text(Text.AXIS_DAY, l),
                Labels.text(Text.MARK_OPENED, l), Labels.text(Text.MARK_DIED, l)));
        Lang tl = text.lang();
        double yMax = 1;
        int days = 0;
        for (GroupTrace t : traces) {
            for (double v : t.members()) {
                yMax = Math.max(yMax, v);
            }
            days = Math.max(days, t.members().length);
        }
        yMax *= 1.08;
        double xHigh = Math.max(10, Math.ceil((days - 1) / 10.0) * 10);
        Color colour = Charts.scenarioColor(s);
        List<Charts.Drawn> drawn = new ArrayList<>();
        int shown = Math.min(MAX_PANELS, traces.size());
        for (int k = 0; k < shown; k++) {
            GroupTrace t = traces.get(k);
            XYChart chart = new XYChart(PANEL_WIDTH, PANEL_HEIGHT);
            String titleIn = t.parent() < 0 ? Labels.format(Text.GROUP_PANEL_TITLE, tl, t.group() + 1)
                    : Labels.format(Text.GROUP_PANEL_FROM, tl, t.group() + 1, t.parent() + 1);
            String title = t.parent() < 0 ? Labels.format(Text.GROUP_PANEL_TITLE, lang, t.group() + 1)
                    : Labels.format(Text.GROUP_PANEL_FROM, lang, t.group() + 1, t.parent() + 1);
            chart.setTitle(titleIn);
            Charts.applyStyle(chart.getStyler(), text.family());
            chart.getStyler().setLegendVisible(false);
            chart.getStyler().setChartTitleFont(new Font(text.family(), Font.BOLD, 12));
            chart.getStyler().setAxisTickLabelsFont(new Font(text.family(), Font.PLAIN, 10));
            chart.getStyler().setChartPadding(6);
            chart.getStyler().setMarkerSize(0);
            double[] x = new double[t.members().length];
            for (int d = 0; d < x.length; d++) {
                x[d] = d;
            }
            XYSeries members = chart.addSeries("members", x, t.members());
            members.setLineColor(colour);
            members.setLineStyle(new BasicStroke(2f));
            members.setMarker(SeriesMarkers.NONE);
            XYSeries active = chart.addSeries("active", x, t.active());
            active.setLineColor(colour.darker());
            active.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {4f, 3f}, 0f));
            active.setMarker(SeriesMarkers.NONE);
            chart.getStyler().setAnnotationTextFont(new Font(text.family(), Font.PLAIN, 10));
            chart.getStyler().setAnnotationTextFontColor(MARK);
            if (t.openDay() > 0) {
                vertical(chart, "opened", t.openDay(), 0, yMax, MARK);
                chart.addAnnotation(new AnnotationText(Labels.text(Text.MARK_OPENED, tl),
                        label(t.openDay(), xHigh), yMax * 0.93, false));
            }
            if (t.deadDay() >= 0) {
                vertical(chart, "died", t.deadDay(), 0, yMax, DIED);
                chart.addAnnotation(new AnnotationText(Labels.text(Text.MARK_DIED, tl), label(t.deadDay(), xHigh),
                        yMax * 0.82, false));
            }
            offGrid(chart, 0);
            chart.getStyler().setXAxisMin(0.0);
            chart.getStyler().setXAxisMax(xHigh);
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(yMax);
            List<String> notes = k == 0 && traces.size() > shown
                    ? List.of(Labels.format(Text.GROUPS_NOT_DRAWN, lang, traces.size() - shown)) : List.of();
            drawn.add(Charts.save(chart, panelId(s, t.group()), title, title, notes, text, lang, dir));
        }
        return drawn;
    }

    /**
     * One invisible point off the day grid: XChart 4.0.3 puts a tick on every k-th x value when all are equally
     * spaced (days are), which crowds the axis; with it, it chooses round steps (as {@link Charts}' fan charts do).
     */
    private static void offGrid(XYChart chart, double y) {
        XYSeries axis = chart.addSeries("axis", new double[] {0, 0.5}, new double[] {y, y});
        axis.setLineStyle(SeriesLines.NONE);
        axis.setMarker(SeriesMarkers.NONE);
        axis.setShowInLegend(false);
    }

    /** An annotation's x: right of the line, or left of it near the right edge. */
    private static double label(int day, double xHigh) {
        return day + 0.16 * xHigh <= xHigh ? day + 0.09 * xHigh : day - 0.09 * xHigh;
    }

    private static void vertical(XYChart chart, String key, double x, double yLow, double yHigh, Color colour) {
        XYSeries line = chart.addSeries(key, new double[] {x, x}, new double[] {yLow, yHigh});
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setLineColor(colour);
        line.setLineStyle(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {5f, 4f}, 0f));
        line.setMarker(SeriesMarkers.NONE);
        line.setShowInLegend(false);
    }

    /** S as a step function in percent: flat over each day, dropping at the start of the next. */
    private static double[][] step(double[] s) {
        int n = s.length;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int a = 0; a < n; a++) {
            x[2 * a] = a;
            x[2 * a + 1] = a + 1;
            y[2 * a] = 100 * s[a];
            y[2 * a + 1] = 100 * s[a];
        }
        return new double[][] {x, y};
    }

    /** The band as one closed outline of steps: the upper bound left to right, then the lower bound back. */
    private static double[][] stepBand(KaplanMeier.Curve c) {
        double[][] up = step(c.high());
        double[][] down = step(c.low());
        int n = up[0].length;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[i] = up[0][i];
            y[i] = up[1][i];
            x[2 * n - 1 - i] = down[0][i];
            y[2 * n - 1 - i] = down[1][i];
        }
        return new double[][] {x, y};
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
