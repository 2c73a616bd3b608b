package org.communitysim.experiments.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.montecarlo.Comparisons;
import org.communitysim.experiments.montecarlo.GroupRow;
import org.communitysim.experiments.montecarlo.Kpis;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.stats.KaplanMeier;
import org.communitysim.experiments.stats.Summary;
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
        write(model, lang, outDir, true);
    }

    /**
     * Writes {@code outDir/report.html}, with the charts (also written into {@code outDir/charts/}) or without them
     * ({@code --no-charts}: the tables and the answer only, no chart file).
     */
    public static void write(ReportModel model, Lang lang, Path outDir, boolean withCharts) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(lang, "lang");
        List<Charts.Drawn> charts = new ArrayList<>(withCharts
                ? Charts.writeAll(scenarios(model), lang, outDir.resolve(CHARTS_DIR)) : List.of());
        if (withCharts && showsGroups(scenarios(model))) {
            charts.addAll(groupCharts(scenarios(model), lang, outDir.resolve(CHARTS_DIR)));
        }
        org.communitysim.experiments.io.PhaseLog.mark("charts");
        AtomicFiles.writeString(outDir.resolve(FILE_NAME), render(model, lang, charts));
    }

    /**
     * Whether the report shows the groups section (survival curve, small multiples): only when some scenario had more
     * than one group in a run or some group died, so that a report of single groups that never die stays as it was.
     */
    static boolean showsGroups(List<ScenarioRuns> scenarios) {
        return scenarios.stream().anyMatch(r -> r.groups().worthShowing());
    }

    /** The survival chart, then the small multiples of every scenario with more than one group in replicate 0. */
    static List<Charts.Drawn> groupCharts(List<ScenarioRuns> scenarios, Lang lang, Path dir) throws IOException {
        List<Charts.Drawn> charts = new ArrayList<>();
        charts.add(GroupCharts.survival(scenarios, lang, dir));
        for (int s = 0; s < scenarios.size(); s++) {
            if (scenarios.get(s).groups().traces().size() > 1) {
                charts.addAll(GroupCharts.panels(scenarios.get(s), s, lang, dir));
            }
        }
        return charts;
    }

    /** The report's HTML, given the charts already drawn. */
    static String render(ReportModel model, Lang lang, List<Charts.Drawn> charts) {
        return Templates.render("compare.jte", new Builder(model, lang).page(charts));
    }

    private static List<ScenarioRuns> scenarios(ReportModel model) {
        return model.scenarios() == null ? List.of() : model.scenarios();
    }

    /** The page's content, every text formatted and in its language; compare.jte lays it out. */
    record Page(Words w, String title, String subtitle, List<String> answerHtml, List<ScenarioRow> scenarios,
            List<OutcomeRow> outcomes, List<PairTable> pairs, String distributionsIntro,
            List<DistributionRow> distributions, List<String> distributionNotes, boolean fontFallback,
            String fanHowToRead, List<Charts.Drawn> fans, List<Charts.Drawn> boxes, List<Named> parameterColumns,
            List<ParameterRow> parameters, String command, List<Fact> facts, MoneyTable.Table money,
            GroupsSection groups) {
        /** One scenario (null outcomes) or a decision table per pair. */
        boolean single() {
            return outcomes != null;
        }
    }

    /**
     * The groups section (null when not shown): the survival facts of each scenario, the survival chart and each
     * many-group scenario's small multiples.
     */
    record GroupsSection(String intro, List<String> facts, Charts.Drawn survival, List<PanelSet> panels) {
    }

    /** One scenario's small multiples: one panel per group of one run. */
    record PanelSet(Named name, String title, String howToRead, List<Charts.Drawn> panels) {
    }

    /** A scenario's name with its colour in the charts (null colour: none). */
    record Named(String colour, String name) {
    }

    record ScenarioRow(Named name, String description, int horizonDays, int replicates) {
    }

    record OutcomeRow(String name, String mean, String sd, String median, String ci) {
    }

    record PairTable(Named a, Named b, String caption, List<DecisionRow> rows) {
    }

    /** A decision row; {@code verdictClass} and {@code verdictStyle} colour the winner's cell in its colour. */
    record DecisionRow(String title, String name, String arrow, String meanA, String meanB, String difference,
            String p, String probABetter, String verdictClass,
            String verdictStyle, String verdict) {
    }

    record DistributionRow(Named name, String collapsed, String collapseDay, String spread, String meanAlive,
            String meanCollapsed, Histogram histogram) {
    }

    /** The histogram of one scenario's active members at the horizon; {@code axis} is the y of its base line. */
    record Histogram(int width, int height, double axis, String label, String colour, List<Bar> bars) {
    }

    /** A bar of a histogram, coordinates already formatted; {@code count} shows on hover. */
    record Bar(String x, String y, String width, String height, int count) {
    }

    record ParameterRow(String path, List<String> values) {
    }

    /** Builds the page from the model: the numbers, their formats and the sentences; no markup. */
    private static final class Builder {
        private final ReportModel model;
        private final Lang lang;
        private final List<ScenarioRuns> scenarios;
        private final List<String> names;
        private final Map<String, Integer> indexByName = new HashMap<>();

        Builder(ReportModel model, Lang lang) {
            this.model = model;
            this.lang = lang;
            this.scenarios = scenarios(model);
            this.names = Charts.displayNames(scenarios);
            for (int i = 0; i < scenarios.size(); i++) {
                indexByName.putIfAbsent(scenarios.get(i).scenario().name(), i);
            }
        }

        Page page(List<Charts.Drawn> charts) {
            int replicates = model.replicates();
            String subtitle = scenarios.size() == 1 ? Labels.format(Text.SUBTITLE_ONE, lang, replicates)
                    : Labels.format(Text.SUBTITLE, lang, scenarios.size(), replicates);
            List<String> notes = new ArrayList<>();
            List<DistributionRow> distributions = distributions(notes);
            List<Named> columns = new ArrayList<>();
            for (int s = 0; s < scenarios.size(); s++) {
                columns.add(named(s));
            }
            MoneyTable.Table money = MoneyTable.of(scenarios, columns, lang);
            return new Page(new Words(lang), model.title(), subtitle, Answer.paragraphs(model, lang), scenarioRows(),
                    scenarios.size() == 1 ? outcomeRows(scenarios.get(0)) : null,
                    scenarios.size() == 1 ? List.of() : pairTables(), Labels.text(Text.DISTRIBUTIONS_INTRO, lang),
                    distributions, notes, charts.stream().anyMatch(Charts.Drawn::textInEnglish),
                    Labels.format(Text.FAN_HOW_TO_READ, lang, Charts.replicatesText(scenarios)),
                    charts.stream().filter(c -> c.id().startsWith("fan-")).toList(),
                    charts.stream().filter(c -> c.id().startsWith("box-")).toList(), columns, parameterRows(),
                    model.command(), List.of(
                            fact(Text.COL_MASTER_SEED, Long.toString(model.masterSeed())),
                            fact(Text.COL_REPLICATES_PER_SCENARIO, Integer.toString(model.replicates())),
                            fact(Text.COL_VERSION, model.version()),
                            fact(Text.COL_WALL_TIME, wallTime(model.wallSeconds(), lang))), money,
                    showsGroups(scenarios) ? groups(charts) : null);
        }

        private GroupsSection groups(List<Charts.Drawn> charts) {
            List<String> facts = new ArrayList<>();
            List<PanelSet> panels = new ArrayList<>();
            for (int s = 0; s < scenarios.size(); s++) {
                ScenarioRuns runs = scenarios.get(s);
                KaplanMeier.Curve c = runs.groups().survival();
                if (c == null) {
                    continue;
                }
                long died = runs.groups().rows().stream().filter(GroupRow::died).count();
                List<Object> args = new ArrayList<>(List.of(names.get(s),
                        Formats.integer(runs.groups().rows().size()), Formats.integer(runs.replicates()),
                        Formats.integer(died)));
                for (int day : GroupCharts.QUOTED_DAYS) {
                    args.add(share(c.at(day)));
                    args.add(share(c.lowAt(day)));
                    args.add(share(c.highAt(day)));
                }
                facts.add(Labels.format(Text.SURVIVAL_FACT, lang, args.toArray()));
                String prefix = "groups-" + (s + 1) + "-";
                List<Charts.Drawn> own = charts.stream().filter(d -> d.id().startsWith(prefix)).toList();
                if (!own.isEmpty()) {
                    panels.add(new PanelSet(named(s), Labels.format(Text.GROUPS_PANELS_TITLE, lang, names.get(s)),
                            Labels.text(Text.GROUPS_PANELS_HOW_TO_READ, lang), own));
                }
            }
            Charts.Drawn survival = charts.stream().filter(d -> d.id().equals(GroupCharts.SURVIVAL_ID)).findFirst()
                    .orElse(null);
            return new GroupsSection(Labels.text(Text.GROUPS_INTRO, lang), facts, survival, panels);
        }

        private String share(double v) {
            return Double.isFinite(v) ? Formats.percent(v, lang) : Formats.na(lang);
        }

        private List<ScenarioRow> scenarioRows() {
            List<ScenarioRow> rows = new ArrayList<>();
            for (int s = 0; s < scenarios.size(); s++) {
                ScenarioRuns runs = scenarios.get(s);
                rows.add(new ScenarioRow(named(s), ScenarioText.description(runs.scenario(), lang), runs.scenario().horizonDays(),
                        runs.replicates()));
            }
            return rows;
        }

        private List<OutcomeRow> outcomeRows(ScenarioRuns runs) {
            List<OutcomeRow> rows = new ArrayList<>();
            List<org.communitysim.model.RunOutcome> shown = new ArrayList<>(Kpis.KEY);
            shown.addAll(org.communitysim.model.CustomOutcome.of(runs.scenario()));
            for (org.communitysim.model.RunOutcome o : shown) {
                Summary s = Comparisons.summary(o, runs.values(o), false, 0);
                rows.add(new OutcomeRow(Labels.name(o, lang), Formats.value(o, lang, s.mean()),
                        Formats.value(o, lang, s.sd()), Formats.value(o, lang, s.median()),
                        Formats.value(o, lang, s.ciLow()) + " – " + Formats.value(o, lang, s.ciHigh())));
            }
            return rows;
        }

        private List<PairTable> pairTables() {
            List<PairTable> tables = new ArrayList<>();
            for (List<Decision> rows : Answer.pairs(model.decisions()).values()) {
                String a = rows.get(0).a();
                String b = rows.get(0).b();
                tables.add(new PairTable(named(a), named(b), Labels.format(Text.PAIR_CAPTION, lang, a, b)
                        + Labels.customNote(rows, scenarios.stream().map(ScenarioRuns::scenario).toList(), lang),
                        rows.stream().map(this::decisionRow).toList()));
            }
            return tables;
        }

        private DecisionRow decisionRow(Decision d) {
            org.communitysim.model.RunOutcome o = d.outcome();
            String[] means = Formats.values(o, lang, d.summaryA().mean(), d.summaryB().mean());
            String[] diff = Formats.difference(o, lang, d.paired().meanDiff(), d.adjusted().ciLow(),
                    d.adjusted().ciHigh());
            String arrow = switch (d.direction()) {
                case HIGHER_IS_BETTER -> "\u2191";
                case LOWER_IS_BETTER -> "\u2193";
                case NEUTRAL -> null;
            };
            String ci = Double.isNaN(d.adjusted().ciLow()) && Double.isNaN(d.adjusted().ciHigh()) ? ""
                    : " [" + diff[1] + ", " + diff[2] + "]";
            String verdict = Labels.verdict(d.verdict(), d.a(), d.b(), lang);
            String cls;
            String style = null;
            if (d.verdict() == Verdict.A_BETTER || d.verdict() == Verdict.B_BETTER) {
                Color c = Charts.scenarioColor(colourIndex(d.verdict() == Verdict.A_BETTER ? d.a() : d.b()));
                cls = "verdict win";
                style = "background:" + Html.rgba(c, 0.16) + ";border-left-color:" + Html.hex(c);
            } else {
                cls = d.verdict() == Verdict.NO_CLEAR_DIFFERENCE && d.direction() != Direction.NEUTRAL
                        ? "verdict none" : "verdict unranked";
            }
            return new DecisionRow(Labels.description(o, lang) + " (" + Labels.direction(d.direction(), lang) + ")",
                    Labels.name(o, lang), arrow, means[0], means[1], diff[0] + ci, Formats.pValue(d.adjusted().p(), lang),
                    Double.isNaN(d.probABetter()) ? "" : Formats.percent(d.probABetter(), lang), cls, style, verdict);
        }

        // --- collapse and bimodality -------------------------------------------------------------------

        private List<DistributionRow> distributions(List<String> notes) {
            double[] range = histogramRange();
            List<DistributionRow> rows = new ArrayList<>();
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
                String count = deadOfN[1] == 0 ? Formats.na(lang)
                        : Labels.format(Text.COUNT_OF, lang, deadOfN[0], deadOfN[1]) + " ("
                                + Formats.percent((double) deadOfN[0] / deadOfN[1], lang) + ")";
                String day = days.isEmpty() ? Formats.na(lang)
                        : Formats.value(Outcome.DEAD_DAY, lang, Stats.quantile(sorted(days), 0.5));
                String spread;
                if (finite.length == 0) {
                    spread = Formats.na(lang);
                } else {
                    String[] v = Formats.values(Outcome.FINAL_ACTIVE, lang, Stats.quantile(finite, 0.5),
                            Stats.quantile(finite, 0.05), Stats.quantile(finite, 0.95));
                    spread = v[0] + " (" + v[1] + "–" + v[2] + ")";
                }
                String[] means = Formats.values(Outcome.FINAL_ACTIVE, lang, mean(alive), mean(collapsed));
                rows.add(new DistributionRow(named(s), count, day, spread, means[0], means[1],
                        histogram(finite, range, Charts.scenarioColor(s), names.get(s))));
                if (deadOfN[0] > 0 && deadOfN[0] < deadOfN[1]) {
                    notes.add(Labels.format(Text.BIMODAL_NOTE, lang, names.get(s),
                            Formats.percent((double) deadOfN[0] / deadOfN[1], lang)));
                } else if (deadOfN[0] > 0) {
                    notes.add(Labels.format(Text.ALL_COLLAPSED_NOTE, lang, names.get(s)));
                }
            }
            if (!anyCollapse) {
                notes.add(Labels.text(Text.NO_COLLAPSE_NOTE, lang));
            }
            if (range != null) {
                String[] r = Formats.values(Outcome.FINAL_ACTIVE, lang, range[0], range[1]);
                notes.add(Labels.format(Text.HISTOGRAM_RANGE, lang, r[0], r[1]));
            }
            return rows;
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

        /** A small inline histogram (drawn by histogram.jte: a few rectangles); null if there is no value. */
        private Histogram histogram(double[] values, double[] range, Color colour, String name) {
            if (range == null || values.length == 0) {
                return null;
            }
            int[] counts = new int[HIST_BINS];
            for (double v : values) {
                int bin = (int) Math.floor((v - range[0]) / (range[1] - range[0]) * HIST_BINS);
                counts[Math.max(0, Math.min(HIST_BINS - 1, bin))]++;
            }
            int max = Arrays.stream(counts).max().orElse(1);
            double barWidth = (double) HIST_WIDTH / HIST_BINS;
            List<Bar> bars = new ArrayList<>();
            for (int i = 0; i < HIST_BINS; i++) {
                if (counts[i] == 0) {
                    continue;
                }
                double h = Math.max(1.5, (HIST_HEIGHT - 2) * (double) counts[i] / max);
                bars.add(new Bar(Formats.number(i * barWidth + 0.5, 1, false),
                        Formats.number(HIST_HEIGHT - 1 - h, 1, false), Formats.number(barWidth - 1, 1, false),
                        Formats.number(h, 1, false), counts[i]));
            }
            return new Histogram(HIST_WIDTH, HIST_HEIGHT, HIST_HEIGHT - 0.5, name, Html.hex(colour), bars);
        }

        // --- parameters, facts -------------------------------------------------------------------------

        private List<ParameterRow> parameterRows() {
            List<ParameterDifference> differences = model.differences() == null ? List.of() : model.differences();
            List<ParameterRow> rows = new ArrayList<>();
            for (ParameterDifference difference : differences) {
                List<String> values = difference.values() == null ? List.of() : difference.values();
                List<String> cells = new ArrayList<>();
                for (int s = 0; s < scenarios.size(); s++) {
                    cells.add(s < values.size() ? values.get(s) : Formats.na(lang));
                }
                rows.add(new ParameterRow(difference.path(), cells));
            }
            return rows;
        }

        private Fact fact(Text label, String value) {
            return new Fact(Labels.text(label, lang), value);
        }

        private Named named(int s) {
            return new Named(Html.hex(Charts.scenarioColor(s)), names.get(s));
        }

        private Named named(String scenario) {
            int index = indexByName.getOrDefault(scenario, -1);
            return new Named(index < 0 ? null : Html.hex(Charts.scenarioColor(index)), scenario);
        }

        private int colourIndex(String name) {
            return indexByName.getOrDefault(name, -1);
        }
    }

    /** A wall time as every report shows it: "12 s", "3 min 05 s", "1 h 02 min". */
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

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
