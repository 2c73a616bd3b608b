package org.communitysim.experiments.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.communitysim.experiments.report.Labels.Text;
import org.communitysim.model.Direction;
import org.communitysim.experiments.report.SweepLabels.T;
import org.communitysim.experiments.stats.Summary;
import org.communitysim.experiments.sweep.DesignType;
import org.communitysim.experiments.sweep.PointSummary;
import org.communitysim.experiments.sweep.sensitivity.SensitivityIndices;
import org.communitysim.experiments.sweep.SweepParameter;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.experiments.sweep.SweepSpec;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.model.Outcome;
import org.communitysim.model.RunOutcome;

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
        return Templates.render("sweep.jte", new Builder(result, lang).page(charts));
    }

    /** The page's content, every text formatted and in its language; sweep.jte lays it out. */
    record Page(Words w, String title, String subtitle, String description, List<VariedRow> varied,
            String designSentence, List<Fact> designFacts, boolean noCharts, boolean fontFallback,
            List<Charts.Drawn> charts, List<Charts.Drawn> scatters, String pointsNote, List<Column> pointColumns,
            List<List<String>> points, List<Sensitivity> sensitivity, String command, List<Fact> reproduceFacts,
            List<Fact> files) {
    }

    record VariedRow(String name, String path, String values, String levels) {
    }

    /** A column head; {@code title} (the JSON path of a parameter, or null) shows on hover. */
    record Column(String name, String title) {
    }

    record Sensitivity(String name, String sentence, String caption, List<String> heads, List<SensitivityRow> rows) {
    }

    record SensitivityRow(String colour, String name, String path, List<String> cells) {
    }

    /** Builds the page from the result: the numbers, their formats and the sentences; no markup. */
    private static final class Builder {
        private final SweepResult result;
        private final SweepSpec spec;
        private final Lang lang;

        Builder(SweepResult result, Lang lang) {
            this.result = result;
            this.spec = result.spec();
            this.lang = lang;
        }

        Page page(List<Charts.Drawn> charts) {
            List<Column> columns = new ArrayList<>();
            columns.add(new Column(Messages.text(T.COL_POINT, lang), null));
            for (SweepParameter p : spec.parameters()) {
                columns.add(new Column(SweepLabels.parameter(p.path(), lang), p.path()));
            }
            for (RunOutcome o : spec.outcomes()) {
                columns.add(new Column(Labels.name(o, lang), null));
            }
            List<PointSummary> rows = new ArrayList<>(result.points());
            String pointsNote = pointsShown(rows);
            String description = spec.description() == null || spec.description().isBlank() ? null
                    : spec.description();
            return new Page(new Words(lang), spec.name(),
                    Messages.format(T.SUBTITLE, lang, SweepLabels.designName(spec.design()), result.points().size(),
                            spec.replicates(), result.runs()),
                    description, varied(), SweepLabels.design(spec.design(), lang, spec.samples()), designFacts(),
                    charts.isEmpty(), charts.stream().anyMatch(Charts.Drawn::textInEnglish),
                    charts.stream().filter(c -> !c.id().startsWith("scatter-")).toList(),
                    charts.stream().filter(c -> c.id().startsWith("scatter-")).toList(), pointsNote, columns,
                    rows.stream().map(this::pointCells).toList(),
                    result.sensitivity().stream().map(this::sensitivity).toList(), result.command(),
                    reproduceFacts(), files());
        }

        private List<VariedRow> varied() {
            List<VariedRow> rows = new ArrayList<>();
            for (SweepParameter p : spec.parameters()) {
                rows.add(new VariedRow(SweepLabels.parameter(p.path(), lang), p.path(), valuesText(p), levels(p)));
            }
            return rows;
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

        private List<Fact> designFacts() {
            List<String> outcomes = spec.outcomes().stream().map(o -> Labels.name(o, lang)).toList();
            return List.of(
                    fact(T.FACT_DESIGN, SweepLabels.designName(spec.design())),
                    fact(T.FACT_POINTS, Integer.toString(result.points().size())),
                    fact(T.FACT_REPLICATES, Integer.toString(spec.replicates())),
                    fact(T.FACT_RUNS, Long.toString(result.runs())),
                    fact(T.FACT_OUTCOMES, String.join(Labels.text(Text.LIST_SEPARATOR, lang), outcomes)),
                    fact(T.FACT_BASE, spec.base() == null ? Formats.na(lang) : String.valueOf(spec.base().getFileName())),
                    new Fact(Labels.text(Text.COL_MASTER_SEED, lang), Long.toString(spec.seed())));
        }

        /** Keeps the rows the table shows (the best ones of a long sweep) and says which they are. */
        private String pointsShown(List<PointSummary> rows) {
            List<RunOutcome> outcomes = spec.outcomes();
            if (rows.size() > ALL_POINTS_UP_TO && !outcomes.isEmpty()) {
                RunOutcome key = outcomes.get(0);
                boolean lowest = key.direction() == Direction.LOWER_IS_BETTER;
                Comparator<PointSummary> order = Comparator.comparingDouble(
                        p -> nanLast(SweepCharts.mean(p, key), lowest));
                rows.sort(lowest ? order : order.reversed());
                rows.subList(TOP_POINTS, rows.size()).clear();
                return Messages.format(T.POINTS_TOP, lang, TOP_POINTS,
                        Messages.text(lowest ? T.POINTS_LOWEST : T.POINTS_HIGHEST, lang),
                        Labels.inSentence(Labels.name(key, lang), lang), result.points().size());
            }
            return Messages.format(T.POINTS_ALL, lang, rows.size());
        }

        private List<String> pointCells(PointSummary p) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(p.point()));
            for (int j = 0; j < spec.parameters().size(); j++) {
                cells.add(SweepCharts.value(p.values()[j], spec.parameters().get(j).integer()));
            }
            for (RunOutcome o : spec.outcomes()) {
                Summary s = p.summaries().get(o);
                if (s == null || Double.isNaN(s.mean())) {
                    cells.add(Formats.na(lang));
                    continue;
                }
                String[] v = Formats.values(o, lang, s.mean(), s.ciLow(), s.ciHigh());
                cells.add(Double.isNaN(s.ciLow()) ? v[0] : v[0] + " [" + v[1] + ", " + v[2] + "]");
            }
            return cells;
        }

        private Sensitivity sensitivity(SensitivityIndices si) {
            boolean morris = si.method().equals("morris");
            Outcome o = SweepCharts.outcome(si.outcome());
            String name = o != null ? Labels.name(o, lang) : si.outcome();
            int k = si.parameters().size();
            List<Integer> order = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                order.add(j);
            }
            order.sort(Comparator.comparingDouble((Integer j) -> nanLast(si.first()[j], false)).reversed());
            List<String> names = SweepCharts.parameterNames(si.parameters(), lang);
            boolean mu = morris && si.mu() != null;
            List<String> heads = new ArrayList<>(List.of(Messages.text(T.COL_PARAMETER, lang),
                    Messages.text(morris ? T.COL_MU_STAR : T.COL_S1, lang),
                    Messages.text(morris ? T.COL_SIGMA : T.COL_ST, lang)));
            if (mu) {
                heads.add(Messages.text(T.COL_MU, lang));
            }
            List<SensitivityRow> rows = new ArrayList<>();
            for (int j : order) {
                String[] a = SweepCharts.indexValues(si.first()[j], si.firstLow()[j], si.firstHigh()[j]);
                String[] b = SweepCharts.indexValues(si.second()[j], si.secondLow()[j], si.secondHigh()[j]);
                List<String> cells = new ArrayList<>(List.of(a[0] + " [" + a[1] + ", " + a[2] + "]",
                        b[0] + " [" + b[1] + ", " + b[2] + "]"));
                if (mu) {
                    cells.add(SweepCharts.indexValues(si.mu()[j])[0]);
                }
                rows.add(new SensitivityRow(Html.hex(Charts.scenarioColor(j)), names.get(j), si.parameters().get(j),
                        cells));
            }
            return new Sensitivity(name, SweepCharts.sensitivitySentence(si, lang),
                    Messages.format(T.SENS_TABLE_CAPTION, lang, name, morris ? "μ*" : "S1"), heads, rows);
        }

        private List<Fact> reproduceFacts() {
            String wall = HtmlReport.wallTime(result.wallSeconds(), lang);
            if (result.ranNow() < result.runs()) {
                wall += " (" + Messages.format(T.FACT_RESUMED, lang, result.ranNow(), result.runs() - result.ranNow())
                        + ")";
            }
            return List.of(new Fact(Labels.text(Text.COL_MASTER_SEED, lang), Long.toString(spec.seed())),
                    new Fact(Labels.text(Text.COL_VERSION, lang), result.version()),
                    fact(T.FACT_WALL, wall));
        }

        private List<Fact> files() {
            List<Fact> files = new ArrayList<>();
            files.add(new Fact("runs.csv", Messages.text(T.FILE_RUNS, lang)));
            files.add(new Fact("points.csv", Messages.text(T.FILE_POINTS, lang)));
            if (!result.sensitivity().isEmpty()) {
                files.add(new Fact("sensitivity.csv", Messages.text(T.FILE_SENSITIVITY, lang)));
            }
            files.add(new Fact("sweep.json", Messages.text(T.FILE_SPEC, lang)));
            files.add(new Fact("manifest.json", Messages.text(T.FILE_MANIFEST, lang)));
            files.add(new Fact(FILE_NAME, Messages.text(T.FILE_REPORT, lang)));
            return files;
        }

        private Fact fact(T label, String value) {
            return new Fact(Messages.text(label, lang), value);
        }

        private static double nanLast(double v, boolean ascending) {
            return Double.isNaN(v) ? (ascending ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY) : v;
        }
    }
}
