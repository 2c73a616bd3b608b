package org.communitysim.experiments.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.communitysim.experiments.calibration.CalibrationResult;
import org.communitysim.experiments.calibration.CalibrationSpec;
import org.communitysim.experiments.calibration.Calibrator;
import org.communitysim.experiments.calibration.Estimate;
import org.communitysim.experiments.calibration.ObservedData;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.search.SearchJournal;
import org.communitysim.experiments.io.Csv;
import org.communitysim.experiments.io.CsvTable;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.report.CalibrationReport;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.search.Cmaes;
import org.communitysim.experiments.search.SearchParameter;
import org.communitysim.scenario.file.InputException;

/**
 * One {@code calibrate} invocation from the fit to files: estimates.csv, refits.csv, trace.csv, fit.csv, fitted.json
 * (the base scenario extended with the estimates), the charts and report.html, then manifest.json last; every file
 * written atomically, so a folder with a manifest is complete.
 */
public final class CalibrationJob {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CalibrationJob() {
    }

    /** The resolved spec and its hash, written first: what a resume must match (docs/calibration.md "Resume"). */
    public static final String SPEC_FILE = "calibrate.json";

    public static CalibrationResult run(CalibrationSpec spec, ObservedData observed, Path dir, int threads,
            String command, String version, Lang lang, Ensemble.Progress progress)
            throws IOException, InterruptedException, InputException {
        return run(spec, observed, dir, false, threads, command, version, lang, progress);
    }

    /**
     * Runs the calibration into {@code dir} with a journal of its evaluations ({@link SearchJournal}): a new one, or
     * with {@code resume} the one an interrupted run left there, whose evaluations and refits are taken instead of
     * run. The files written at the end are the same bytes either way (report.html and manifest.json but for wall
     * times).
     */
    public static CalibrationResult run(CalibrationSpec spec, ObservedData observed, Path dir, boolean resume,
            int threads, String command, String version, Lang lang, Ensemble.Progress progress)
            throws IOException, InterruptedException, InputException {
        CalibrationResult r;
        try (SearchJournal journal = SearchJournal.open(dir, resume, "calibrate", SPEC_FILE,
                Calibrator.resolvedSpec(spec, observed), Calibrator.journalColumns(spec),
                spec.parameters().size())) {
            r = Calibrator.run(spec, observed, threads, progress, journal);
        }
        write(r, dir, command, version, lang);
        return r;
    }

    static void write(CalibrationResult r, Path dir, String command, String version, Lang lang) throws IOException {
        List<SearchParameter> params = r.spec().parameters();
        Csv.write(dir.resolve("estimates.csv"), CsvTable.of(List.of("parameter", "estimate", "low", "high", "level",
                "prior", "min", "max", "width_share", "identified", "judged"), (Estimate e, org.communitysim.experiments.io.CsvCells out) -> out
                .text(e.parameter().path()).number(e.value()).number(e.low()).number(e.high())
                .number(r.spec().level()).text(e.parameter().log() ? "log-uniform" : "uniform")
                .number(e.parameter().min()).number(e.parameter().max()).number(e.widthShare())
                .text(Boolean.toString(e.identified())).text(Boolean.toString(e.judged()))), r.estimates().stream());

        List<String> refitColumns = new ArrayList<>(List.of("refit"));
        params.forEach(p -> refitColumns.add(p.path()));
        Csv.write(dir.resolve("refits.csv"), CsvTable.of(refitColumns, (Integer b, org.communitysim.experiments.io.CsvCells out) -> out.integer(b)
                .numbers(r.refits()[b])), IntStream.range(0, r.refits().length).boxed());

        List<String> traceColumns = new ArrayList<>(List.of("evaluation"));
        params.forEach(p -> traceColumns.add(p.path()));
        traceColumns.add("distance");
        Csv.write(dir.resolve("trace.csv"), CsvTable.of(traceColumns, (Cmaes.Evaluation e, org.communitysim.experiments.io.CsvCells out) -> {
            out.integer(e.index());
            for (int i = 0; i < params.size(); i++) {
                out.number(params.get(i).at(e.u()[i]));
            }
            out.number(e.value());
        }), r.trace().stream());

        record FitRow(String column, int day, double observed, double[] cell) {
        }
        List<FitRow> fit = new ArrayList<>();
        for (int k = 0; k < r.observed().kpis().size(); k++) {
            for (int d = 0; d < r.observed().days(); d++) {
                fit.add(new FitRow(r.observed().kpis().get(k).column(), d, r.observed().values()[k][d],
                        r.bands().get(k)[d]));
            }
        }
        Csv.write(dir.resolve("fit.csv"), CsvTable.of(List.of("column", "day", "observed", "mean", "q05", "q25",
                "q50", "q75", "q95"), (FitRow f, org.communitysim.experiments.io.CsvCells out) -> out.text(f.column()).integer(f.day()).number(f.observed())
                .numbers(f.cell())), fit.stream());

        AtomicFiles.writeString(dir.resolve("fitted.json"), fittedScenario(r, dir));
        CalibrationReport.write(r, command, lang, dir);

        ObjectNode m = JSON.createObjectNode();
        m.put("tool", "community-sim");
        m.put("version", version);
        m.put("command", command);
        m.put("spec", r.spec().file().toString());
        m.put("observed", r.observed().file().toString());
        m.put("base", r.spec().base().toString());
        m.put("master_seed", r.spec().seed());
        m.put("replicates", r.spec().replicates());
        m.put("evaluations", r.spec().evaluations());
        m.put("bootstrap", r.spec().bootstrap());
        m.put("bootstrap_evaluations", r.spec().bootstrapEvaluations());
        m.put("runs", r.runs());
        m.put("distance", r.distance());
        m.put("wall_seconds", Math.round(r.wallSeconds() * 1000) / 1000.0);
        m.put("java", System.getProperty("java.version"));
        m.put("language", lang.name().toLowerCase(Locale.ROOT));
        ArrayNode files = m.putArray("files");
        for (String f : List.of(SPEC_FILE, SearchJournal.FILE, "estimates.csv", "refits.csv", "trace.csv", "fit.csv",
                "fitted.json", "report.html")) {
            files.add(f);
        }
        AtomicFiles.writeString(dir.resolve("manifest.json"), JSON.writeValueAsString(m) + "\n");
    }

    /**
     * The fitted scenario as a file that {@code extends} the base (by its path relative to the results folder) and
     * sets each free parameter to its estimate: {@code run}, {@code compare} and other files' {@code extends} use it
     * as any scenario file.
     */
    static String fittedScenario(CalibrationResult r, Path dir) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        Path base = r.spec().base().toAbsolutePath().normalize();
        root.put("extends", dir.toAbsolutePath().normalize().relativize(base).toString().replace('\\', '/'));
        root.put("name", r.spec().name() + "-fitted");
        List<String> set = new ArrayList<>();
        org.communitysim.experiments.search.LeverFile.put(root, r.spec().baseDraft(),
                r.estimates().stream().map(Estimate::parameter).toList(),
                r.estimates().stream().mapToDouble(Estimate::value).toArray());
        for (Estimate e : r.estimates()) {
            SearchParameter p = e.parameter();
            set.add(p.path() + "=" + Csv.number(p.integer() ? Math.rint(e.value()) : e.value())
                    + (e.identified() ? "" : e.judged() ? " (not identified)" : " (not judged: too few refits)"));
        }
        root.put("description", "Calibrated to " + r.observed().file().getFileName() + ": " + String.join(", ", set));
        // description before the sections, as people write the files
        ObjectNode ordered = JSON.createObjectNode();
        ordered.set("extends", root.get("extends"));
        ordered.set("name", root.get("name"));
        ordered.set("description", root.get("description"));
        root.fields().forEachRemaining(f -> {
            if (!ordered.has(f.getKey())) {
                ordered.set(f.getKey(), f.getValue());
            }
        });
        return JSON.writeValueAsString(ordered) + "\n";
    }
}
