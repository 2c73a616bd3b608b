package org.communitysim.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communitysim.experiments.calibration.CalibrationResult;
import org.communitysim.experiments.calibration.ObservedKpi;
import org.communitysim.experiments.report.CalibrationLabels.C;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The calibration's charts: per observed column, the observed days as dots over the model's 50% and 90% bands and
 * median at the estimate, so a reader sees where the fitted model and the group part ways.
 */
final class CalibrationCharts {
    private static final Color BAND = Charts.scenarioColor(0);
    private static final Color OBSERVED = new Color(0x222222);

    private CalibrationCharts() {
    }

    static List<Charts.Drawn> writeAll(CalibrationResult result, Lang lang, Path dir) throws IOException {
        List<Charts.Drawn> out = new ArrayList<>();
        for (int k = 0; k < result.observed().kpis().size(); k++) {
            out.add(fit(result, k, lang, dir));
        }
        return out;
    }

    /** A KPI column's name for people. */
    static String name(ObservedKpi kpi, Lang lang) {
        return kpi.metric().map(m -> Labels.name(m, lang)).orElseGet(() -> Messages.text(C.POSTS, lang));
    }

    static String description(ObservedKpi kpi, Lang lang) {
        return kpi.metric().map(m -> Labels.description(m, lang))
                .orElseGet(() -> Messages.text(C.POSTS_DESCRIPTION, lang));
    }

    private static Charts.Drawn fit(CalibrationResult result, int k, Lang lang, Path dir) throws IOException {
        ObservedKpi kpi = result.observed().kpis().get(k);
        double[] observed = result.observed().column(k);
        double[][] cells = result.bands().get(k);
        int days = observed.length;
        Charts.ChartText text = Charts.chartText(lang, List.of(), l -> List.of(
                Messages.format(C.CHART_TITLE, l, name(kpi, l)), Labels.text(Labels.Text.AXIS_DAY, l), name(kpi, l),
                Messages.text(C.CHART_OBSERVED, l), Messages.text(C.CHART_MEDIAN, l)));
        Lang tl = text.lang();
        XYChart chart = new XYChart(Charts.FAN_WIDTH, Charts.FAN_HEIGHT);
        chart.setTitle(Messages.format(C.CHART_TITLE, tl, name(kpi, tl)));
        chart.setXAxisTitle(Labels.text(Labels.Text.AXIS_DAY, tl));
        chart.setYAxisTitle(name(kpi, tl));
        Charts.applyStyle(chart.getStyler(), text.family());
        chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        double[] x = new double[days];
        double[][] q = new double[6][days];
        double high = 0;
        for (int d = 0; d < days; d++) {
            x[d] = d;
            for (int i = 0; i < 6; i++) {
                q[i][d] = cells[d][i];
            }
            high = Math.max(high, Math.max(cells[d][5], observed[d]));
        }
        band(chart, "band90", x, q[5], q[1], 40);
        band(chart, "band50", x, q[4], q[2], 80);
        XYSeries median = chart.addSeries(Messages.text(C.CHART_MEDIAN, tl), x, q[3]);
        median.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        median.setLineColor(BAND);
        median.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        median.setMarker(SeriesMarkers.NONE);
        XYSeries dots = chart.addSeries(Messages.text(C.CHART_OBSERVED, tl), x, observed);
        dots.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        dots.setMarker(SeriesMarkers.CIRCLE);
        dots.setMarkerColor(OBSERVED);
        chart.getStyler().setMarkerSize(5);
        // one invisible point off the grid, as in Charts.fanChart: XChart then picks round day ticks (0, 20, 40…)
        // instead of one tick per equally spaced value
        XYSeries axis = chart.addSeries("axis", new double[] {0, 0.5}, new double[] {0, 0});
        axis.setLineStyle(SeriesLines.NONE);
        axis.setMarker(SeriesMarkers.NONE);
        axis.setShowInLegend(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(high > 0 ? high * 1.05 : 1.0);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(Math.max(10, Math.ceil((days - 1) / 10.0) * 10));
        String title = Messages.format(C.CHART_TITLE, lang, name(kpi, lang));
        String caption = Messages.format(C.CHART_CAPTION, lang, Labels.sentence(description(kpi, lang), lang),
                Formats.integer(result.spec().bandReplicates()));
        return Charts.save(chart, "fit-" + kpi.column(), title, caption, List.of(), text, lang, dir);
    }

    private static void band(XYChart chart, String key, double[] x, double[] upper, double[] lower, int alpha) {
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = x[i];
            py[i] = upper[i];
            px[2 * n - 1 - i] = x[i];
            py[2 * n - 1 - i] = lower[i];
        }
        XYSeries s = chart.addSeries(key, px, py);
        s.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        s.setFillColor(new Color(BAND.getRed(), BAND.getGreen(), BAND.getBlue(), alpha));
        s.setLineStyle(SeriesLines.NONE);
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(false);
    }
}
