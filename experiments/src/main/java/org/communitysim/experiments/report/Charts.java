package org.communitysim.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.montecarlo.DailyBands;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.communitysim.model.Unit;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.IChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, drawn headless with XChart: fan charts of daily metrics (median and 50%/90% bands of
 * every scenario on one pair of axes) and box plots of key outcomes across replicates. Each chart is written
 * as PNG (at twice its nominal size, for slides) and SVG under stable names, and returned with an SVG element
 * to inline in HTML. Every scenario keeps one colour in every chart ({@link #scenarioColor}).
 *
 * <p>Same input, same machine → the same SVG bytes: XChart and VectorGraphics2D embed no time, and the ids
 * they generate are renumbered per chart (which also keeps ids unique when several SVGs share one page).
 * Text is drawn as glyph outlines, so the bytes depend on the installed fonts.
 */
public final class Charts {
    private Charts() {
    }

    /** The daily metrics drawn as fan charts, in report order. */
    public static final List<DailyMetric> FAN_METRICS = List.of(
            DailyMetric.MEMBERS, DailyMetric.ACTIVE, DailyMetric.MEAN_POST_VALUE, DailyMetric.MEAN_SATISFACTION);

    /** The outcomes drawn as box plots, in report order. */
    public static final List<Outcome> BOX_OUTCOMES = List.of(
            Outcome.FINAL_ACTIVE, Outcome.FINAL_ACTIVE_SHARE, Outcome.PEAK_ACTIVE, Outcome.RETENTION_30,
            Outcome.CHURN_RATE, Outcome.JOINS_30, Outcome.CONVERSION_RATE);

    static final int FAN_WIDTH = 900;
    static final int FAN_HEIGHT = 460;
    static final int BOX_WIDTH = 600;
    static final int BOX_HEIGHT = 380;
    private static final int PNG_SCALE = 2;
    private static final int FAN_LEGEND_ROW = 100;
    private static final int BOX_LEGEND_ROW = 64;

    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies, and in grey print. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442)
    };
    private static final int ALPHA_BAND_90 = 40;
    private static final int ALPHA_BAND_50 = 80;
    private static final Color INK = new Color(0x222222);
    private static final Color GRID = new Color(0xE6E6E6);

    /**
     * One chart as drawn.
     *
     * @param id            stable name of the files, e.g. {@code fan-active} ({@code fan-active.png}, {@code .svg})
     * @param title         the chart's title in the report language
     * @param caption       what the chart shows (the metric's or outcome's definition), in the report language
     * @param notes         what was left out (values without a value, scenarios not drawn), in the report language
     * @param svg           the chart as an {@code <svg>} element to inline in HTML; empty if not drawn
     * @param pngFile       the PNG written, or null if not drawn
     * @param svgFile       the SVG written, or null if not drawn
     * @param textInEnglish true if the report is Chinese but no installed font has Chinese glyphs, so the text
     *                      inside the chart is English
     */
    public record Drawn(String id, String title, String caption, List<String> notes, String svg, Path pngFile,
            Path svgFile, boolean textInEnglish) {
        public Drawn {
            notes = List.copyOf(notes);
        }

        public boolean drawn() {
            return svgFile != null;
        }
    }

    /** The colour of the scenario at this position of the report's scenario list, the same in every chart. */
    public static Color scenarioColor(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /** Whether chart text in Chinese can be drawn on this machine (some installed font has the glyphs). */
    public static boolean chineseGlyphsAvailable() {
        return ChartFonts.chineseAvailable();
    }

    /**
     * Every chart of a report, fan charts then box plots, written into {@code dir}. The charts are independent
     * (each its own XChart object, files and renumbered SVG ids), so they are drawn on one thread per core: drawing
     * was the largest step after the runs (3.2 of 14.6 s of {@code compare big-open-group small-curated-group
     * --replicates 200}, docs/performance.md). The list and every file are the same as drawn one after another.
     */
    public static List<Drawn> writeAll(List<ScenarioRuns> scenarios, Lang lang, Path dir) throws IOException {
        List<java.util.concurrent.Callable<Drawn>> tasks = new ArrayList<>();
        for (DailyMetric metric : FAN_METRICS) {
            tasks.add(() -> fanChart(scenarios, metric, lang, dir));
        }
        for (Outcome outcome : BOX_OUTCOMES) {
            tasks.add(() -> boxChart(scenarios, outcome, lang, dir));
        }
        return drawAll(tasks);
    }

    /**
     * Draws one small chart like the report's (title, axes, a band, a line, a legend, the chosen font) into memory
     * as PNG and SVG and throws it away: the first chart of a process pays for loading and initialising Java2D,
     * the fonts, ImageIO and XChart (~1.8 s of the charts phase even with 2 replicates, docs/performance.md), which
     * {@link org.communitysim.experiments.job.Prewarm} moves off the critical path while the runs go on. Writes no
     * file and touches no state a report reads: the charts drawn afterwards are the same bytes.
     */
    public static void warmUp(Lang lang) throws IOException {
        List<String> names = List.of("a", "b");
        TextChoice text = chooseText(lang, names, l -> List.of(Labels.text(Text.AXIS_DAY, l)));
        XYChart chart = new XYChart(FAN_WIDTH, FAN_HEIGHT);
        chart.setTitle(Labels.text(Text.AXIS_DAY, text.lang()));
        chart.setXAxisTitle(Labels.text(Text.AXIS_DAY, text.lang()));
        chart.setYAxisTitle(Labels.text(Text.AXIS_DAY, text.lang()));
        style(chart.getStyler(), text.family());
        legend(chart.getStyler(), names, FAN_LEGEND_ROW);
        double[] days = {0, 1, 2, 3};
        double[][] polygon = polygon(days, new double[] {2, 3, 4, 5}, new double[] {0, 1, 1, 2});
        XYSeries band = chart.addSeries("band", polygon[0], polygon[1]);
        band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(withAlpha(scenarioColor(0), ALPHA_BAND_90));
        band.setLineStyle(SeriesLines.NONE);
        band.setMarker(SeriesMarkers.NONE);
        band.setShowInLegend(false);
        XYSeries median = chart.addSeries("median", days, new double[] {1, 2, 2.5, 3});
        median.setLabel(names.get(0));
        median.setLineColor(scenarioColor(1));
        median.setMarker(SeriesMarkers.NONE);
        png(chart);
        SvgText.inline(SvgText.renumberIds(SvgText.mergeLines(SvgText.roundNumbers(svg(chart))), "warm-up"), "warm-up");
    }

    /** Runs chart-drawing tasks on one daemon thread per core (at most one per task); results in task order. */
    static List<Drawn> drawAll(List<java.util.concurrent.Callable<Drawn>> tasks) throws IOException {
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        if (threads == 1) {
            List<Drawn> charts = new ArrayList<>();
            for (java.util.concurrent.Callable<Drawn> t : tasks) {
                charts.add(call(t));
            }
            return List.copyOf(charts);
        }
        java.util.concurrent.ExecutorService pool =
                org.communitysim.experiments.montecarlo.Workers.pool(threads, "community-sim-charts");
        try {
            List<java.util.concurrent.Future<Drawn>> futures = new ArrayList<>();
            for (java.util.concurrent.Callable<Drawn> t : tasks) {
                futures.add(pool.submit(t));
            }
            List<Drawn> charts = new ArrayList<>();
            for (java.util.concurrent.Future<Drawn> f : futures) {
                charts.add(f.get());
            }
            return List.copyOf(charts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while drawing the charts");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool); // no chart file is written after a failure has left this method
        }
    }

    private static void awaitQuietly(java.util.concurrent.ExecutorService pool) {
        try {
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Drawn call(java.util.concurrent.Callable<Drawn> task) throws IOException {
        try {
            return task.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A fan chart of one daily metric: x = day; per scenario its median line, a 50% band (25th–75th
     * percentile) and a 90% band (5th–95th), all scenarios on the same axes. Days where a scenario's quantiles
     * are undefined (NaN) are skipped for that scenario.
     */
    public static Drawn fanChart(List<ScenarioRuns> scenarios, DailyMetric metric, Lang lang, Path dir)
            throws IOException {
        int[] colours = new int[scenarios.size()];
        for (int s = 0; s < colours.length; s++) {
            colours[s] = s;
        }
        return fanChart(scenarios, colours, metric, "fan-" + metric.column(), Double.NaN, lang, dir);
    }

    /**
     * A fan chart as {@link #fanChart(List, DailyMetric, Lang, Path)} draws it, with each scenario's colour
     * chosen ({@code colours[s]} is an index of {@link #scenarioColor}), so that a page with several charts
     * of overlapping scenario sets keeps one colour per scenario, and the y-axis reaching at least
     * {@code yMax} (NaN: the data's own range), so that charts meant to be compared share their scale.
     *
     * @param id the files' base name
     */
    public static Drawn fanChart(List<ScenarioRuns> scenarios, int[] colours, DailyMetric metric, String id,
            double yMax, Lang lang, Path dir) throws IOException {
        if (colours.length != scenarios.size()) {
            throw new IllegalArgumentException("one colour per scenario: " + colours.length + " for " + scenarios.size());
        }
        List<String> names = displayNames(scenarios);
        TextChoice text = chooseText(lang, names, l -> List.of(
                Labels.format(Text.FAN_TITLE, l, Labels.name(metric, l)), Labels.text(Text.AXIS_DAY, l),
                Labels.name(metric, l)));
        Lang tl = text.lang();

        XYChart chart = new XYChart(FAN_WIDTH, FAN_HEIGHT);
        chart.setTitle(Labels.format(Text.FAN_TITLE, tl, Labels.name(metric, tl)));
        chart.setXAxisTitle(Labels.text(Text.AXIS_DAY, tl));
        chart.setYAxisTitle(Labels.name(metric, tl));
        style(chart.getStyler(), text.family());
        legend(chart.getStyler(), names, FAN_LEGEND_ROW);
        chart.getStyler().setMarkerSize(0);

        List<String> notes = new ArrayList<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int maxDays = 0;
        List<double[][]> lines = new ArrayList<>(); // per scenario: {days, q05, q25, q50, q75, q95}
        for (int s = 0; s < scenarios.size(); s++) {
            DailyBands bands = scenarios.get(s).bands();
            double[][] series = finiteDays(bands, metric);
            lines.add(series);
            if (series[0].length == 0) {
                notes.add(Labels.format(Text.BOX_SCENARIO_OMITTED, lang, names.get(s)));
                continue;
            }
            maxDays = Math.max(maxDays, bands.days());
            for (int q = 1; q <= 5; q++) {
                for (double v : series[q]) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        String title = Labels.format(Text.FAN_TITLE, lang, Labels.name(metric, lang));
        String caption = Labels.sentence(Labels.description(metric, lang), lang);
        if (maxDays == 0) {
            notes.add(Labels.format(Text.BOX_NOT_DRAWN, lang, Labels.name(metric, lang)));
            return notDrawn(id, title, caption, notes, dir);
        }
        // Bands before medians, wide bands before narrow ones: no band hides a median line.
        for (int band = 0; band < 2; band++) {
            for (int s = 0; s < scenarios.size(); s++) {
                double[][] l = lines.get(s);
                if (l[0].length == 0) {
                    continue;
                }
                int upper = band == 0 ? 5 : 4;
                int lower = band == 0 ? 1 : 2;
                double[][] polygon = polygon(l[0], l[upper], l[lower]);
                XYSeries series = chart.addSeries("s" + s + (band == 0 ? "-band90" : "-band50"), polygon[0], polygon[1]);
                series.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
                series.setFillColor(withAlpha(scenarioColor(colours[s]), band == 0 ? ALPHA_BAND_90 : ALPHA_BAND_50));
                series.setLineStyle(SeriesLines.NONE);
                series.setMarker(SeriesMarkers.NONE);
                series.setShowInLegend(false);
            }
        }
        for (int s = 0; s < scenarios.size(); s++) {
            double[][] l = lines.get(s);
            if (l[0].length == 0) {
                continue;
            }
            XYSeries median = chart.addSeries("s" + s + "-median", l[0], l[3]);
            median.setLabel(names.get(s));
            median.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
            median.setLineColor(scenarioColor(colours[s]));
            median.setLineStyle(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            median.setMarker(SeriesMarkers.NONE);
        }
        // XChart 4.0.3 puts a tick on every k-th value when all x values are equally spaced (days are), which
        // crowds the axis with ticks every 6 or 7 days; one invisible point off the grid makes it choose round
        // steps (0, 20, 40...) instead.
        XYSeries axis = chart.addSeries("axis", new double[] {0, 0.5}, new double[] {low, low});
        axis.setLineStyle(SeriesLines.NONE);
        axis.setMarker(SeriesMarkers.NONE);
        axis.setShowInLegend(false);
        // One y-range for all scenarios (they share the axes); counts start at zero.
        boolean fromZero = metric == DailyMetric.MEMBERS || metric == DailyMetric.ACTIVE || low >= 0 && low < 0.2 * high;
        if (Double.isFinite(yMax)) {
            high = Math.max(high, yMax);
        }
        double min = fromZero ? Math.min(0, low) : low;
        double pad = high > min ? 0.04 * (high - min) : Math.max(1, Math.abs(high) * 0.1);
        double yLow = fromZero && min == 0 ? 0.0 : min - pad;
        double yHigh = high + pad;
        chart.getStyler().setYAxisMin(yLow);
        chart.getStyler().setYAxisMax(yHigh);
        chart.getStyler().setXAxisMin(0.0);
        // to the next multiple of 10 days, so the last tick (e.g. 180 for days 0..179) is drawn
        double xHigh = Math.max(10, Math.ceil((maxDays - 1) / 10.0) * 10);
        chart.getStyler().setXAxisMax(xHigh);
        markActions(chart, scenarios, colours, names, tl, lang, text.family(), yLow, yHigh, xHigh, notes);
        return write(chart, id, title, caption, notes, text, lang, dir);
    }

    /** The most markers drawn per scenario: more would hide the lines they mark. */
    static final int MAX_MARKERS = 8;

    /**
     * A dashed vertical line in the scenario's colour, with its label near the top, for every action fired in the
     * scenario's runs ({@link ActionMarkers}): playbook actions, campaign ends, the KOLs' departure. Labels are
     * stacked so that those of nearby days do not overlap; beyond {@link #MAX_MARKERS} a scenario's markers are
     * counted in the notes instead.
     */
    private static void markActions(XYChart chart, List<ScenarioRuns> scenarios, int[] colours, List<String> names,
            Lang textLang, Lang lang, String family, double yLow, double yHigh, double xHigh, List<String> notes) {
        chart.getStyler().setAnnotationTextFont(new Font(family, Font.PLAIN, 11));
        chart.getStyler().setAnnotationTextFontColor(INK);
        double row = 0.055 * (yHigh - yLow);
        double dayPerPixel = xHigh / (FAN_WIDTH - 120.0);
        int label = 0;
        for (int s = 0; s < scenarios.size(); s++) {
            List<ActionMarkers.Marker> markers = ActionMarkers.of(scenarios.get(s), textLang);
            if (markers.size() > MAX_MARKERS) {
                notes.add(Labels.format(Text.ACTIONS_NOT_MARKED, lang, names.get(s), markers.size() - MAX_MARKERS));
                markers = markers.subList(0, MAX_MARKERS);
            }
            for (ActionMarkers.Marker m : markers) {
                XYSeries line = chart.addSeries("s" + s + "-action" + label, new double[] {m.day(), m.day()},
                        new double[] {yLow, yHigh});
                line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
                line.setLineColor(scenarioColor(colours[s]));
                line.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                        new float[] {5f, 4f}, 0f));
                line.setMarker(SeriesMarkers.NONE);
                line.setShowInLegend(false);
                // centred on x: half the text's width (about 6 px a character) to the right of the line, or to
                // the left near the right edge
                double half = (m.text().length() * 3.0 + 4) * dayPerPixel;
                double x = m.day() + half + 2 * dayPerPixel <= xHigh ? m.day() + half : m.day() - half;
                double y = yHigh - (0.7 + label % 6) * row;
                chart.addAnnotation(new AnnotationText(m.text(), x, y, false));
                label++;
            }
        }
    }

    /**
     * A box plot of one outcome across replicates: per scenario a box from the 25th to the 75th percentile, a
     * thick median line, whiskers to the most extreme replicate within 1.5 × the box height (Tukey), and every
     * replicate as a dot, so a bimodal outcome shows as two clusters. NaN values are left out and counted in
     * the notes; a scenario with no value at all is omitted; if no scenario has a value the chart is not drawn
     * and old files of that name are removed.
     *
     * <p>Drawn on an {@link XYChart} rather than XChart's {@code BoxChart}: in XChart 4.0.3 {@code BoxChart}
     * paints every box blue, every median red and every whisker black whatever the series colours
     * ({@code PlotContent_Box}), which would break the one-colour-per-scenario rule of the report.
     */
    public static Drawn boxChart(List<ScenarioRuns> scenarios, Outcome outcome, Lang lang, Path dir)
            throws IOException {
        String id = "box-" + outcome.column();
        List<String> names = displayNames(scenarios);
        Unit unit = outcome.unit();
        boolean percent = Formats.isPercent(unit);
        Function<Lang, String> yTitle = l -> unit == Unit.SHARE ? Labels.text(Text.AXIS_PERCENT, l)
                : unit == Unit.RATE_PER_DAY ? Labels.text(Text.AXIS_PERCENT_PER_DAY, l) : "";
        TextChoice text = chooseText(lang, names, l -> List.of(Labels.name(outcome, l), yTitle.apply(l)));
        Lang tl = text.lang();

        String title = Labels.name(outcome, lang);
        String caption = Labels.sentence(Labels.description(outcome, lang), lang);
        List<String> notes = new ArrayList<>();
        Map<Integer, double[]> kept = new LinkedHashMap<>();
        for (int s = 0; s < scenarios.size(); s++) {
            double[] all = scenarios.get(s).values(outcome);
            double[] finite = Arrays.stream(all).filter(Double::isFinite).map(v -> percent ? 100 * v : v).sorted()
                    .toArray();
            if (finite.length == 0) {
                notes.add(Labels.format(Text.BOX_SCENARIO_OMITTED, lang, names.get(s)));
                continue;
            }
            if (finite.length < all.length) {
                notes.add(Labels.format(Text.BOX_NAN_SKIPPED, lang, names.get(s), all.length - finite.length));
            }
            kept.put(s, finite);
        }
        if (kept.isEmpty()) {
            notes.add(Labels.format(Text.BOX_NOT_DRAWN, lang, Labels.name(outcome, lang)));
            return notDrawn(id, title, caption, notes, dir);
        }

        boolean legendInRow = legendFitsInRow(names, BOX_LEGEND_ROW);
        // a legend in a column takes width from the plot: give it back
        XYChart chart = new XYChart(BOX_WIDTH + (legendInRow ? 0 : 160), BOX_HEIGHT);
        chart.setTitle(Labels.name(outcome, tl));
        String y = yTitle.apply(tl);
        chart.setYAxisTitle(y);
        AxesChartStyler styler = chart.getStyler();
        style(styler, text.family());
        styler.setYAxisTitleVisible(!y.isEmpty());
        styler.setXAxisTitleVisible(false);
        styler.setXAxisTicksVisible(false);
        styler.setPlotGridVerticalLinesVisible(false);
        legend(styler, names, BOX_LEGEND_ROW);
        styler.setMarkerSize(6);

        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int slot = 0;
        for (Map.Entry<Integer, double[]> e : kept.entrySet()) {
            int s = e.getKey();
            double[] v = e.getValue();
            low = Math.min(low, v[0]);
            high = Math.max(high, v[v.length - 1]);
            addBox(chart, slot++, s, names.get(s), v);
        }
        styler.setXAxisMin(-0.6);
        styler.setXAxisMax(kept.size() - 0.4);
        if (low == high) {
            double pad = Math.max(1, Math.abs(low) * 0.1);
            styler.setYAxisMin(low - pad);
            styler.setYAxisMax(high + pad);
        } else {
            double pad = 0.04 * (high - low);
            boolean fromZero = low >= 0 && low < 0.25 * high;
            styler.setYAxisMin(fromZero ? 0.0 : low - pad);
            styler.setYAxisMax(high + pad);
        }
        return write(chart, id, title, caption, notes, text, lang, dir);
    }

    private static final double BOX_HALF_WIDTH = 0.27;

    /** One scenario's box, median, whiskers and dots at x = slot; values sorted. */
    private static void addBox(XYChart chart, int slot, int scenario, String name, double[] v) {
        double q1 = Stats.quantile(v, 0.25);
        double median = Stats.quantile(v, 0.5);
        double q3 = Stats.quantile(v, 0.75);
        double fence = 1.5 * (q3 - q1);
        double whiskerLow = v[0];
        double whiskerHigh = v[v.length - 1];
        for (double x : v) {
            if (x >= q1 - fence) {
                whiskerLow = x;
                break;
            }
        }
        for (int i = v.length - 1; i >= 0; i--) {
            if (v[i] <= q3 + fence) {
                whiskerHigh = v[i];
                break;
            }
        }
        Color c = scenarioColor(scenario);
        double w = BOX_HALF_WIDTH;
        String key = "s" + scenario;

        XYSeries box = chart.addSeries(key + "-box", new double[] {slot - w, slot + w, slot + w, slot - w, slot - w},
                new double[] {q1, q1, q3, q3, q1});
        box.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        box.setFillColor(withAlpha(c, ALPHA_BAND_50));
        box.setLineColor(c);
        box.setLineStyle(new BasicStroke(1.5f));
        box.setMarker(SeriesMarkers.NONE);
        box.setLabel(name);

        line(chart, key + "-low", c, 1.5f, new double[] {slot - w / 2, slot + w / 2, slot, slot},
                new double[] {whiskerLow, whiskerLow, whiskerLow, q1});
        line(chart, key + "-high", c, 1.5f, new double[] {slot - w / 2, slot + w / 2, slot, slot},
                new double[] {whiskerHigh, whiskerHigh, whiskerHigh, q3});
        line(chart, key + "-median", c.darker(), 3f, new double[] {slot - w, slot + w}, new double[] {median, median});

        // Dots spread sideways by a fixed pseudo-random jitter (seeded per scenario: same input, same picture).
        SplittableRandom jitter = new SplittableRandom(0x5EEDL + scenario);
        double[] xs = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            xs[i] = slot + (jitter.nextDouble() - 0.5) * 1.3 * w;
        }
        XYSeries dots = chart.addSeries(key + "-dots", xs, v);
        dots.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        dots.setMarker(SeriesMarkers.CIRCLE);
        dots.setMarkerColor(withAlpha(c.darker(), 150));
        dots.setShowInLegend(false);
    }

    private static void line(XYChart chart, String key, Color colour, float width, double[] x, double[] y) {
        XYSeries series = chart.addSeries(key, x, y);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setLineColor(colour);
        series.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        series.setMarker(SeriesMarkers.NONE);
        series.setShowInLegend(false);
    }

    // --- for the other chart writers of this package (sweep and lesson charts) ---------------------------

    /** The language the text inside a chart is drawn in, and the installed font family that draws it. */
    record ChartText(Lang lang, String family) {
    }

    /** {@link #chooseText} for charts drawn elsewhere in this package. */
    static ChartText chartText(Lang lang, List<String> names, Function<Lang, List<String>> texts) {
        TextChoice choice = chooseText(lang, names, texts);
        return new ChartText(choice.lang(), choice.family());
    }

    /** The report's chart style (white, light grid, the chosen font) on any axes chart, heat maps included. */
    static void applyStyle(AxesChartStyler styler, String family) {
        style(styler, family);
    }

    /** Writes a chart drawn elsewhere in this package as PNG and SVG, like the report's own charts. */
    static Drawn save(IChart chart, String id, String title, String caption, List<String> notes, ChartText text,
            Lang lang, Path dir) throws IOException {
        return write(chart, id, title, caption, notes, new TextChoice(text.lang(), text.family()), lang, dir);
    }

    /** Removes a chart's old files and returns it as not drawn, with the notes saying why. */
    static Drawn skip(String id, String title, String caption, List<String> notes, Path dir) throws IOException {
        return notDrawn(id, title, caption, notes, dir);
    }

    // ---------------------------------------------------------------------------------------------------

    /** The chart language and the font family that can draw it. */
    private record TextChoice(Lang lang, String family) {
    }

    /**
     * Chinese chart text if some installed font draws it, else English (a chart full of empty boxes helps no
     * one; the HTML around the chart stays Chinese and says why).
     */
    private static TextChoice chooseText(Lang lang, List<String> names, Function<Lang, List<String>> texts) {
        List<String> all = new ArrayList<>(texts.apply(lang));
        all.addAll(names);
        var family = ChartFonts.familyFor(all);
        if (family.isPresent()) {
            return new TextChoice(lang, family.get());
        }
        if (lang != Lang.EN) {
            List<String> en = new ArrayList<>(texts.apply(Lang.EN));
            en.addAll(names);
            return new TextChoice(Lang.EN, ChartFonts.familyFor(en).orElse(Font.SANS_SERIF));
        }
        // Scenario names in a script no font covers: draw what can be drawn.
        return new TextChoice(lang, ChartFonts.familyFor(texts.apply(lang)).orElse(Font.SANS_SERIF));
    }

    /** Legend below the plot in one row, or to the right in a column when the names would not fit in a row. */
    private static void legend(AxesChartStyler s, List<String> names, int rowCapacity) {
        boolean row = legendFitsInRow(names, rowCapacity);
        s.setLegendPosition(row ? LegendPosition.OutsideS : LegendPosition.OutsideE);
        s.setLegendLayout(row ? LegendLayout.Horizontal : LegendLayout.Vertical);
    }

    /** Whether the legend entries fit in one row of about {@code capacity} characters (marker ≈ 6). */
    private static boolean legendFitsInRow(List<String> names, int capacity) {
        return names.stream().mapToInt(n -> n.length() + 6).sum() <= capacity;
    }

    private static void style(AxesChartStyler s, String family) {
        s.setLocale(Locale.ROOT);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(true);
        s.setPlotBorderColor(new Color(0xBBBBBB));
        s.setPlotGridLinesColor(GRID);
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartFontColor(INK);
        s.setAxisTickLabelsColor(INK);
        s.setAxisTickMarksColor(new Color(0x888888));
        s.setChartTitleFont(new Font(family, Font.BOLD, 16));
        s.setChartTitleBoxVisible(false);
        s.setAxisTitleFont(new Font(family, Font.PLAIN, 13));
        s.setAxisTickLabelsFont(new Font(family, Font.PLAIN, 12));
        s.setLegendFont(new Font(family, Font.PLAIN, 13));
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendSeriesLineLength(28);
        s.setChartPadding(12);
        s.setAntiAlias(true);
        s.setTextAntiAlias(true);
    }

    /** Days with finite quantiles: {days, q05, q25, q50, q75, q95}. */
    private static double[][] finiteDays(DailyBands bands, DailyMetric metric) {
        int days = bands.days();
        double[][] raw = new double[6][days];
        int n = 0;
        for (int d = 0; d < days; d++) {
            boolean finite = true;
            for (int q = 0; q < 5; q++) {
                raw[q + 1][n] = bands.quantile(metric, d, q);
                finite &= Double.isFinite(raw[q + 1][n]);
            }
            if (finite) {
                raw[0][n++] = d;
            }
        }
        double[][] out = new double[6][];
        for (int i = 0; i < 6; i++) {
            out[i] = Arrays.copyOf(raw[i], n);
        }
        return out;
    }

    /** A band as one closed outline: the upper bound left to right, then the lower bound back. */
    private static double[][] polygon(double[] days, double[] upper, double[] lower) {
        int n = days.length;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[i] = days[i];
            y[i] = upper[i];
            x[2 * n - 1 - i] = days[i];
            y[2 * n - 1 - i] = lower[i];
        }
        return new double[][] {x, y};
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Scenario names as shown: blank names get a number, repeated names a suffix (XChart needs unique series). */
    static List<String> displayNames(List<ScenarioRuns> scenarios) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            String name = scenarios.get(i).scenario().name();
            String base = name == null || name.isBlank() ? "#" + (i + 1) : name.strip();
            String unique = base;
            for (int k = 2; !seen.add(unique); k++) {
                unique = base + " (" + k + ")";
            }
            out.add(unique);
        }
        return List.copyOf(out);
    }

    static String replicatesText(List<ScenarioRuns> scenarios) {
        TreeSet<Integer> counts = new TreeSet<>();
        for (ScenarioRuns runs : scenarios) {
            counts.add(runs.replicates());
        }
        if (counts.isEmpty()) {
            return "0";
        }
        return counts.size() == 1 ? Integer.toString(counts.first()) : counts.first() + "–" + counts.last();
    }

    private static Drawn notDrawn(String id, String title, String caption, List<String> notes, Path dir)
            throws IOException {
        Files.deleteIfExists(dir.resolve(id + ".png"));
        Files.deleteIfExists(dir.resolve(id + ".svg"));
        return new Drawn(id, title, caption, notes, "", null, null, false);
    }

    private static Drawn write(IChart chart, String id, String title, String caption, List<String> notes,
            TextChoice text, Lang lang, Path dir) throws IOException {
        byte[] png = png(chart);
        String svg = SvgText.renumberIds(SvgText.mergeLines(SvgText.roundNumbers(svg(chart))), id);
        Path pngFile = dir.resolve(id + ".png");
        Path svgFile = dir.resolve(id + ".svg");
        AtomicFiles.writeBytes(pngFile, out -> out.write(png));
        AtomicFiles.writeString(svgFile, svg);
        return new Drawn(id, title, caption, notes, SvgText.inline(svg, title), pngFile, svgFile,
                text.lang() != lang);
    }

    private static byte[] png(IChart chart) throws IOException {
        int w = chart.getWidth();
        int h = chart.getHeight();
        BufferedImage image = new BufferedImage(w * PNG_SCALE, h * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(PNG_SCALE, PNG_SCALE);
            chart.paint(g, w, h);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
        }
        return out.toByteArray();
    }

    private static String svg(IChart chart) throws IOException {
        // ChartEncoder is 4.0.3's format-by-name entry point (VectorGraphicsEncoder's is deprecated); SVG still
        // goes through VectorGraphics2D.
        return new String(ChartEncoder.getBytes(chart, "svg"), StandardCharsets.UTF_8);
    }
}
