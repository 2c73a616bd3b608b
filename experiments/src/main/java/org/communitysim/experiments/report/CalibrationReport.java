package org.communitysim.experiments.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.communitysim.experiments.calibration.CalibrationResult;
import org.communitysim.experiments.calibration.CalibrationSpec;
import org.communitysim.experiments.calibration.Estimate;
import org.communitysim.experiments.calibration.ObservedKpi;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.report.CalibrationLabels.C;
import org.communitysim.experiments.search.SearchParameter;

/**
 * The report of a calibration: the answer (each identified parameter's estimate and interval; each parameter the
 * KPIs cannot pin down named as such, without a confident number), the estimates table, the observed-vs-simulated
 * charts, the method and how to reproduce. Self-contained HTML from {@code calibration.jte}, English or Chinese.
 */
public final class CalibrationReport {
    public static final String FILE_NAME = "report.html";

    private CalibrationReport() {
    }

    /** Writes {@code dir/report.html} and {@code dir/charts/fit-<column>.png|svg}, each atomically. */
    public static void write(CalibrationResult result, String command, Lang lang, Path dir) throws IOException {
        List<Charts.Drawn> charts = CalibrationCharts.writeAll(result, lang, dir.resolve(HtmlReport.CHARTS_DIR));
        AtomicFiles.writeString(dir.resolve(FILE_NAME),
                Templates.render("calibration.jte", page(result, command, lang, charts)));
    }

    record Page(Words w, String title, String subtitle, String description, List<String> answer,
            List<EstimateRow> estimates, String widthRule, String distance, boolean fontFallback,
            List<Charts.Drawn> charts, String method, List<Fact> facts, String command, List<Fact> files) {
    }

    record EstimateRow(String name, String path, String prior, String estimate, String interval, String width,
            String verdict, boolean identified) {
    }

    static Page page(CalibrationResult r, String command, Lang lang, List<Charts.Drawn> charts) {
        CalibrationSpec spec = r.spec();
        String level = Formats.number(spec.level() * 100, 0, false) + "%";
        List<String> answer = new ArrayList<>();
        List<EstimateRow> rows = new ArrayList<>();
        for (Estimate e : r.estimates()) {
            SearchParameter p = e.parameter();
            String name = SweepLabels.parameter(p.path(), lang);
            String width = Formats.percent(e.widthShare(), lang);
            String range = value(p, p.min()) + " – " + value(p, p.max());
            if (e.identified()) {
                answer.add(Messages.format(C.IDENTIFIED, lang, name, value(p, e.value()), level, value(p, e.low()),
                        value(p, e.high())));
            } else if (!e.judged()) {
                answer.add(Messages.format(C.NOT_JUDGED, lang, name, Integer.toString(spec.bootstrap()),
                        Integer.toString(Estimate.MIN_REFITS)));
            } else {
                answer.add(Messages.format(C.NOT_IDENTIFIED, lang, name, width, range));
            }
            rows.add(new EstimateRow(name, p.path(),
                    Messages.format(p.log() ? C.PRIOR_LOG_UNIFORM : C.PRIOR_UNIFORM, lang, range),
                    e.identified() ? value(p, e.value()) : "(" + value(p, e.value()) + ")",
                    value(p, e.low()) + " – " + value(p, e.high()), width,
                    Messages.text(e.identified() ? C.VERDICT_IDENTIFIED
                            : e.judged() ? C.VERDICT_NOT_IDENTIFIED : C.VERDICT_NOT_JUDGED, lang),
                    e.identified()));
        }
        if (r.estimates().stream().noneMatch(Estimate::identified) && r.estimates().stream().allMatch(Estimate::judged)) {
            answer.add(Messages.text(C.ANSWER_NONE_IDENTIFIED, lang));
        }
        List<String> columns = r.observed().kpis().stream().map(ObservedKpi::column).toList();
        List<Fact> facts = new Facts(lang)
                .add(C.FACT_OBSERVED, r.observed().file().getFileName().toString())
                .add(C.FACT_DAYS, Formats.integer(r.observed().days()))
                .add(C.FACT_COLUMNS, String.join(", ", columns))
                .add(C.FACT_BASE, spec.base().getFileName().toString())
                .add(C.FACT_REPLICATES, Formats.integer(spec.replicates()))
                .add(C.FACT_EVALUATIONS, Formats.integer(spec.evaluations()))
                .add(C.FACT_BOOTSTRAP, Messages.format(C.FACT_BOOTSTRAP_VALUE, lang,
                        Formats.integer(spec.bootstrap()), Formats.integer(spec.bootstrapEvaluations())))
                .add(C.FACT_LEVEL, level)
                .runs(C.FACT_RUNS, r.runs(), C.FACT_SEED, spec.seed(), C.FACT_WALL, r.wallSeconds())
                .list();
        List<Fact> files = new Facts(lang).file("estimates.csv", C.FILE_ESTIMATES).file("refits.csv", C.FILE_REFITS)
                .file("trace.csv", C.FILE_TRACE).file("fit.csv", C.FILE_FIT).file("fitted.json", C.FILE_FITTED)
                .file("manifest.json", C.FILE_MANIFEST).file("report.html", C.FILE_REPORT).list();
        String description = spec.description() == null || spec.description().isBlank() ? null : spec.description();
        return new Page(new Words(lang), Messages.format(C.TITLE, lang, spec.name()),
                Messages.format(C.SUBTITLE, lang, Formats.integer(r.observed().days()), String.join(", ", columns),
                        Formats.integer(spec.parameters().size())),
                description, answer, rows,
                Messages.format(C.WIDTH_RULE, lang, Formats.percent(spec.identifiedWidth(), lang)),
                Messages.format(C.FIT_DISTANCE, lang, Formats.number(r.distance(), 4, false),
                        Formats.number(r.baseDistance(), 4, false)),
                charts.stream().anyMatch(Charts.Drawn::textInEnglish), charts,
                Messages.format(C.METHOD_TEXT, lang, Formats.integer(spec.replicates()),
                        Formats.integer(spec.bootstrap()), level),
                facts, command, files);
    }

    /** A parameter's value: an integer field as an integer, a number with three significant digits. */
    static String value(SearchParameter p, double x) {
        if (p.integer()) {
            return Formats.integer(Math.round(x));
        }
        if (x == 0 || !Double.isFinite(x)) {
            return Formats.number(x, 0, false);
        }
        int digits = Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(x))));
        return Formats.number(x, Math.min(digits, 6), false).toLowerCase(Locale.ROOT);
    }
}
