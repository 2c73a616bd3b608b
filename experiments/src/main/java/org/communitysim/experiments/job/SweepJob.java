package org.communitysim.experiments.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.io.AtomicFiles;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.report.SweepReport;
import org.communitysim.experiments.sweep.SeriesOptions;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.experiments.sweep.SweepRunner;
import org.communitysim.experiments.sweep.SweepSpec;

/**
 * One {@code sweep} invocation from runs to files: the sweep engine ({@code sweep}) runs, streams and aggregates —
 * sweep.json, runs.csv, points.csv, sensitivity.csv — then this job adds manifest.json and the report
 * ({@code report}: charts and report.html). The Spark sweep writes its outputs with {@link #writeOutputs} too.
 */
public final class SweepJob {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepJob() {
    }

    /** Runs (or, with {@code resume}, continues) the sweep into {@code dir} and writes its manifest and report. */
    public static SweepResult run(SweepSpec spec, Path dir, boolean resume, int threads, String command, String version,
            Lang lang, Ensemble.Progress progress) throws IOException, InterruptedException, InputException {
        return run(spec, dir, resume, threads, command, version, lang, progress, null);
    }

    /** As {@link #run(SweepSpec, Path, boolean, int, String, String, Lang, Ensemble.Progress)}, keeping series. */
    public static SweepResult run(SweepSpec spec, Path dir, boolean resume, int threads, String command, String version,
            Lang lang, Ensemble.Progress progress, SeriesOptions series)
            throws IOException, InterruptedException, InputException {
        SweepResult result = SweepRunner.run(spec, dir, resume, threads, command, version, progress, series);
        writeOutputs(result, lang, dir);
        return result;
    }

    /** The files a finished sweep adds beside runs.csv, points.csv and sensitivity.csv: manifest.json and the report. */
    public static void writeOutputs(SweepResult result, Lang lang, Path dir) throws IOException {
        ObjectNode m = JSON.createObjectNode();
        m.put("tool", "community-sim");
        m.put("version", result.version());
        m.put("command", result.command());
        m.put("spec", result.spec().file().toString());
        m.put("design", result.spec().design().name().toLowerCase(Locale.ROOT));
        m.put("points", result.points().size());
        m.put("replicates", result.spec().replicates());
        m.put("runs", result.runs());
        m.put("runs_this_invocation", result.ranNow());
        m.put("master_seed", result.spec().seed());
        m.put("wall_seconds", Math.round(result.wallSeconds() * 1000) / 1000.0);
        m.put("java", System.getProperty("java.version"));
        m.put("language", lang.name().toLowerCase(Locale.ROOT));
        m.put("resolved_spec", SweepRunner.SPEC_FILE);
        AtomicFiles.writeString(dir.resolve("manifest.json"), JSON.writeValueAsString(m) + "\n");
        SweepReport.write(result, lang, dir);
    }
}
