package org.communitysim.experiments.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.communitysim.experiments.montecarlo.Kpis;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.model.Direction;
import org.communitysim.experiments.report.SweepLabels.T;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.experiments.sweep.DesignType;
import org.communitysim.experiments.sweep.PointSummary;
import org.communitysim.experiments.sweep.SensitivityIndices;
import org.communitysim.experiments.sweep.SweepParameter;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.experiments.sweep.SweepSpec;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.model.Outcome;

/**
 * The report of a finished sweep: one self-contained {@code report.html} (inline CSS and SVG, no script, no
 * external address, every input escaped) in the look of the compare report — what was varied, the design, the
 * charts with captions whose numbers are read from the points (the phase boundary of a share, the extremes, the
 * most influential parameter), the points, the sensitivity indices and how to reproduce. Charts are also written
 * as PNG and SVG under {@code charts/}. The same result gives the same bytes.
 */
public final class SweepReport {
    private SweepReport() {
    }

    /** The report file's name. */
    public static final String FILE_NAME = "report.html";

    /** Points tables longer than this show only the best {@link #TOP_POINTS} rows (all are in points.csv). */
    static final int ALL_POINTS_UP_TO = 60;
    static final int TOP_POINTS = 30;

    /** Writes {@code dir/report.html} and its charts into {@code dir/charts/}, each file atomically. */
    public static void write(SweepResult result, Lang lang, Path dir) throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(lang, "lang");
        List<Charts.Drawn> charts = SweepCharts.writeAll(result, lang, dir.resolve(HtmlReport.CHARTS_DIR));
        AtomicFiles.writeString(dir.resolve(FILE_NAME), render(result, lang, charts));
    }

    static String render(SweepResult result, Lang lang, List<Charts.Drawn> charts) {
        return new Writer(result, lang, charts).document();
    }

    private static final class Writer {
        private final SweepResult result;
        private final SweepSpec spec;
        private final Lang lang;
        private final List<Charts.Drawn> charts;
        private final StringBuilder out = new StringBuilder(1 << 18);

        Writer(SweepResult result, Lang lang, List<Charts.Drawn> charts) {
            this.result = result;
            this.spec = result.spec();
            this.lang = lang;
            this.charts = charts;
        }

        String document() {
            out.append("<!DOCTYPE html>\n<html lang=\"").append(lang.htmlLang()).append("\">\n<head>\n")
                    .append("<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>").append(esc(spec.name())).append("</title>\n")
                    .append("<style>\n").append(ReportCss.BASE).append("</style>\n</head>\n<body>\n<main>\n");
            header();
            varied();
            design();
            chartSection();
            points();
            sensitivity();
            reproduce();
            out.append("</main>\n</body>\n</html>\n");
            return out.toString();
        }

        private void header() {
            out.append("<header>\n<h1>").append(esc(spec.name())).append("</h1>\n");
            p(Messages.format(T.SUBTITLE, lang, SweepLabels.designName(spec.design()), result.points().size(),
                    spec.replicates(), result.runs()), "subtitle");
            if (spec.description() != null && !spec.description().isBlank()) {
                p(spec.description());
            }
            out.append("</header>\n");
        }

        private void varied() {
            section("varied", Messages.text(T.SECTION_VARIED, lang));
            out.append("<div class=\"scroll\"><table class=\"parameters\">\n<thead><tr>");
            th(Messages.text(T.COL_PARAMETER, lang));
            th(Messages.text(T.COL_PATH, lang));
            th(Messages.text(T.COL_VALUES, lang));
            th(Messages.text(T.COL_LEVELS, lang));
            out.append("</tr></thead>\n<tbody>\n");
            for (SweepParameter p : spec.parameters()) {
                out.append("<tr><th scope=\"row\">").append(esc(SweepLabels.parameter(p.path(), lang)))
                        .append("</th><td><code>").append(esc(p.path())).append("</code></td><td>")
                        .append(esc(valuesText(p))).append("</td>");
                td(levels(p));
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table></div>\n</section>\n");
        }

        private String valuesText(SweepParameter p) {
            if (p.values() != null) {
                List<String> vs = new ArrayList<>();
                double[] values = p.values();
                for (int i = 0; i < values.length; i++) {
                    if (values.length > 14 && i == 10) {
                        vs.add("…");
                        i = values.length - 2;
                        continue;
                    }
                    vs.add(SweepCharts.value(values[i], p.integer()));
                }
                return String.join(", ", vs);
            }
            return Messages.format(p.log() ? T.RANGE_LOG : T.RANGE, lang, SweepCharts.value(p.min(), p.integer()),
                    SweepCharts.value(p.max(), p.integer()));
        }

        private String levels(SweepParameter p) {
            if (spec.design() == DesignType.GRID) {
                return Integer.toString(p.levels());
            }
            return p.values() != null ? Integer.toString(p.values().length) : Messages.text(T.LEVELS_SAMPLED, lang);
        }

        private void design() {
            section("design", Messages.text(T.SECTION_DESIGN, lang));
            p(SweepLabels.design(spec.design(), lang, spec.samples()));
            out.append("<table class=\"facts\">\n<tbody>\n");
            fact(Messages.text(T.FACT_DESIGN, lang), SweepLabels.designName(spec.design()));
            fact(Messages.text(T.FACT_POINTS, lang), Integer.toString(result.points().size()));
            fact(Messages.text(T.FACT_REPLICATES, lang), Integer.toString(spec.replicates()));
            fact(Messages.text(T.FACT_RUNS, lang), Long.toString(result.runs()));
            List<String> outcomes = spec.outcomes().stream().map(o -> Labels.name(o, lang)).toList();
            fact(Messages.text(T.FACT_OUTCOMES, lang), String.join(Labels.text(Text.LIST_SEPARATOR, lang), outcomes));
            fact(Messages.text(T.FACT_BASE, lang), spec.base() == null ? Formats.na(lang)
                    : String.valueOf(spec.base().getFileName()));
            fact(Messages.text(T.FACT_SEED, lang), Long.toString(spec.seed()));
            out.append("</tbody>\n</table>\n</section>\n");
        }

        private void chartSection() {
            section("charts", Messages.text(T.SECTION_CHARTS, lang));
            if (charts.isEmpty()) {
                p(Messages.text(T.NO_CHARTS, lang), "note");
            }
            if (charts.stream().anyMatch(Charts.Drawn::textInEnglish)) {
                p(Labels.text(Text.FONT_FALLBACK, lang), "note");
            }
            List<Charts.Drawn> scatters = charts.stream().filter(c -> c.id().startsWith("scatter-")).toList();
            for (Charts.Drawn chart : charts) {
                if (!chart.id().startsWith("scatter-")) {
                    figure(chart);
                }
            }
            if (!scatters.isEmpty()) {
                out.append("<div class=\"grid\">\n");
                scatters.forEach(this::figure);
                out.append("</div>\n");
            }
            out.append("</section>\n");
        }

        private void figure(Charts.Drawn chart) {
            Html.figure(out, chart, chart.caption(), lang);
        }

        private void points() {
            section("points", Messages.text(T.SECTION_POINTS, lang));
            List<PointSummary> rows = new ArrayList<>(result.points());
            List<Outcome> outcomes = spec.outcomes();
            if (rows.size() > ALL_POINTS_UP_TO && !outcomes.isEmpty()) {
                Outcome key = outcomes.get(0);
                boolean lowest = Kpis.direction(key) == Direction.LOWER_IS_BETTER;
                Comparator<PointSummary> order = Comparator.comparingDouble(
                        p -> nanLast(SweepCharts.mean(p, key), lowest));
                rows.sort(lowest ? order : order.reversed());
                rows = rows.subList(0, TOP_POINTS);
                p(Messages.format(T.POINTS_TOP, lang, TOP_POINTS,
                        Messages.text(lowest ? T.POINTS_LOWEST : T.POINTS_HIGHEST, lang),
                        Labels.inSentence(Labels.name(key, lang), lang), result.points().size()), "note");
            } else {
                p(Messages.format(T.POINTS_ALL, lang, rows.size()), "note");
            }
            out.append("<div class=\"scroll\"><table class=\"points\">\n<thead><tr>");
            th(Messages.text(T.COL_POINT, lang));
            for (SweepParameter p : spec.parameters()) {
                out.append("<th title=\"").append(esc(p.path())).append("\">")
                        .append(esc(SweepLabels.parameter(p.path(), lang))).append("</th>");
            }
            for (Outcome o : outcomes) {
                th(Labels.name(o, lang));
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (PointSummary p : rows) {
                out.append("<tr>");
                td(Integer.toString(p.point()));
                for (int j = 0; j < spec.parameters().size(); j++) {
                    td(SweepCharts.value(p.values()[j], spec.parameters().get(j).integer()));
                }
                for (Outcome o : outcomes) {
                    Summary s = p.summaries().get(o);
                    if (s == null || Double.isNaN(s.mean())) {
                        td(Formats.na(lang));
                        continue;
                    }
                    String[] v = Formats.values(o, lang, s.mean(), s.ciLow(), s.ciHigh());
                    td(Double.isNaN(s.ciLow()) ? v[0] : v[0] + " [" + v[1] + ", " + v[2] + "]");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n</table></div>\n</section>\n");
        }

        private static double nanLast(double v, boolean ascending) {
            return Double.isNaN(v) ? (ascending ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY) : v;
        }

        private void sensitivity() {
            if (result.sensitivity().isEmpty()) {
                return;
            }
            section("sensitivity", Messages.text(T.SECTION_SENSITIVITY, lang));
            for (SensitivityIndices si : result.sensitivity()) {
                boolean morris = si.method().equals("morris");
                Outcome o = SweepCharts.outcome(si.outcome());
                String name = o != null ? Labels.name(o, lang) : si.outcome();
                out.append("<h3>").append(esc(name)).append("</h3>\n");
                p(SweepCharts.sensitivitySentence(si, lang), "fact");
                int k = si.parameters().size();
                List<Integer> order = new ArrayList<>();
                for (int j = 0; j < k; j++) {
                    order.add(j);
                }
                order.sort(Comparator.comparingDouble((Integer j) -> nanLast(si.first()[j], false)).reversed());
                List<String> names = SweepCharts.parameterNames(si.parameters(), lang);
                out.append("<div class=\"scroll\"><table class=\"sensitivity\">\n<caption>")
                        .append(esc(Messages.format(T.SENS_TABLE_CAPTION, lang, name, morris ? "μ*" : "S1")))
                        .append("</caption>\n<thead><tr>");
                th(Messages.text(T.COL_PARAMETER, lang));
                th(Messages.text(morris ? T.COL_MU_STAR : T.COL_S1, lang));
                th(Messages.text(morris ? T.COL_SIGMA : T.COL_ST, lang));
                if (morris && si.mu() != null) {
                    th(Messages.text(T.COL_MU, lang));
                }
                out.append("</tr></thead>\n<tbody>\n");
                for (int j : order) {
                    out.append("<tr><th scope=\"row\"><span class=\"swatch\" style=\"background:")
                            .append(Html.hex(Charts.scenarioColor(j))).append("\"></span>").append(esc(names.get(j)))
                            .append(" <code>").append(esc(si.parameters().get(j))).append("</code></th>");
                    String[] a = SweepCharts.indexValues(si.first()[j], si.firstLow()[j], si.firstHigh()[j]);
                    String[] b = SweepCharts.indexValues(si.second()[j], si.secondLow()[j], si.secondHigh()[j]);
                    td(a[0] + " [" + a[1] + ", " + a[2] + "]");
                    td(b[0] + " [" + b[1] + ", " + b[2] + "]");
                    if (morris && si.mu() != null) {
                        td(SweepCharts.indexValues(si.mu()[j])[0]);
                    }
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n</table></div>\n");
            }
            out.append("</section>\n");
        }

        private void reproduce() {
            section("reproduce", Messages.text(T.SECTION_REPRODUCE, lang));
            p(Messages.text(T.REPRODUCE_INTRO, lang));
            out.append("<pre><code>").append(esc(result.command())).append("</code></pre>\n");
            out.append("<table class=\"facts\">\n<tbody>\n");
            fact(Messages.text(T.FACT_SEED, lang), Long.toString(spec.seed()));
            fact(Messages.text(T.FACT_VERSION, lang), result.version());
            String wall = wallTime(result.wallSeconds(), lang);
            if (result.ranNow() < result.runs()) {
                wall += " (" + Messages.format(T.FACT_RESUMED, lang, result.ranNow(), result.runs() - result.ranNow())
                        + ")";
            }
            fact(Messages.text(T.FACT_WALL, lang), wall);
            out.append("</tbody>\n</table>\n");
            p(Messages.text(T.FILES_INTRO, lang));
            out.append("<ul class=\"notes\">\n");
            file("runs.csv", T.FILE_RUNS);
            file("points.csv", T.FILE_POINTS);
            if (!result.sensitivity().isEmpty()) {
                file("sensitivity.csv", T.FILE_SENSITIVITY);
            }
            file("sweep.json", T.FILE_SPEC);
            file("manifest.json", T.FILE_MANIFEST);
            file(FILE_NAME, T.FILE_REPORT);
            out.append("</ul>\n</section>\n");
        }

        private void file(String name, T what) {
            out.append("<li><code>").append(esc(name)).append("</code>: ").append(esc(Messages.text(what, lang)))
                    .append("</li>\n");
        }

        // --- helpers ------------------------------------------------------------------------------------

        private void section(String id, String title) {
            out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
        }

        private void fact(String label, String value) {
            out.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>").append(esc(value))
                    .append("</td></tr>\n");
        }

        private void th(String text) {
            out.append("<th>").append(esc(text)).append("</th>");
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

        private static String esc(String s) {
            return Html.escape(s);
        }
    }

    /** A wall time as the compare report shows it: "12 s", "3 min 05 s", "1 h 02 min". */
    static String wallTime(double seconds, Lang lang) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return Formats.na(lang);
        }
        if (seconds < 60) {
            return Labels.format(Text.WALL_SECONDS, lang, Formats.number(seconds, seconds < 10 ? 1 : 0, false));
        }
        long s = Math.round(seconds);
        if (s < 3600) {
            return Labels.format(Text.WALL_MINUTES, lang, s / 60, String.format(Locale.ROOT, "%02d", s % 60));
        }
        return Labels.format(Text.WALL_HOURS, lang, s / 3600, String.format(Locale.ROOT, "%02d", (s % 3600) / 60));
    }
}
