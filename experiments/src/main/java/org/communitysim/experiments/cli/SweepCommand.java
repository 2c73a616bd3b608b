package org.communitysim.experiments.cli;

import org.communitysim.experiments.report.Labels;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.io.ResultsFolder;
import org.communitysim.experiments.job.SweepJob;
import org.communitysim.experiments.sweep.SeriesOptions;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.experiments.sweep.SweepSpec;
import org.communitysim.experiments.sweep.SweepSpecs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sweep SPEC}: a parameter sweep with streaming, crash-safe results and sensitivity analysis. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep (grid, random, lhs, sobol, morris, saltelli) from a spec file.",
            "Runs stream to runs.csv as they finish; an interrupted sweep continues with --resume DIR."})
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "Sweep spec file (docs/sweeps.md).")
    Path specFile;

    @Mixin
    JobOptions options;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the interrupted sweep in DIR (same spec required); runs already there are kept.")
    Path resume;

    @Option(names = "--keep-series", description = "Also keep every run's daily series (series.parquet): the metrics of "
            + "--series-metrics on every --series-every-th day.")
    boolean keepSeries;

    @Option(names = "--series-every", paramLabel = "K", defaultValue = "1",
            description = "With --keep-series: keep days 0, K, 2K, … (default: ${DEFAULT-VALUE}, every day).")
    int seriesEvery;

    @Option(names = "--series-metrics", paramLabel = "M,M,…",
            description = "With --keep-series: the daily metrics kept, e.g. members,active,joins (default: all).")
    String seriesMetrics;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int t = options.threadCount();
        Path out = options.out;
        if (resume != null && out != null && !resume.equals(out)) {
            throw new InputException("give either --resume DIR or --out DIR (a resumed sweep writes into DIR)");
        }
        if (!keepSeries && (seriesMetrics != null || seriesEvery != 1)) {
            throw new InputException("--series-every and --series-metrics go with --keep-series");
        }
        SeriesOptions series = keepSeries ? SeriesOptions.parse(seriesEvery, seriesMetrics) : null;
        SweepSpec sweep = SweepSpecs.load(specFile);
        if (resume == null && out != null) {
            OutFolders.requireNonEmpty("--out", out);
            if (Files.exists(out.resolve(org.communitysim.experiments.sweep.SweepRunner.SPEC_FILE))) {
                throw new InputException("--out " + out + " already holds a sweep; continue it with --resume "
                        + out + " or choose another --out");
            }
        }
        String command = "community-sim sweep " + specFile + options.langArg()
                + (series != null ? " " + series.describe() : "");
        SweepResult result;
        Path dir;
        // locked for the whole sweep: a second sweep or --resume of this folder is refused, never interleaved
        try (ResultsFolder folder = resume != null ? OutFolders.resume(resume)
                : OutFolders.claim(out, List.of(sweep.name()))) {
            dir = folder.dir();
            try {
                result = SweepJob.run(sweep, dir, resume != null, t, command, Main.version(), options.lang,
                        ProgressBar.create(options.quiet, options.lang, spec.commandLine().getErr()), series);
            } finally {
                if (Files.exists(dir.resolve(org.communitysim.experiments.sweep.SweepRunner.SPEC_FILE))) {
                    folder.keep(); // the journal has started: a failed sweep is continued with --resume, not lost
                }
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        if (!options.quiet) {
            w.println(Labels.format(Labels.Text.TERM_SWEEP, options.lang, sweep.name(), result.points().size(),
                    sweep.replicates(), result.runs(), result.ranNow(), String.format(Locale.ROOT, "%.1f", result.wallSeconds())));
        }
        w.println(Labels.format(Labels.Text.TERM_RESULTS, options.lang, dir));
        w.flush();
        return Main.OK;
    }
}
