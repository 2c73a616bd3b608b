package org.communitysim.experiments.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.montecarlo.DailyBands;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.LessonLabels.L;
import org.communitysim.experiments.report.LessonModel.GroupFacts;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.experiments.sweep.SweepParameter;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.Outcome;
import org.communitysim.scenario.Scenario;

/**
 * The decay lesson as one self-contained HTML page a teacher can project (inline CSS and SVG, no script, no
 * external address): (1) the big open group against the small curated group, (2) why — the vicious cycle and the
 * five elements of a community, (3) the size × threshold phase diagram, (4) the test — the same open group with
 * noise, bystander effect and overload switched off, then questions for the class and how the page was made.
 * Every number is read from the model; every conclusion is the one its numbers support.
 */
public final class LessonReport {
    private LessonReport() {
    }

    /** The lesson file's name. */
    public static final String FILE_NAME = "lesson.html";

    /** Colours of the three groups in every chart of the lesson: open, curated, ablated. */
    static final int OPEN = 0;
    static final int CURATED = 1;
    static final int ABLATED = 2;

    /** Writes {@code dir/lesson.html} and its charts into {@code dir/charts/}; returns the page's path. */
    public static Path write(LessonModel model, Lang lang, Path dir) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(lang, "lang");
        Path charts = dir.resolve(HtmlReport.CHARTS_DIR);
        List<ScenarioRuns> all = List.of(model.open(), model.curated(), model.ablated());
        double yMax = 0;
        for (ScenarioRuns runs : all) {
            yMax = Math.max(yMax, maxQuantile(runs.bands(), DailyMetric.ACTIVE));
        }
        List<ScenarioRuns> groups = List.of(model.open(), model.curated());
        int[] groupColours = {OPEN, CURATED};
        Figures f = new Figures(
                Charts.fanChart(groups, groupColours, DailyMetric.ACTIVE, "groups-active", yMax, lang, charts),
                Charts.fanChart(groups, groupColours, DailyMetric.MEMBERS, "groups-members", Double.NaN, lang, charts),
                phaseCharts(model.phase(), lang, charts),
                Charts.fanChart(List.of(model.open(), model.ablated()), new int[] {OPEN, ABLATED}, DailyMetric.ACTIVE,
                        "ablation-active", yMax, lang, charts));
        Path file = dir.resolve(FILE_NAME);
        AtomicFiles.writeString(file, render(model, lang, f));
        return file;
    }

    /** The charts of the page. */
    record Figures(Charts.Drawn groupsActive, Charts.Drawn groupsMembers, List<Charts.Drawn> phase,
            Charts.Drawn ablationActive) {
    }

    static String render(LessonModel model, Lang lang, Figures figures) {
        return new Writer(model, lang, figures).document();
    }

    private static List<Charts.Drawn> phaseCharts(SweepResult phase, Lang lang, Path dir) throws IOException {
        Optional<SweepGrid> grid = SweepGrid.of(phase);
        List<Charts.Drawn> out = new ArrayList<>();
        if (grid.isEmpty()) {
            return out;
        }
        for (Outcome o : List.of(Outcome.FINAL_ACTIVE_SHARE, Outcome.FINAL_ACTIVE)) {
            if (phase.spec().outcomes().contains(o)) {
                out.add(SweepCharts.heatmap(phase, grid.get(), o, lang, dir));
            }
        }
        return out;
    }

    private static double maxQuantile(DailyBands bands, DailyMetric metric) {
        double max = 0;
        for (int d = 0; d < bands.days(); d++) {
            double v = bands.quantile(metric, d, DailyBands.QUANTILES.length - 1);
            if (Double.isFinite(v)) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    private static final class Writer {
        private final LessonModel m;
        private final Lang lang;
        private final Figures figures;
        private final GroupFacts open;
        private final GroupFacts curated;
        private final GroupFacts ablated;
        private final String horizon;
        private final StringBuilder out = new StringBuilder(1 << 20);

        Writer(LessonModel model, Lang lang, Figures figures) {
            this.m = model;
            this.lang = lang;
            this.figures = figures;
            this.open = model.openFacts();
            this.curated = model.curatedFacts();
            this.ablated = model.ablatedFacts();
            this.horizon = Integer.toString(open.horizonDays());
        }

        String document() {
            out.append("<!DOCTYPE html>\n<html lang=\"").append(lang.htmlLang()).append("\">\n<head>\n")
                    .append("<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>").append(esc(t(L.TITLE))).append("</title>\n")
                    .append("<style>\n").append(ReportCss.BASE).append(ReportCss.LESSON)
                    .append("</style>\n</head>\n<body>\n<main>\n");
            header();
            groups();
            cycle();
            phase();
            ablation();
            discussion();
            reproduce();
            out.append("</main>\n</body>\n</html>\n");
            return out.toString();
        }

        private void header() {
            out.append("<header>\n<h1>").append(esc(t(L.TITLE))).append("</h1>\n");
            p(Messages.format(L.SUBTITLE, lang, m.replicates(), m.phase().runs()), "subtitle");
            p(t(L.LEAD), "lead");
            if (anyInEnglish()) {
                p(Labels.text(Text.FONT_FALLBACK, lang), "note");
            }
            out.append("</header>\n");
        }

        private boolean anyInEnglish() {
            List<Charts.Drawn> all = new ArrayList<>(List.of(figures.groupsActive(), figures.groupsMembers(),
                    figures.ablationActive()));
            all.addAll(figures.phase());
            return all.stream().anyMatch(Charts.Drawn::textInEnglish);
        }

        // --- 1. the two groups ------------------------------------------------------------------------

        private void groups() {
            section("groups", t(L.S1_TITLE));
            out.append("<ul>\n");
            groupLine(L.NAME_OPEN, m.open().scenario(), OPEN);
            groupLine(L.NAME_CURATED, m.curated().scenario(), CURATED);
            out.append("</ul>\n");
            fact(Messages.format(L.FACT_PEAK, lang, count(open.peakActive()), day(open.peakActiveDay()),
                    Formats.percent(open.kept(), lang), horizon, count(curated.peakActive()),
                    Formats.percent(curated.kept(), lang)));
            String[] members = Formats.values(Outcome.FINAL_MEMBERS, lang, open.finalMembers(), curated.finalMembers());
            fact(Messages.format(L.FACT_SHARE, lang, horizon, Formats.percent(open.finalShare(), lang), members[0],
                    Formats.percent(curated.finalShare(), lang), members[1]));
            boolean decay = open.kept() < curated.kept() - 0.1 && open.finalShare() < curated.finalShare();
            p(t(decay ? L.VERDICT_DECAY : L.VERDICT_NO_DECAY), "lead");
            String howToRead = Labels.format(Text.FAN_HOW_TO_READ, lang, m.replicates());
            figure(figures.groupsActive(), howToRead);
            figure(figures.groupsMembers(), Labels.sentence(Labels.description(DailyMetric.MEMBERS, lang), lang));
            out.append("</section>\n");
        }

        private void groupLine(L name, Scenario s, int colour) {
            double theta = s.group().threshold();
            out.append("<li>").append(swatch(colour)).append(esc(Messages.format(L.S1_GROUP, lang, t(name),
                    s.group().sizeCap(), SweepCharts.value(theta, false), theta == 0 ? t(L.OPEN_GATE) : "")))
                    .append("</li>\n");
        }

        // --- 2. the vicious cycle ---------------------------------------------------------------------

        private void cycle() {
            section("cycle", t(L.S2_TITLE));
            p(t(L.S2_INTRO));
            out.append("<div class=\"cycle-figure\">\n").append(cycleSvg()).append("\n<ol class=\"cycle\">\n");
            String[] affinity = twoDecimals(open.affinityFinal(), curated.affinityFinal());
            step(L.STEP1_TITLE, Messages.format(L.STEP1, lang, horizon, affinity[0], affinity[1]),
                    L.TAG_INTEREST, L.TAG_SCALE);
            String[] onTopic = Formats.values(Outcome.POSTS_ON_TOPIC_FINAL, lang, open.onTopicFinal(),
                    curated.onTopicFinal());
            String[] members = Formats.values(Outcome.FINAL_MEMBERS, lang, open.finalMembers(), curated.finalMembers());
            step(L.STEP2_TITLE, Messages.format(L.STEP2, lang, horizon, onTopic[0], members[0], onTopic[1],
                    members[1]), L.TAG_STRUCTURE, L.TAG_SCALE);
            String[] value = twoDecimals(open.postValueFinal(), curated.postValueFinal());
            step(L.STEP3_TITLE, Messages.format(L.STEP3, lang, horizon, value[0], value[1]), L.TAG_OUTPUT,
                    L.TAG_SCALE);
            String[] drift = twoDecimals(open.affinityAtPeakDay(), open.affinityLastDay());
            step(L.STEP4_TITLE, Messages.format(L.STEP4, lang, drift[0], day(open.peakActiveDay()), drift[1],
                    Integer.toString(open.horizonDays() - 1)), L.TAG_INTEREST);
            step(L.STEP5_TITLE, Messages.format(L.STEP5, lang, horizon, Formats.percent(open.finalShare(), lang),
                    Formats.percent(curated.finalShare(), lang)), L.TAG_OUTPUT, L.TAG_OPERATION);
            out.append("</ol>\n</div>\n");

            out.append("<h3>").append(esc(t(L.ELEMENTS_TITLE))).append("</h3>\n");
            p(t(L.ELEMENTS_INTRO));
            out.append("<table class=\"elements\">\n<thead><tr>");
            th(t(L.COL_ELEMENT));
            th(t(L.COL_IN_MODEL));
            th(t(L.COL_IN_CYCLE));
            out.append("</tr></thead>\n<tbody>\n");
            element(L.INTEREST, "interest", L.INTEREST_MODEL, L.INTEREST_CYCLE);
            element(L.STRUCTURE, "structure", L.STRUCTURE_MODEL, L.STRUCTURE_CYCLE);
            element(L.OUTPUT, "output", L.OUTPUT_MODEL, L.OUTPUT_CYCLE);
            element(L.OPERATION, "operation", L.OPERATION_MODEL, L.OPERATION_CYCLE);
            element(L.SCALE, "scale", L.SCALE_MODEL, L.SCALE_CYCLE);
            out.append("</tbody>\n</table>\n</section>\n");
        }

        private void step(L title, String text, L... tags) {
            out.append("<li><strong>").append(esc(t(title))).append("</strong> ");
            for (L tag : tags) {
                out.append(tag(tag));
            }
            out.append("<br>").append(esc(text)).append("</li>\n");
        }

        private String tag(L tag) {
            String cls = switch (tag) {
                case TAG_INTEREST -> "interest";
                case TAG_STRUCTURE -> "structure";
                case TAG_OUTPUT -> "output";
                case TAG_OPERATION -> "operation";
                default -> "scale";
            };
            return "<span class=\"tag " + cls + "\">" + esc(t(tag)) + "</span>";
        }

        private void element(L name, String cls, L model, L inCycle) {
            out.append("<tr><th scope=\"row\"><span class=\"tag ").append(cls).append("\">").append(esc(t(name)))
                    .append("</span></th><td>").append(esc(t(model))).append("</td><td>").append(esc(t(inCycle)))
                    .append("</td></tr>\n");
        }

        /** The five steps on a circle, each arrow pointing to the next (hand-written SVG; text stays text). */
        private String cycleSvg() {
            L[] steps = {L.NODE1, L.NODE2, L.NODE3, L.NODE4, L.NODE5};
            double cx = 210;
            double cy = 205;
            double radius = 145;
            double node = 58;
            StringBuilder svg = new StringBuilder();
            svg.append("<svg viewBox=\"0 0 420 410\" width=\"420\" height=\"410\" role=\"img\" aria-label=\"")
                    .append(esc(t(L.CYCLE_DIAGRAM))).append("\" xmlns=\"http://www.w3.org/2000/svg\">")
                    .append("<defs><marker id=\"cycle-arrow\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" ")
                    .append("markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                    .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>");
            double gap = Math.toDegrees(Math.asin((node + 6) / radius));
            for (int i = 0; i < 5; i++) {
                double a = -90 + 72 * i + gap;
                double b = -90 + 72 * (i + 1) - gap;
                svg.append("<path d=\"M").append(n(cx + radius * cos(a))).append(',').append(n(cy + radius * sin(a)))
                        .append(" A").append(n(radius)).append(',').append(n(radius)).append(" 0 0 1 ")
                        .append(n(cx + radius * cos(b))).append(',').append(n(cy + radius * sin(b)))
                        .append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"2.5\" marker-end=\"url(#cycle-arrow)\"/>");
            }
            for (int i = 0; i < 5; i++) {
                double a = -90 + 72 * i;
                double x = cx + radius * cos(a);
                double y = cy + radius * sin(a);
                svg.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(node))
                        .append("\" fill=\"#2f4b7c\"/>");
                List<String> lines = new ArrayList<>();
                lines.add(Integer.toString(i + 1));
                lines.addAll(lines(t(steps[i])));
                double first = y - (lines.size() - 1) * 9;
                for (int k = 0; k < lines.size(); k++) {
                    svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(first + 18 * k + 5))
                            .append("\" text-anchor=\"middle\" font-size=\"").append(k == 0 ? 17 : 14)
                            .append("\" font-weight=\"600\" fill=\"#fff\">").append(esc(lines.get(k))).append("</text>");
                }
            }
            svg.append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(cy + 6))
                    .append("\" text-anchor=\"middle\" font-size=\"17\" fill=\"#555\">")
                    .append(esc(t(L.CYCLE_CENTRE))).append("</text></svg>");
            return svg.toString();
        }

        /** At most two lines of about 12 characters, split at spaces (Chinese titles are short enough for one). */
        private static List<String> lines(String text) {
            if (text.length() <= 11 || !text.contains(" ")) {
                return List.of(text);
            }
            int best = -1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == ' ' && (best < 0
                        || Math.abs(i - text.length() / 2) < Math.abs(best - text.length() / 2))) {
                    best = i;
                }
            }
            return List.of(text.substring(0, best), text.substring(best + 1));
        }

        private static double cos(double degrees) {
            return Math.cos(Math.toRadians(degrees));
        }

        private static double sin(double degrees) {
            return Math.sin(Math.toRadians(degrees));
        }

        private static String n(double v) {
            return Formats.number(v, 1, false).replace(Formats.MINUS, "-");
        }

        // --- 3. the phase diagram ---------------------------------------------------------------------

        private void phase() {
            section("phase", t(L.S3_TITLE));
            SweepResult sweep = m.phase();
            Optional<SweepGrid> grid = SweepGrid.of(sweep);
            Scenario base = m.phaseBase();
            String caps = "";
            String thresholds = "";
            if (grid.isPresent()) {
                caps = levels(sweep, grid.get().rowParameter(), grid.get().rows());
                thresholds = levels(sweep, grid.get().columnParameter(), grid.get().columns());
            }
            p(Messages.format(L.S3_INTRO, lang, base.population().size(),
                    SweepCharts.value(base.group().outsideExposure(), false), caps, thresholds,
                    sweep.spec().replicates(), sweep.runs()));
            if (grid.isPresent() && sweep.spec().outcomes().contains(Outcome.FINAL_ACTIVE_SHARE)) {
                SweepGrid g = grid.get();
                fact(SweepCharts.boundarySentence(sweep, g, Outcome.FINAL_ACTIVE_SHARE, lang));
                List<SweepGrid.Largest> largest = g.largestRowAbove(Outcome.FINAL_ACTIVE_SHARE, 0.5);
                boolean columnInteger = sweep.spec().parameters().get(g.columnParameter()).integer();
                boolean rowInteger = sweep.spec().parameters().get(g.rowParameter()).integer();
                List<String> items = new ArrayList<>();
                for (SweepGrid.Largest l : largest) {
                    String theta = SweepCharts.value(l.column(), columnInteger);
                    items.add(l.none() ? Messages.format(L.LARGEST_NONE, lang, theta)
                            : Messages.format(L.LARGEST_ITEM, lang, theta, SweepCharts.value(l.row(), rowInteger)));
                }
                fact(Messages.format(L.FACT_LARGEST, lang, horizon, String.join(lang == Lang.ZH ? "；" : "; ", items)));
                double first = largest.get(0).none() ? Double.NEGATIVE_INFINITY : largest.get(0).row();
                SweepGrid.Largest lastColumn = largest.get(largest.size() - 1);
                double last = lastColumn.none() ? Double.NEGATIVE_INFINITY : lastColumn.row();
                p(t(last > first ? L.VERDICT_PHASE_GROWS : L.VERDICT_PHASE_FLAT), "lead");
            }
            for (Charts.Drawn chart : figures.phase()) {
                figure(chart, chart.caption());
            }
            String link = m.phaseFolder() + "/" + SweepReport.FILE_NAME;
            out.append("<p class=\"note\">").append(esc(t(L.SWEEP_LINK))).append(" <a href=\"").append(esc(link))
                    .append("\">").append(esc(link)).append("</a></p>\n");
            out.append("</section>\n");
        }

        private static String levels(SweepResult sweep, int parameter, double[] values) {
            SweepParameter p = sweep.spec().parameters().get(parameter);
            List<String> out = new ArrayList<>();
            for (double v : values) {
                out.add(SweepCharts.value(v, p.integer()));
            }
            return String.join(", ", out);
        }

        // --- 4. the ablation --------------------------------------------------------------------------

        private void ablation() {
            section("ablation", t(L.S4_TITLE));
            p(Messages.format(L.S4_INTRO, lang, "ablations.noise=false, ablations.bystander=false, "
                    + "ablations.overload=false"));
            fact(Messages.format(L.FACT_ABLATION, lang, count(ablated.peakActive()), day(ablated.peakActiveDay()),
                    Formats.percent(ablated.kept(), lang), horizon, Formats.percent(open.kept(), lang),
                    Formats.percent(ablated.finalShare(), lang), Formats.percent(open.finalShare(), lang)));
            L verdict = ablated.kept() >= 0.9 && ablated.kept() > open.kept() + 0.1 ? L.VERDICT_ABLATION_GONE
                    : ablated.kept() > open.kept() + 0.1 ? L.VERDICT_ABLATION_WEAKER : L.VERDICT_ABLATION_SAME;
            p(t(verdict), "lead");
            figure(figures.ablationActive(), Labels.format(Text.FAN_HOW_TO_READ, lang, m.replicates()));
            out.append("</section>\n");
        }

        // --- 5. discussion, 6. reproduce --------------------------------------------------------------

        private void discussion() {
            section("discussion", t(L.S5_TITLE));
            out.append("<ol class=\"questions\">\n");
            for (L q : List.of(L.Q1, L.Q2, L.Q3, L.Q4)) {
                out.append("<li>").append(esc(t(q))).append("</li>\n");
            }
            out.append("</ol>\n</section>\n");
        }

        private void reproduce() {
            section("reproduce", t(L.S6_TITLE));
            p(t(L.REPRODUCE_INTRO));
            out.append("<pre><code>").append(esc(m.command())).append("</code></pre>\n");
            out.append("<table class=\"facts\">\n<tbody>\n");
            factRow(t(L.FACT_RUNS_PER_GROUP), Integer.toString(m.replicates()));
            factRow(t(L.FACT_PHASE_RUNS), Messages.format(SweepLabels.T.SUBTITLE, lang,
                    SweepLabels.designName(m.phase().spec().design()), m.phase().points().size(),
                    m.phase().spec().replicates(), m.phase().runs()));
            factRow(t(L.FACT_SEED_GROUPS), Long.toString(m.seed()));
            factRow(t(L.FACT_SEED_PHASE), Long.toString(m.phase().spec().seed()));
            factRow(t(L.FACT_WALL), SweepReport.wallTime(m.wallSeconds(), lang));
            factRow(t(L.FACT_VERSION), m.version());
            out.append("</tbody>\n</table>\n");
            String compare = m.compareFolder() + "/" + HtmlReport.FILE_NAME;
            String sweep = m.phaseFolder() + "/" + SweepReport.FILE_NAME;
            out.append("<p>").append(esc(t(L.MORE_DETAIL))).append(" <a href=\"").append(esc(compare)).append("\">")
                    .append(esc(t(L.COMPARE_REPORT))).append("</a> · <a href=\"").append(esc(sweep)).append("\">")
                    .append(esc(t(L.SWEEP_REPORT))).append("</a></p>\n");
            p(t(L.PROJECT_TIP), "note");
            out.append("</section>\n");
        }

        // --- helpers ----------------------------------------------------------------------------------

        private void figure(Charts.Drawn chart, String caption) {
            Html.figure(out, chart, caption, lang);
        }

        private String count(double v) {
            return Formats.value(Outcome.PEAK_ACTIVE, lang, v);
        }

        private String day(double v) {
            return Formats.value(Outcome.PEAK_ACTIVE_DAY, lang, v);
        }

        private String[] twoDecimals(double... xs) {
            String[] s = new String[xs.length];
            for (int i = 0; i < xs.length; i++) {
                s[i] = Double.isNaN(xs[i]) ? Formats.na(lang) : Formats.number(xs[i], 2, false);
            }
            return s;
        }

        private String swatch(int colour) {
            return "<span class=\"swatch\" style=\"background:" + Html.hex(Charts.scenarioColor(colour)) + "\"></span>";
        }

        private String t(L key) {
            return Messages.text(key, lang);
        }

        private void section(String id, String title) {
            out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
        }

        private void fact(String text) {
            p(text, "fact");
        }

        private void factRow(String label, String value) {
            out.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>").append(esc(value))
                    .append("</td></tr>\n");
        }

        private void th(String text) {
            out.append("<th>").append(esc(text)).append("</th>");
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

}
