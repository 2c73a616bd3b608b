package org.communitysim.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.communitysim.experiments.report.SweepLabels.T;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.experiments.sweep.DesignType;
import org.communitysim.experiments.sweep.PointSummary;
import org.communitysim.experiments.sweep.sensitivity.SensitivityIndices;
import org.communitysim.experiments.sweep.SweepParameter;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;
import org.communitysim.model.Unit;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts of a sweep, in the report's style (PNG at twice the size and SVG, deterministic bytes, Chinese text
 * when a font can draw it): a heat map — the phase diagram — of each outcome of interest for a two-parameter grid;
 * the mean with its 95% CI band for one parameter; bars of the sensitivity indices with bootstrap CIs for Morris
 * and Saltelli designs; for other designs a scatter of each outcome against each parameter.
 *
 * <p>The heat map is XChart's {@link HeatMapChart} (built through its builder, which sets the theme; a
 * {@code new HeatMapChart(w, h)} of 4.0.3 paints nothing), in piecewise mode so the colour scale reads as
 * ranges. Its value font must be set: 4.0.3 has no default and fails on a null font.
 */
final class SweepCharts {
    private SweepCharts() {
    }

    static final int WIDTH = 900;
    static final int HEAT_HEIGHT = 520;
    static final int LINE_HEIGHT = 440;
    static final int SCATTER_WIDTH = 600;
    static final int SCATTER_HEIGHT = 400;
    static final int MAX_SCATTERS = 24;

    /** Share outcomes: red below one half, blue above (ColorBrewer RdBu ends, light enough for dark labels). */
    private static final Color[] DIVERGING = {new Color(0xD6604D), new Color(0xF7F7F7), new Color(0x4393C3)};
    /** Other outcomes: light to mid blue. */
    private static final Color[] SEQUENTIAL = {new Color(0xF7FBFF), new Color(0x9ECAE1), new Color(0x3182BD)};
    private static final Color INK = new Color(0x222222);

    /** Every chart that fits the sweep, in report order. */
    static List<Charts.Drawn> writeAll(SweepResult result, Lang lang, Path dir) throws IOException {
        List<Charts.Drawn> out = new ArrayList<>();
        List<RunOutcome> outcomes = result.spec().outcomes();
        int[] varied = SweepGrid.varied(result);
        Optional<SweepGrid> grid = SweepGrid.of(result);
        DesignType design = result.spec().design();
        if (grid.isPresent()) {
            for (RunOutcome o : outcomes) {
                out.add(heatmap(result, grid.get(), o, lang, dir));
                out.add(heatmap(result, grid.get(), o, lang, dir, true));
            }
        } else if (varied.length == 1) {
            for (RunOutcome o : outcomes) {
                out.add(line(result, varied[0], o, lang, dir));
            }
        }
        for (SensitivityIndices s : result.sensitivity()) {
            out.add(sensitivity(result, s, lang, dir));
        }
        boolean screening = design == DesignType.MORRIS || design == DesignType.SALTELLI;
        if (grid.isEmpty() && varied.length >= 2 && !screening) {
            int drawn = 0;
            int total = outcomes.size() * varied.length;
            for (RunOutcome o : outcomes) {
                for (int j : varied) {
                    if (drawn++ < MAX_SCATTERS) {
                        out.add(scatter(result, j, o, lang, dir));
                    }
                }
            }
            if (total > MAX_SCATTERS && !out.isEmpty()) {
                Charts.Drawn last = out.remove(out.size() - 1);
                List<String> notes = new ArrayList<>(last.notes());
                notes.add(Messages.format(T.SCATTER_LIMIT, lang, MAX_SCATTERS, total));
                out.add(new Charts.Drawn(last.id(), last.title(), last.caption(), notes, last.svg(), last.pngFile(),
                        last.svgFile(), last.textInEnglish()));
            }
        }
        return List.copyOf(out);
    }

    // --- heat map (phase diagram) ----------------------------------------------------------------------

    /** The phase diagram of one outcome: rows = the first varied parameter, columns = the second. */
    static Charts.Drawn heatmap(SweepResult result, SweepGrid grid, RunOutcome outcome, Lang lang, Path dir)
            throws IOException {
        return heatmap(result, grid, outcome, lang, dir, false);
    }

    /**
     * The phase diagram of one outcome ({@code uncertainty} false: each cell's mean) or its uncertainty (true: each
     * cell's half-width of the 95% CI of the mean, so a reader sees where the diagram is well measured and where a
     * boundary may lie elsewhere). Cells without a value (or without an interval: fewer than two replicates with a
     * value) are left blank.
     */
    static Charts.Drawn heatmap(SweepResult result, SweepGrid grid, RunOutcome outcome, Lang lang, Path dir,
            boolean uncertainty) throws IOException {
        String id = (uncertainty ? "heatmap-ci-" : "heatmap-") + outcome.column();
        String rowPath = grid.rowPath();
        String columnPath = grid.columnPath();
        Function<Lang, List<String>> texts = l -> List.of(
                Messages.format(uncertainty ? T.HEATMAP_CI_TITLE : T.HEATMAP_TITLE, l, Labels.name(outcome, l),
                        Labels.inSentence(SweepLabels.parameter(rowPath, l), l),
                        Labels.inSentence(SweepLabels.parameter(columnPath, l), l)),
                SweepLabels.parameter(rowPath, l), SweepLabels.parameter(columnPath, l));
        Charts.ChartText text = Charts.chartText(lang, List.of(), texts);
        List<String> t = texts.apply(text.lang());
        List<String> here = texts.apply(lang);
        String title = here.get(0);
        String caption = uncertainty ? uncertaintyCaption(result, grid, outcome, lang)
                : heatmapCaption(result, grid, outcome, lang);

        double[] rows = grid.rows();
        double[] columns = grid.columns();
        Unit unit = outcome.unit();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        List<Number[]> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.length; c++) {
                double m = uncertainty ? halfWidth(grid.summary(outcome, r, c)) : grid.mean(outcome, r, c);
                if (Double.isFinite(m)) {
                    cells.add(new Number[] {c, r, m});
                    low = Math.min(low, m);
                    high = Math.max(high, m);
                }
            }
        }
        if (cells.isEmpty()) {
            return Charts.skip(id, title, caption,
                    List.of(Labels.format(Labels.Text.BOX_NOT_DRAWN, lang, Labels.name(outcome, lang))), dir);
        }
        boolean share = unit == Unit.SHARE && !uncertainty;
        double min = share || uncertainty ? 0 : low;
        double max = share ? 1 : high;
        if (!(max > min)) {
            double pad = Math.max(1e-9, Math.abs(max) * 0.1);
            min -= pad;
            max += pad;
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEAT_HEIGHT).build();
        chart.setTitle(t.get(0));
        chart.setYAxisTitle(t.get(1));
        chart.setXAxisTitle(t.get(2));
        HeatMapStyler s = chart.getStyler();
        Charts.applyStyle(s, text.family());
        s.setPlotGridLinesVisible(false);
        // every level labelled: XChart drops category labels closer than its default spacing hint
        s.setXAxisTickMarkSpacingHint(12);
        s.setYAxisTickMarkSpacingHint(12);
        s.setLegendPosition(LegendPosition.OutsideE);
        s.setShowValue(true);
        s.setValueFont(new Font(text.family(), Font.PLAIN, 12));
        s.setValueFontColor(INK);
        s.setDrawBorder(true);
        s.setPiecewise(true);
        s.setPiecewiseRanged(true);
        int bins = share ? 10 : 6;
        s.setSplitNumber(bins);
        s.setRangeColors(binColours(share ? DIVERGING : SEQUENTIAL, bins));
        s.setMin(min);
        // 4.0.3's piecewise colouring indexes past its colours for a value exactly at the maximum
        s.setMax(max + (max - min) * 1e-9);
        s.setHeatMapValueDecimalPattern(cellPattern(unit, low, high));
        int decimals = Formats.decimals(unit, Formats.isPercent(unit) ? 100 : 1, min, max);
        s.setHeatMapDecimalValueFormatter(v -> legendValue(unit, v, decimals));
        List<String> x = new ArrayList<>();
        for (double v : columns) {
            x.add(value(v, parameter(result, grid.columnParameter()).integer()));
        }
        List<String> y = new ArrayList<>();
        for (double v : rows) {
            y.add(value(v, parameter(result, grid.rowParameter()).integer()));
        }
        chart.addSeries(outcome.column(), x, y, cells);
        return Charts.save(chart, id, title, caption, List.of(), text, lang, dir);
    }

    /**
     * One colour per bin, interpolated between the stops. XChart 4.0.3 interpolates piecewise colours as
     * {@code colours[i·n/bins]} to {@code colours[i·n/bins + 1]}, which reads past the array when there are fewer
     * than half as many colours as bins; with exactly one colour per bin it uses bin i's colour as given.
     */
    static Color[] binColours(Color[] stops, int bins) {
        Color[] out = new Color[bins];
        for (int i = 0; i < bins; i++) {
            double t = bins == 1 ? 0 : (double) i / (bins - 1) * (stops.length - 1);
            int lo = Math.min(stops.length - 2, (int) Math.floor(t));
            double f = t - lo;
            Color a = stops[lo];
            Color b = stops[lo + 1];
            out[i] = new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
        return out;
    }

    /** The cells' number pattern (java.text.DecimalFormat; "0%" multiplies by 100). */
    private static String cellPattern(Unit unit, double low, double high) {
        double max = Math.max(Math.abs(low), Math.abs(high));
        return switch (unit) {
            case SHARE -> "0%";
            case RATE_PER_DAY -> "0.00%";
            case COUNT, DAYS, MONEY -> max >= 10 ? "0" : "0.0";
            case INDEX -> max >= 100 ? "0" : max >= 10 ? "0.0" : "0.00";
        };
    }

    /** A bin edge of the colour scale: shares and rates in %, others as numbers. */
    private static String legendValue(Unit unit, double v, int decimals) {
        boolean percent = Formats.isPercent(unit);
        String n = Formats.number(percent ? 100 * v : v, decimals, false);
        return percent ? n + "%" : n;
    }

    /** Replicates a cell needs for its mean to be reported without a warning (a t interval on 4 degrees of freedom). */
    static final int FEW_REPLICATES = 5;

    /**
     * Half the width of a summary's 95% CI, the ± around its mean; NaN without one. An interval cut at the outcome's
     * possible range (a share's at 0) is measured on its uncut side, so ± this still holds the cut interval.
     */
    static double halfWidth(Summary s) {
        return s == null ? Double.NaN : Math.max(s.mean() - s.ciLow(), s.ciHigh() - s.mean());
    }

    /** What the uncertainty map shows: how to read it, the widest interval and where, the cells with few replicates. */
    static String uncertaintyCaption(SweepResult result, SweepGrid grid, RunOutcome outcome, Lang lang) {
        StringBuilder sb = new StringBuilder(Messages.text(T.HEATMAP_CI_HOW, lang));
        String sep = Labels.text(Labels.Text.SENTENCE_SEPARATOR, lang);
        double[] rows = grid.rows();
        double[] columns = grid.columns();
        double widest = Double.NaN;
        int wr = -1;
        int wc = -1;
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.length; c++) {
                double h = halfWidth(grid.summary(outcome, r, c));
                if (Double.isFinite(h) && (wr < 0 || h > widest)) {
                    widest = h;
                    wr = r;
                    wc = c;
                }
            }
        }
        if (wr >= 0) {
            sb.append(sep).append(Messages.format(T.HEATMAP_CI_WIDEST, lang, Formats.value(outcome, lang, widest),
                    SweepLabels.parameter(grid.rowPath(), lang),
                    value(rows[wr], parameter(result, grid.rowParameter()).integer()),
                    SweepLabels.parameter(grid.columnPath(), lang),
                    value(columns[wc], parameter(result, grid.columnParameter()).integer())));
        }
        String few = fewReplicates(result, grid, outcome, lang);
        if (!few.isEmpty()) {
            sb.append(sep).append(few);
        }
        return sb.toString();
    }

    /** The cells with fewer than {@link #FEW_REPLICATES} replicates with a value, or "" when there are none. */
    static String fewReplicates(SweepResult result, SweepGrid grid, RunOutcome outcome, Lang lang) {
        List<String> cells = new ArrayList<>();
        double[] rows = grid.rows();
        double[] columns = grid.columns();
        boolean rowInteger = parameter(result, grid.rowParameter()).integer();
        boolean columnInteger = parameter(result, grid.columnParameter()).integer();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < columns.length; c++) {
                Summary s = grid.summary(outcome, r, c);
                int n = s == null ? 0 : s.n();
                if (n < FEW_REPLICATES) {
                    cells.add("(" + value(rows[r], rowInteger) + ", " + value(columns[c], columnInteger) + ") n = " + n);
                }
            }
        }
        if (cells.isEmpty()) {
            return "";
        }
        return Messages.format(T.HEATMAP_FEW, lang, FEW_REPLICATES,
                Labels.inSentence(SweepLabels.parameter(grid.rowPath(), lang), lang),
                Labels.inSentence(SweepLabels.parameter(grid.columnPath(), lang), lang),
                String.join(lang == Lang.ZH ? "；" : "; ", cells));
    }

    /** What the heat map shows, with numbers read from the points: the 50% boundary of a share, else the extremes. */
    static String heatmapCaption(SweepResult result, SweepGrid grid, RunOutcome outcome, Lang lang) {
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.format(T.HEATMAP_HOW, lang, result.spec().replicates()));
        String sep = Labels.text(Labels.Text.SENTENCE_SEPARATOR, lang);
        if (outcome.unit() == Unit.SHARE) {
            sb.append(sep).append(boundarySentence(result, grid, outcome, lang));
        } else {
            sb.append(sep).append(extremesSentence(result, outcome, lang));
        }
        String few = fewReplicates(result, grid, outcome, lang);
        if (!few.isEmpty()) {
            sb.append(sep).append(few);
        }
        sb.append(sep).append(Labels.sentence(Labels.description(outcome, lang), lang));
        return sb.toString();
    }

    /** "For each size cap, the lowest threshold at which the mean active share exceeds 50%: 50 → 0.3; …". */
    static String boundarySentence(SweepResult result, SweepGrid grid, RunOutcome outcome, Lang lang) {
        boolean rowInteger = parameter(result, grid.rowParameter()).integer();
        boolean columnInteger = parameter(result, grid.columnParameter()).integer();
        List<String> items = new ArrayList<>();
        for (SweepGrid.Crossing c : grid.lowestAbove(outcome, 0.5)) {
            String row = value(c.row(), rowInteger);
            if (c.never()) {
                items.add(Messages.format(T.BOUNDARY_NEVER, lang, row, Formats.value(outcome, lang, c.mean())));
            } else if (c.firstColumn()) {
                items.add(Messages.format(T.BOUNDARY_ALWAYS, lang, row, value(c.column(), columnInteger)));
            } else {
                items.add(Messages.format(T.BOUNDARY_ITEM, lang, row, value(c.column(), columnInteger)));
            }
        }
        String list = String.join(lang == Lang.ZH ? "；" : "; ", items);
        return Messages.format(T.BOUNDARY, lang, Labels.inSentence(SweepLabels.parameter(grid.rowPath(), lang), lang),
                Labels.inSentence(SweepLabels.parameter(grid.columnPath(), lang), lang),
                Labels.inSentence(Labels.name(outcome, lang), lang), list);
    }

    /** "Highest mean X: v at a = 1, b = 2; lowest: …". */
    static String extremesSentence(SweepResult result, RunOutcome outcome, Lang lang) {
        PointSummary best = null;
        PointSummary worst = null;
        for (PointSummary p : result.points()) {
            double m = mean(p, outcome);
            if (Double.isNaN(m)) {
                continue;
            }
            if (best == null || m > mean(best, outcome)) {
                best = p;
            }
            if (worst == null || m < mean(worst, outcome)) {
                worst = p;
            }
        }
        if (best == null) {
            return Labels.format(Labels.Text.BOX_NOT_DRAWN, lang, Labels.name(outcome, lang));
        }
        String[] v = Formats.values(outcome, lang, mean(best, outcome), mean(worst, outcome));
        return Messages.format(T.EXTREMES, lang, Labels.inSentence(Labels.name(outcome, lang), lang), v[0],
                at(result, best, lang), v[1], at(result, worst, lang));
    }

    /** "size cap = 50, entry threshold θ = 0.3" for the varied parameters of a point. */
    static String at(SweepResult result, PointSummary p, Lang lang) {
        List<String> parts = new ArrayList<>();
        for (int j : SweepGrid.varied(result)) {
            SweepParameter sp = parameter(result, j);
            parts.add(Messages.format(T.VALUE_AT, lang, Labels.inSentence(SweepLabels.parameter(sp.path(), lang), lang),
                    value(p.values()[j], sp.integer())));
        }
        return String.join(Labels.text(Labels.Text.LIST_SEPARATOR, lang), parts);
    }

    // --- one parameter: mean and CI band ---------------------------------------------------------------

    /** The mean of an outcome against the one varied parameter, with its 95% CI as a band. */
    static Charts.Drawn line(SweepResult result, int parameter, RunOutcome outcome, Lang lang, Path dir)
            throws IOException {
        String id = "line-" + outcome.column();
        String path = parameter(result, parameter).path();
        Unit unit = outcome.unit();
        boolean percent = Formats.isPercent(unit);
        Function<Lang, List<String>> texts = versusTexts(path, outcome, percent);
        Charts.ChartText text = Charts.chartText(lang, List.of(), texts);
        List<String> t = texts.apply(text.lang());
        String title = texts.apply(lang).get(0);
        String caption = Messages.format(T.LINE_HOW, lang, result.spec().replicates())
                + Labels.text(Labels.Text.SENTENCE_SEPARATOR, lang) + extremesSentence(result, outcome, lang);
        double scale = percent ? 100 : 1;

        List<PointSummary> points = new ArrayList<>(result.points());
        points.sort(Comparator.comparingDouble(p -> p.values()[parameter]));
        List<double[]> rows = new ArrayList<>(); // {x, mean, low, high}
        for (PointSummary p : points) {
            Summary s = p.summaries().get(outcome);
            if (s != null && Double.isFinite(s.mean())) {
                double lo = Double.isFinite(s.ciLow()) ? s.ciLow() : s.mean();
                double hi = Double.isFinite(s.ciHigh()) ? s.ciHigh() : s.mean();
                rows.add(new double[] {p.values()[parameter], scale * s.mean(), scale * lo, scale * hi});
            }
        }
        if (rows.isEmpty()) {
            return Charts.skip(id, title, caption,
                    List.of(Labels.format(Labels.Text.BOX_NOT_DRAWN, lang, Labels.name(outcome, lang))), dir);
        }
        XYChart chart = titledXY(WIDTH, LINE_HEIGHT, t, text, 7);
        XYStyler s = chart.getStyler();
        int n = rows.size();
        double[] xs = new double[n];
        double[] mean = new double[n];
        double[] bx = new double[2 * n];
        double[] by = new double[2 * n];
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            xs[i] = r[0];
            mean[i] = r[1];
            bx[i] = r[0];
            by[i] = r[3];
            bx[2 * n - 1 - i] = r[0];
            by[2 * n - 1 - i] = r[2];
            low = Math.min(low, r[2]);
            high = Math.max(high, r[3]);
        }
        Color c = Charts.scenarioColor(0);
        if (n > 1) {
            XYSeries band = chart.addSeries("ci", bx, by);
            band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
            band.setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
            band.setLineStyle(SeriesLines.NONE);
            band.setMarker(SeriesMarkers.NONE);
        }
        XYSeries line = chart.addSeries("mean", xs, mean);
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setLineColor(c);
        line.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        line.setMarker(SeriesMarkers.CIRCLE);
        line.setMarkerColor(c);
        boolean fromZero = low >= 0 && low < 0.25 * high;
        double pad = high > low ? 0.05 * (high - low) : Math.max(1, Math.abs(high) * 0.1);
        s.setYAxisMin(fromZero ? 0.0 : low - pad);
        s.setYAxisMax(high + pad);
        if (n == 1) {
            s.setXAxisMin(xs[0] - 1);
            s.setXAxisMax(xs[0] + 1);
        }
        return Charts.save(chart, id, title, caption, List.of(), text, lang, dir);
    }

    /** Title, x-axis and y-axis title of a chart of an outcome against one parameter, in a language. */
    private static Function<Lang, List<String>> versusTexts(String path, RunOutcome outcome, boolean percent) {
        return l -> List.of(
                Messages.format(T.LINE_TITLE, l, Labels.name(outcome, l),
                        Labels.inSentence(SweepLabels.parameter(path, l), l)),
                SweepLabels.parameter(path, l), Labels.name(outcome, l) + (percent ? " (%)" : ""));
    }

    // --- scatter ---------------------------------------------------------------------------------------

    /** Each design point's mean of an outcome against one parameter (the others vary too). */
    static Charts.Drawn scatter(SweepResult result, int parameter, RunOutcome outcome, Lang lang, Path dir)
            throws IOException {
        String path = parameter(result, parameter).path();
        String id = "scatter-" + outcome.column() + "-" + path.replaceAll("[^A-Za-z0-9_-]", "_");
        Unit unit = outcome.unit();
        boolean percent = Formats.isPercent(unit);
        Function<Lang, List<String>> texts = versusTexts(path, outcome, percent);
        Charts.ChartText text = Charts.chartText(lang, List.of(), texts);
        List<String> t = texts.apply(text.lang());
        String title = texts.apply(lang).get(0);
        String caption = Messages.format(T.SCATTER_HOW, lang, result.spec().replicates());
        double scale = percent ? 100 : 1;
        List<double[]> xy = new ArrayList<>();
        for (PointSummary p : result.points()) {
            double m = mean(p, outcome);
            if (Double.isFinite(m)) {
                xy.add(new double[] {p.values()[parameter], scale * m});
            }
        }
        if (xy.isEmpty()) {
            return Charts.skip(id, title, caption,
                    List.of(Labels.format(Labels.Text.BOX_NOT_DRAWN, lang, Labels.name(outcome, lang))), dir);
        }
        XYChart chart = titledXY(SCATTER_WIDTH, SCATTER_HEIGHT, t, text, 6);
        XYStyler s = chart.getStyler();
        double[] x = xy.stream().mapToDouble(r -> r[0]).toArray();
        double[] y = xy.stream().mapToDouble(r -> r[1]).toArray();
        XYSeries dots = chart.addSeries("points", x, y);
        dots.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        dots.setMarker(SeriesMarkers.CIRCLE);
        Color c = Charts.scenarioColor(0);
        dots.setMarkerColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 170));
        double low = Arrays.stream(y).min().orElse(0);
        double high = Arrays.stream(y).max().orElse(1);
        double pad = high > low ? 0.05 * (high - low) : Math.max(1, Math.abs(high) * 0.1);
        s.setYAxisMin(low >= 0 && low < 0.25 * high ? 0.0 : low - pad);
        s.setYAxisMax(high + pad);
        double xl = Arrays.stream(x).min().orElse(0);
        double xh = Arrays.stream(x).max().orElse(1);
        if (!(xh > xl)) {
            s.setXAxisMin(xl - 1);
            s.setXAxisMax(xh + 1);
        }
        return Charts.save(chart, id, title, caption, List.of(), text, lang, dir);
    }

    // --- sensitivity -----------------------------------------------------------------------------------

    private static final double BAR_HALF = 0.17;
    private static final double BAR_OFFSET = 0.2;

    /**
     * Bars of the two indices of each parameter (μ* and σ, or S1 and ST) with their bootstrap 95% CIs as whiskers.
     * One colour per parameter, named in the legend and written above its pair of bars (an annotation at the top of its
     * whiskers): XChart 4.0.3 cannot put arbitrary names under numeric ticks (its tick formatter is called at positions
     * it chooses from the labels' widths, dropping every other parameter when names are long), so the name stands where
     * the bars are.
     */
    static Charts.Drawn sensitivity(SweepResult result, SensitivityIndices si, Lang lang, Path dir)
            throws IOException {
        Outcome outcome = outcome(si.outcome());
        boolean morris = si.method().equals("morris");
        String id = "sensitivity-" + si.outcome();
        String outcomeName = outcome != null ? null : si.outcome();
        Function<Lang, String> name = l -> outcomeName != null ? outcomeName : Labels.name(outcome, l);
        List<String> names = parameterNames(si.parameters(), lang);
        Function<Lang, List<String>> texts = l -> List.of(
                Messages.format(morris ? T.SENS_TITLE_MORRIS : T.SENS_TITLE_SOBOL, l, name.apply(l)),
                Messages.text(morris ? T.AXIS_MORRIS : T.AXIS_SOBOL, l));
        Charts.ChartText text = Charts.chartText(lang, names, texts);
        List<String> t = texts.apply(text.lang());
        List<String> legend = parameterNames(si.parameters(), text.lang());
        String title = texts.apply(lang).get(0);
        String caption = Messages.text(morris ? T.SENS_HOW_MORRIS : T.SENS_HOW_SOBOL, lang)
                + Labels.text(Labels.Text.SENTENCE_SEPARATOR, lang) + sensitivitySentence(si, lang);
        int k = si.parameters().size();
        boolean any = false;
        for (int j = 0; j < k; j++) {
            any |= Double.isFinite(si.first()[j]) || Double.isFinite(si.second()[j]);
        }
        if (!any) {
            return Charts.skip(id, title, caption, List.of(Messages.format(T.SENS_NONE, lang, name.apply(lang))), dir);
        }
        XYChart chart = new XYChart(WIDTH, LINE_HEIGHT);
        chart.setTitle(t.get(0));
        chart.setYAxisTitle(t.get(1));
        XYStyler s = chart.getStyler();
        Charts.applyStyle(s, text.family());
        s.setXAxisTicksVisible(false);
        s.setXAxisTitleVisible(false);
        s.setYAxisDecimalPattern("0.###");
        s.setPlotGridVerticalLinesVisible(false);
        boolean row = legend.stream().mapToInt(n -> n.length() + 6).sum() <= 100;
        s.setLegendPosition(row ? LegendPosition.OutsideS : LegendPosition.OutsideE);
        s.setLegendLayout(row ? LegendLayout.Horizontal : LegendLayout.Vertical);
        s.setMarkerSize(0);
        double low = 0;
        double high = 0;
        for (int j = 0; j < k; j++) {
            Color c = Charts.scenarioColor(j);
            for (int which = 0; which < 2; which++) {
                double v = which == 0 ? si.first()[j] : si.second()[j];
                double lo = which == 0 ? si.firstLow()[j] : si.secondLow()[j];
                double hi = which == 0 ? si.firstHigh()[j] : si.secondHigh()[j];
                if (!Double.isFinite(v)) {
                    continue;
                }
                double x = j + (which == 0 ? -BAR_OFFSET : BAR_OFFSET);
                XYSeries bar = chart.addSeries("p" + j + "-" + which,
                        new double[] {x - BAR_HALF, x + BAR_HALF, x + BAR_HALF, x - BAR_HALF, x - BAR_HALF},
                        new double[] {0, 0, v, v, 0});
                bar.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
                bar.setFillColor(which == 0 ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), 80));
                bar.setLineColor(c);
                bar.setLineStyle(new BasicStroke(1.2f));
                bar.setMarker(SeriesMarkers.NONE);
                bar.setShowInLegend(which == 0);
                bar.setLabel(legend.get(j));
                low = Math.min(low, v);
                high = Math.max(high, v);
                if (Double.isFinite(lo) && Double.isFinite(hi)) {
                    double w = BAR_HALF / 2;
                    XYSeries whisker = chart.addSeries("p" + j + "-" + which + "-ci",
                            new double[] {x - w, x + w, x, x, x - w, x + w},
                            new double[] {lo, lo, lo, hi, hi, hi});
                    whisker.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
                    whisker.setLineColor(INK);
                    whisker.setLineStyle(new BasicStroke(1.5f));
                    whisker.setMarker(SeriesMarkers.NONE);
                    whisker.setShowInLegend(false);
                    low = Math.min(low, lo);
                    high = Math.max(high, hi);
                }
            }
        }
        double pad = high > low ? 0.05 * (high - low) : 0.1;
        // every parameter named above its bars, in the chart's language
        s.setAnnotationTextFont(new Font(text.family(), Font.PLAIN, 12));
        s.setAnnotationTextFontColor(INK);
        for (BarLabel b : barLabels(si, legend, pad)) {
            chart.addAnnotation(new AnnotationText(b.text(), b.x(), b.y(), false));
        }
        s.setYAxisMin(low < 0 ? low - pad : 0.0);
        s.setYAxisMax(high + 2.5 * pad);
        s.setXAxisMin(-0.6);
        s.setXAxisMax(k - 0.4);
        return Charts.save(chart, id, title, caption, List.of(), text, lang, dir);
    }

    /** A parameter's name where the sensitivity chart writes it: centred above its bars and whiskers. */
    record BarLabel(String text, double x, double y) {
    }

    /** One label per parameter with a value: at its bar pair's x, {@code pad} above its highest bar or whisker. */
    static List<BarLabel> barLabels(SensitivityIndices si, List<String> names, double pad) {
        List<BarLabel> out = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            double top = 0;
            boolean drawn = false;
            for (double y : new double[] {si.first()[j], si.firstHigh()[j], si.second()[j], si.secondHigh()[j]}) {
                if (Double.isFinite(y)) {
                    top = Math.max(top, y);
                    drawn = true;
                }
            }
            if (drawn) {
                out.add(new BarLabel(names.get(j), j, top + 1.2 * pad));
            }
        }
        return out;
    }

    /**
     * The most and least influential parameter, with numbers — "most influential" only when the leader's 95% interval
     * lies above every other parameter's; otherwise the parameters whose intervals overlap the leader's are named as
     * indistinguishable from it at this sample size (a ranking the bootstrap cannot support is not stated).
     */
    static String sensitivitySentence(SensitivityIndices si, Lang lang) {
        Outcome outcome = outcome(si.outcome());
        String name = outcome != null ? Labels.inSentence(Labels.name(outcome, lang), lang) : si.outcome();
        boolean morris = si.method().equals("morris");
        int top = argBest(si.first(), true);
        if (top < 0) {
            return Messages.format(T.SENS_NONE, lang, name);
        }
        String[] v = indexValues(si.first()[top], si.firstLow()[top], si.firstHigh()[top]);
        List<String> names = parameterNames(si.parameters(), lang);
        List<Integer> tied = indistinguishable(si.first(), si.firstLow(), si.firstHigh(), top);
        if (!tied.isEmpty()) {
            List<String> others = new ArrayList<>();
            for (int j : tied) {
                others.add(names.get(j));
            }
            String list = String.join(lang == Lang.ZH ? "、" : ", ", others);
            return Messages.format(morris ? T.SENS_TIE_MORRIS : T.SENS_TIE_SOBOL, lang, name, names.get(top), v[0], v[1],
                    v[2], list);
        }
        if (morris) {
            int least = argBest(si.first(), false);
            return Messages.format(T.SENS_TOP_MORRIS, lang, name, names.get(top), v[0], v[1], v[2],
                    names.get(least), indexValues(si.first()[least])[0]);
        }
        int total = argBest(si.second(), true);
        return Messages.format(T.SENS_TOP_SOBOL, lang, name, names.get(top), v[0], v[1], v[2],
                names.get(total < 0 ? top : total), total < 0 ? Formats.na(lang) : indexValues(si.second()[total])[0]);
    }

    /**
     * The parameters that cannot be told apart from the leader {@code top}: those whose 95% interval reaches the
     * leader's lower bound (or, when the leader has no interval, every other parameter with a value).
     */
    static List<Integer> indistinguishable(double[] value, double[] low, double[] high, int top) {
        List<Integer> out = new ArrayList<>();
        boolean topCi = Double.isFinite(low[top]) && Double.isFinite(high[top]);
        for (int j = 0; j < value.length; j++) {
            if (j == top || !Double.isFinite(value[j])) {
                continue;
            }
            double reach = Double.isFinite(high[j]) ? high[j] : value[j];
            if (!topCi || reach >= low[top]) {
                out.add(j);
            }
        }
        return out;
    }

    /** Index values with three significant digits of the largest, as a group. */
    static String[] indexValues(double... xs) {
        double max = 0;
        for (double x : xs) {
            if (Double.isFinite(x)) {
                max = Math.max(max, Math.abs(x));
            }
        }
        int decimals = max == 0 ? 2 : Math.max(0, Math.min(6, 2 - (int) Math.floor(Math.log10(max))));
        String[] out = new String[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = Double.isNaN(xs[i]) ? "—" : Formats.number(xs[i], decimals, false);
        }
        return out;
    }

    private static int argBest(double[] values, boolean highest) {
        int best = -1;
        for (int j = 0; j < values.length; j++) {
            if (Double.isFinite(values[j]) && (best < 0 || (highest ? values[j] > values[best] : values[j] < values[best]))) {
                best = j;
            }
        }
        return best;
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** Parameter names for people, made unique (two paths may share a name). */
    static List<String> parameterNames(List<String> paths, Lang lang) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String p : paths) {
            String n = SweepLabels.parameter(p, lang);
            out.add(seen.add(n) ? n : p);
        }
        return out;
    }

    static SweepParameter parameter(SweepResult result, int j) {
        return result.spec().parameters().get(j);
    }

    static double mean(PointSummary p, RunOutcome o) {
        Summary s = p.summaries().get(o);
        return s == null ? Double.NaN : s.mean();
    }

    static Outcome outcome(String column) {
        for (Outcome o : Outcome.values()) {
            if (o.column().equals(column)) {
                return o;
            }
        }
        return null;
    }

    /** A parameter value as the spec would write it: integers without a decimal point, others to 6 digits. */
    static String value(double v, boolean integer) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (integer || v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) Math.rint(v));
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
    /** An XY chart with a title, both axis titles ({@code t} = title, x, y), the shared style and no legend. */
    private static XYChart titledXY(int width, int height, List<String> t, Charts.ChartText text, int markerSize) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(t.get(0));
        chart.setXAxisTitle(t.get(1));
        chart.setYAxisTitle(t.get(2));
        XYStyler s = chart.getStyler();
        Charts.applyStyle(s, text.family());
        s.setLegendVisible(false);
        s.setMarkerSize(markerSize);
        return chart;
    }
}
