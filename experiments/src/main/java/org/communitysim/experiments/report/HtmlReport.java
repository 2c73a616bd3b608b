package org.communitysim.experiments.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.model.Direction;
import org.communitysim.experiments.report.ReportModel.ParameterDifference;
import org.communitysim.experiments.stats.Verdict;
import org.communitysim.model.Outcome;

/**
 * The report a strategist opens: one self-contained HTML file (CSS and SVG charts inline, no script, no
 * external address) that answers first and then shows the evidence — scenarios, decision table, collapse
 * and bimodality, charts, differing parameters, how to reproduce. Charts are also written as PNG and SVG
 * files beside it for slides. The same model gives the same bytes.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** The directory under the output directory that holds the chart files. */
    public static final String CHARTS_DIR = "charts";

    /** The report file's name. */
    public static final String FILE_NAME = "report.html";

    /**
     * Writes {@code outDir/report.html} and the charts into {@code outDir/charts/}, each file atomically.
     *
     * @throws IOException if a file cannot be written
     */
    public static void write(ReportModel model, Lang lang, Path outDir) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(lang, "lang");
        List<Charts.Drawn> charts = Charts.writeAll(scenarios(model), lang, outDir.resolve(CHARTS_DIR));
        AtomicFiles.writeString(outDir.resolve(FILE_NAME), render(model, lang, charts));
    }

    /** The report's HTML, given the charts already drawn. */
    static String render(ReportModel model, Lang lang, List<Charts.Drawn> charts) {
        return new Writer(model, lang, charts).document();
    }

    private static List<ScenarioRuns> scenarios(ReportModel model) {
        return model.scenarios() == null ? List.of() : model.scenarios();
    }

    /** One rendering: the model, the language and the output buffer. */
    private static final class Writer {
        private final ReportModel model;
        private final Lang lang;
        private final List<Charts.Drawn> charts;
        private final List<ScenarioRuns> scenarios;
        private final List<String> names;
        private final Map<String, Integer> indexByName = new HashMap<>();
        private final StringBuilder out = new StringBuilder(1 << 20);

        Writer(ReportModel model, Lang lang, List<Charts.Drawn> charts) {
            this.model = model;
            this.lang = lang;
            this.charts = charts;
            this.scenarios = scenarios(model);
            this.names = Charts.displayNames(scenarios);
            for (int i = 0; i < scenarios.size(); i++) {
                indexByName.putIfAbsent(scenarios.get(i).scenario().name(), i);
            }
        }

        String document() {
            out.append("<!DOCTYPE html>\n<html lang=\"").append(lang.htmlLang()).append("\">\n<head>\n")
                    .append("<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>").append(esc(model.title())).append("</title>\n")
                    .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
            answer();
            scenarioList();
            decisionTables();
            distributions();
            chartSections();
            parameters();
            reproduce();
            out.append("</main>\n</body>\n</html>\n");
            return out.toString();
        }

        // --- 1. title and answer --------------------------------------------------------------------

        private void answer() {
            out.append("<header>\n<h1>").append(esc(model.title())).append("</h1>\n");
            int replicates = model.replicates();
            out.append("<p class=\"subtitle\">").append(esc(scenarios.size() == 1
                    ? Labels.format(Text.SUBTITLE_ONE, lang, replicates)
                    : Labels.format(Text.SUBTITLE, lang, scenarios.size(), replicates))).append("</p>\n");
            out.append("</header>\n<section id=\"answer\" class=\"answer\">\n<h2>")
                    .append(esc(Labels.text(Text.SECTION_ANSWER, lang))).append("</h2>\n");
            for (String paragraph : Answer.paragraphs(model, lang)) {
                out.append("<p>").append(paragraph).append("</p>\n");
            }
            out.append("</section>\n");
        }

        // --- 2. scenarios ---------------------------------------------------------------------------

        private void scenarioList() {
            section("scenarios", Text.SECTION_SCENARIOS);
            out.append("<table class=\"scenarios\">\n<thead><tr>");
            th(Text.COL_SCENARIO);
            th(Text.COL_DESCRIPTION);
            th(Text.COL_HORIZON);
            th(Text.COL_REPLICATES);
            out.append("</tr></thead>\n<tbody>\n");
            for (int s = 0; s < scenarios.size(); s++) {
                ScenarioRuns runs = scenarios.get(s);
                out.append("<tr><td class=\"name\">").append(swatch(s)).append(esc(names.get(s))).append("</td><td>")
                        .append(esc(runs.scenario().description())).append("</td><td class=\"num\">")
                        .append(runs.scenario().horizonDays()).append("</td><td class=\"num\">")
                        .append(runs.replicates()).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</section>\n");
        }

        // --- 3. decision table (or, for one scenario, its outcomes) ------------------------------------

        private void outcomeTable(ScenarioRuns runs) {
            section("outcomes", Text.SECTION_OUTCOMES);
            out.append("<div class=\"scroll\"><table class=\"decisions\">\n<thead><tr>");
            for (Text col : List.of(Text.COL_OUTCOME, Text.COL_MEAN, Text.COL_SD, Text.COL_MEDIAN, Text.COL_CI)) {
                th(col);
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (Outcome o : org.communitysim.experiments.montecarlo.Kpis.KEY) {
                org.communitysim.experiments.stats.Summary s =
                        org.communitysim.experiments.stats.Stats.summarize(runs.values(o));
                out.append("<tr><td>").append(esc(Labels.name(o, lang))).append("</td><td class=\"num\">")
                        .append(esc(Formats.value(o, lang, s.mean()))).append("</td><td class=\"num\">")
                        .append(esc(Formats.value(o, lang, s.sd()))).append("</td><td class=\"num\">")
                        .append(esc(Formats.value(o, lang, s.median()))).append("</td><td class=\"num\">")
                        .append(esc(Formats.value(o, lang, s.ciLow()) + " – " + Formats.value(o, lang, s.ciHigh())))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table></div>\n</section>\n");
        }

        private void decisionTables() {
            if (scenarios.size() == 1) {
                outcomeTable(scenarios.get(0));
                return;
            }
            section("decisions", Text.SECTION_DECISIONS);
            Map<String, List<Decision>> pairs = Answer.pairs(model.decisions());
            if (pairs.isEmpty()) {
                p(Labels.text(Text.NO_DECISIONS, lang));
            }
            for (List<Decision> rows : pairs.values()) {
                String a = rows.get(0).a();
                String b = rows.get(0).b();
                out.append("<h3>").append(swatch(colourIndex(a))).append(esc(a)).append(" <span class=\"vs\">vs</span> ")
                        .append(swatch(colourIndex(b))).append(esc(b)).append("</h3>\n");
                out.append("<div class=\"scroll\"><table class=\"decisions\">\n<caption>")
                        .append(esc(Labels.format(Text.PAIR_CAPTION, lang, a, b))).append("</caption>\n<thead><tr>");
                for (Text col : List.of(Text.COL_OUTCOME, Text.COL_MEAN_A, Text.COL_MEAN_B, Text.COL_DIFFERENCE,
                        Text.COL_P_T, Text.COL_P_WILCOXON, Text.COL_EFFECT_SIZE, Text.COL_PROB_A_GREATER,
                        Text.COL_VERDICT)) {
                    th(col);
                }
                out.append("</tr></thead>\n<tbody>\n");
                for (Decision d : rows) {
                    decisionRow(d);
                }
                out.append("</tbody>\n</table></div>\n");
            }
            p(Labels.text(Text.DECISIONS_NOTE, lang), "note");
            out.append("</section>\n");
        }

        private void decisionRow(Decision d) {
            Outcome o = d.outcome();
            String[] means = Formats.values(o, lang, d.summaryA().mean(), d.summaryB().mean());
            String[] diff = Formats.difference(o, lang, d.paired().meanDiff(), d.paired().ciLow(), d.paired().ciHigh());
            String arrow = switch (d.direction()) {
                case HIGHER_IS_BETTER -> "\u2191";
                case LOWER_IS_BETTER -> "\u2193";
                case NEUTRAL -> "";
            };
            out.append("<tr><th scope=\"row\" title=\"")
                    .append(esc(Labels.description(o, lang) + " (" + Labels.direction(d.direction(), lang) + ")"))
                    .append("\">").append(esc(Labels.name(o, lang)));
            if (!arrow.isEmpty()) {
                out.append(" <span class=\"dir\">").append(arrow).append("</span>");
            }
            out.append("</th>");
            td(means[0]);
            td(means[1]);
            String ci = Double.isNaN(d.paired().ciLow()) && Double.isNaN(d.paired().ciHigh()) ? ""
                    : " [" + diff[1] + ", " + diff[2] + "]";
            td(diff[0] + ci);
            td(Formats.pValue(d.pHolm(), lang));
            td(Formats.pValue(d.pHolmWilcoxon(), lang));
            td(Formats.effectSize(d.paired().effectSize(), lang));
            td(Formats.percent(d.paired().probAGreater(), lang));
            out.append(verdictCell(d)).append("</tr>\n");
        }

        private String verdictCell(Decision d) {
            String text = esc(Labels.verdict(d.verdict(), d.a(), d.b(), lang));
            boolean ranked = d.direction() != Direction.NEUTRAL;
            if (d.verdict() == Verdict.A_BETTER || d.verdict() == Verdict.B_BETTER) {
                Color c = Charts.scenarioColor(colourIndex(d.verdict() == Verdict.A_BETTER ? d.a() : d.b()));
                return "<td class=\"verdict win\" style=\"background:" + Html.rgba(c, 0.16) + ";border-left-color:"
                        + Html.hex(c) + "\">" + text + "</td>";
            }
            String cls = d.verdict() == Verdict.NO_CLEAR_DIFFERENCE && ranked ? "verdict none" : "verdict unranked";
            return "<td class=\"" + cls + "\">" + text + "</td>";
        }

        // --- 4. collapse and bimodality -------------------------------------------------------------

        private void distributions() {
            section("distributions", Text.SECTION_DISTRIBUTIONS);
            p(Labels.text(Text.DISTRIBUTIONS_INTRO, lang));
            double[] range = histogramRange();
            out.append("<div class=\"scroll\"><table class=\"distributions\">\n<thead><tr>");
            for (Text col : List.of(Text.COL_SCENARIO, Text.COL_COLLAPSED, Text.COL_COLLAPSE_DAY,
                    Text.COL_FINAL_ACTIVE_SPREAD, Text.COL_MEAN_ALIVE, Text.COL_MEAN_COLLAPSED, Text.COL_HISTOGRAM)) {
                th(col);
            }
            out.append("</tr></thead>\n<tbody>\n");
            List<String> notes = new ArrayList<>();
            boolean anyCollapse = false;
            for (int s = 0; s < scenarios.size(); s++) {
                ScenarioRuns runs = scenarios.get(s);
                double[] active = runs.values(Outcome.FINAL_ACTIVE);
                double[] dead = runs.values(Outcome.DEAD);
                double[] deadDay = runs.values(Outcome.DEAD_DAY);
                int[] deadOfN = Answer.collapsed(runs);
                anyCollapse |= deadOfN[0] > 0;
                List<Double> alive = new ArrayList<>();
                List<Double> collapsed = new ArrayList<>();
                List<Double> days = new ArrayList<>();
                for (int r = 0; r < active.length; r++) {
                    boolean isDead = Double.isFinite(dead[r]) && dead[r] > 0.5;
                    if (isDead && Double.isFinite(deadDay[r])) {
                        days.add(deadDay[r]);
                    }
                    if (Double.isFinite(active[r]) && Double.isFinite(dead[r])) {
                        (isDead ? collapsed : alive).add(active[r]);
                    }
                }
                double[] finite = Arrays.stream(active).filter(Double::isFinite).sorted().toArray();
                out.append("<tr><td class=\"name\">").append(swatch(s)).append(esc(names.get(s))).append("</td>");
                td(deadOfN[1] == 0 ? Formats.na(lang)
                        : Labels.format(Text.COUNT_OF, lang, deadOfN[0], deadOfN[1]) + " ("
                                + Formats.percent((double) deadOfN[0] / deadOfN[1], lang) + ")");
                td(days.isEmpty() ? Formats.na(lang) : Formats.value(Outcome.DEAD_DAY, lang, Stats.quantile(sorted(days), 0.5)));
                if (finite.length == 0) {
                    td(Formats.na(lang));
                } else {
                    String[] v = Formats.values(Outcome.FINAL_ACTIVE, lang, Stats.quantile(finite, 0.5), Stats.quantile(finite, 0.05),
                            Stats.quantile(finite, 0.95));
                    td(v[0] + " (" + v[1] + "–" + v[2] + ")");
                }
                String[] means = Formats.values(Outcome.FINAL_ACTIVE, lang, mean(alive), mean(collapsed));
                td(means[0]);
                td(means[1]);
                out.append("<td>").append(histogram(finite, range, Charts.scenarioColor(s), names.get(s)))
                        .append("</td></tr>\n");
                if (deadOfN[0] > 0 && deadOfN[0] < deadOfN[1]) {
                    notes.add(Labels.format(Text.BIMODAL_NOTE, lang, names.get(s),
                            Formats.percent((double) deadOfN[0] / deadOfN[1], lang)));
                } else if (deadOfN[0] > 0) {
                    notes.add(Labels.format(Text.ALL_COLLAPSED_NOTE, lang, names.get(s)));
                }
            }
            out.append("</tbody>\n</table></div>\n");
            if (!anyCollapse) {
                notes.add(Labels.text(Text.NO_COLLAPSE_NOTE, lang));
            }
            if (range != null) {
                String[] r = Formats.values(Outcome.FINAL_ACTIVE, lang, range[0], range[1]);
                notes.add(Labels.format(Text.HISTOGRAM_RANGE, lang, r[0], r[1]));
            }
            out.append("<ul class=\"notes\">\n");
            for (String note : notes) {
                out.append("<li>").append(esc(note)).append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }

        /** One range for every scenario's histogram, so their shapes compare; null if there is no value. */
        private double[] histogramRange() {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (ScenarioRuns runs : scenarios) {
                for (double v : runs.values(Outcome.FINAL_ACTIVE)) {
                    if (Double.isFinite(v)) {
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
            }
            if (low > high) {
                return null;
            }
            low = Math.min(low, 0);
            return new double[] {low, high > low ? high : low + 1};
        }

        private static final int HIST_BINS = 30;
        private static final int HIST_WIDTH = 240;
        private static final int HIST_HEIGHT = 44;

        /** A small inline histogram (hand-written SVG: a few rectangles, no chart library needed). */
        private String histogram(double[] values, double[] range, Color colour, String name) {
            if (range == null || values.length == 0) {
                return "";
            }
            int[] counts = new int[HIST_BINS];
            for (double v : values) {
                int bin = (int) Math.floor((v - range[0]) / (range[1] - range[0]) * HIST_BINS);
                counts[Math.max(0, Math.min(HIST_BINS - 1, bin))]++;
            }
            int max = Arrays.stream(counts).max().orElse(1);
            double barWidth = (double) HIST_WIDTH / HIST_BINS;
            StringBuilder svg = new StringBuilder();
            svg.append("<svg class=\"hist\" width=\"").append(HIST_WIDTH).append("\" height=\"").append(HIST_HEIGHT)
                    .append("\" viewBox=\"0 0 ").append(HIST_WIDTH).append(' ').append(HIST_HEIGHT)
                    .append("\" role=\"img\" aria-label=\"").append(esc(name)).append("\">");
            svg.append("<line x1=\"0\" y1=\"").append(HIST_HEIGHT - 0.5).append("\" x2=\"").append(HIST_WIDTH)
                    .append("\" y2=\"").append(HIST_HEIGHT - 0.5).append("\" stroke=\"#999\" stroke-width=\"1\"/>");
            for (int i = 0; i < HIST_BINS; i++) {
                if (counts[i] == 0) {
                    continue;
                }
                double h = Math.max(1.5, (HIST_HEIGHT - 2) * (double) counts[i] / max);
                svg.append("<rect x=\"").append(Formats.number(i * barWidth + 0.5, 1, false)).append("\" y=\"")
                        .append(Formats.number(HIST_HEIGHT - 1 - h, 1, false)).append("\" width=\"")
                        .append(Formats.number(barWidth - 1, 1, false)).append("\" height=\"")
                        .append(Formats.number(h, 1, false)).append("\" fill=\"").append(Html.hex(colour))
                        .append("\"><title>").append(counts[i]).append("</title></rect>");
            }
            return svg.append("</svg>").toString();
        }

        // --- 5. charts ------------------------------------------------------------------------------

        private void chartSections() {
            section("charts", Text.SECTION_CHARTS);
            if (charts.stream().anyMatch(Charts.Drawn::textInEnglish)) {
                p(Labels.text(Text.FONT_FALLBACK, lang), "note");
            }
            out.append("<h3>").append(esc(Labels.text(Text.SECTION_FAN_CHARTS, lang))).append("</h3>\n");
            p(Labels.format(Text.FAN_HOW_TO_READ, lang, Charts.replicatesText(scenarios)), "note");
            for (Charts.Drawn chart : charts) {
                if (chart.id().startsWith("fan-")) {
                    figure(chart);
                }
            }
            out.append("<h3>").append(esc(Labels.text(Text.SECTION_BOX_PLOTS, lang))).append("</h3>\n");
            p(Labels.text(Text.BOX_HOW_TO_READ, lang), "note");
            out.append("<div class=\"grid\">\n");
            for (Charts.Drawn chart : charts) {
                if (!chart.id().startsWith("fan-")) {
                    figure(chart);
                }
            }
            out.append("</div>\n</section>\n");
        }

        private void figure(Charts.Drawn chart) {
            Html.figure(out, chart, chart.caption(), lang);
        }

        // --- 6. parameters --------------------------------------------------------------------------

        private void parameters() {
            section("parameters", Text.SECTION_PARAMETERS);
            List<ParameterDifference> differences = model.differences() == null ? List.of() : model.differences();
            if (differences.isEmpty()) {
                p(Labels.text(Text.NO_PARAMETER_DIFFERENCES, lang));
                out.append("</section>\n");
                return;
            }
            out.append("<div class=\"scroll\"><table class=\"parameters\">\n<thead><tr>");
            th(Text.COL_PARAMETER);
            for (int s = 0; s < scenarios.size(); s++) {
                out.append("<th>").append(swatch(s)).append(esc(names.get(s))).append("</th>");
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (ParameterDifference difference : differences) {
                out.append("<tr><th scope=\"row\"><code>").append(esc(difference.path())).append("</code></th>");
                List<String> values = difference.values() == null ? List.of() : difference.values();
                for (int s = 0; s < scenarios.size(); s++) {
                    out.append("<td>").append(esc(s < values.size() ? values.get(s) : Formats.na(lang))).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table></div>\n</section>\n");
        }

        // --- 7. reproduce ---------------------------------------------------------------------------

        private void reproduce() {
            section("reproduce", Text.SECTION_REPRODUCE);
            p(Labels.text(Text.REPRODUCE_INTRO, lang));
            out.append("<pre><code>").append(esc(model.command())).append("</code></pre>\n");
            out.append("<table class=\"facts\">\n<tbody>\n");
            fact(Text.COL_MASTER_SEED, Long.toString(model.masterSeed()));
            fact(Text.COL_REPLICATES_PER_SCENARIO, Integer.toString(model.replicates()));
            fact(Text.COL_VERSION, model.version());
            fact(Text.COL_WALL_TIME, wallTime(model.wallSeconds()));
            out.append("</tbody>\n</table>\n</section>\n");
        }

        private void fact(Text label, String value) {
            out.append("<tr><th scope=\"row\">").append(esc(Labels.text(label, lang))).append("</th><td>")
                    .append(esc(value)).append("</td></tr>\n");
        }

        private String wallTime(double seconds) {
            if (!Double.isFinite(seconds) || seconds < 0) {
                return Formats.na(lang);
            }
            if (seconds < 60) {
                return Labels.format(Text.WALL_SECONDS, lang, Formats.number(seconds, seconds < 10 ? 1 : 0, false));
            }
            long s = Math.round(seconds);
            if (s < 3600) {
                return Labels.format(Text.WALL_MINUTES, lang, s / 60, String.format(java.util.Locale.ROOT, "%02d", s % 60));
            }
            return Labels.format(Text.WALL_HOURS, lang, s / 3600,
                    String.format(java.util.Locale.ROOT, "%02d", (s % 3600) / 60));
        }

        // --- helpers --------------------------------------------------------------------------------

        private void section(String id, Text title) {
            out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(Labels.text(title, lang)))
                    .append("</h2>\n");
        }

        private void th(Text label) {
            out.append("<th>").append(esc(Labels.text(label, lang))).append("</th>");
        }

        private void td(String text) {
            out.append("<td class=\"num\">").append(esc(text)).append("</td>");
        }

        private void p(String text) {
            out.append("<p>").append(esc(text)).append("</p>\n");
        }

        private void p(String text, String cls) {
            out.append("<p class=\"").append(cls).append("\">").append(esc(text)).append("</p>\n");
        }

        private String swatch(int scenarioIndex) {
            if (scenarioIndex < 0) {
                return "";
            }
            return "<span class=\"swatch\" style=\"background:" + Html.hex(Charts.scenarioColor(scenarioIndex))
                    + "\"></span>";
        }

        private int colourIndex(String name) {
            return indexByName.getOrDefault(name, -1);
        }

        private static String esc(String text) {
            return Html.escape(text);
        }
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** The shared look (ReportCss.BASE) plus what only the compare report has: answer box, decision table, histograms. */
    private static final String CSS = ReportCss.BASE + """
            .answer{background:var(--soft);border-left:5px solid #0072B2;padding:4px 18px 10px;margin-top:16px}
            .answer h2{border:0;margin:10px 0 4px}
            .answer p{font-size:16.5px;margin:8px 0}
            .vs{color:var(--muted);font-weight:400;margin:0 6px}
            .dir{color:var(--muted)}
            table.decisions{width:100%}
            table.decisions tbody th{min-width:12em}
            td.verdict{border-left:4px solid transparent;min-width:9em}
            td.win{font-weight:600}
            td.none{color:var(--muted);background:#f1f1f1;border-left-color:#bbb}
            td.unranked{color:var(--muted);font-style:italic}
            .hist{display:block}
            """;
}
