package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communitysim.experiments.calibration.CalibrationResult;
import org.communitysim.experiments.calibration.CalibrationSpec;
import org.communitysim.experiments.calibration.CalibrationSpecs;
import org.communitysim.experiments.calibration.Estimate;
import org.communitysim.experiments.calibration.ObservedCsv;
import org.communitysim.experiments.calibration.ObservedData;
import org.communitysim.experiments.io.ResultsFolder;
import org.communitysim.experiments.job.CalibrationJob;
import org.communitysim.experiments.report.Lang;
import org.communitysim.scenario.file.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code calibrate OBSERVED.csv SPEC}: fit free parameters to an observed group's daily KPIs (docs/calibration.md). */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit a scenario's free parameters to an observed group's daily numbers (CMA-ES with common",
            "random numbers; intervals by parametric bootstrap; parameters the data cannot identify are named)."})
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OBSERVED.csv", description = "The group's daily KPIs: day,members,joins,... (docs/calibration.md).")
    Path observedFile;

    @Parameters(index = "1", paramLabel = "SPEC", description = "Calibration spec: base scenario, free parameters, budget (docs/calibration.md).")
    Path specFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder, new or empty (default: results/<name>-<timestamp>).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: the spec's seed, else 42).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar and no estimates on the terminal (the results folder is still printed).")
    boolean quiet;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", converter = MonteCarloOptions.LangConverter.class,
            description = "Report language: en or zh (default: ${DEFAULT-VALUE}).")
    Lang lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (t < 1) {
            throw new InputException("--threads must be >= 1, got " + t);
        }
        CalibrationSpec cs = CalibrationSpecs.load(specFile);
        if (seed != null) {
            cs = new CalibrationSpec(cs.file(), cs.name(), cs.description(), cs.base(), cs.baseDraft(), cs.parameters(),
                    cs.replicates(), cs.evaluations(), cs.bootstrap(), cs.bootstrapEvaluations(), cs.level(),
                    cs.identifiedWidth(), cs.bandReplicates(), seed);
        }
        ObservedData observed = ObservedCsv.read(observedFile);
        String command = "community-sim calibrate " + MonteCarloCommand.quote(observedFile.toString()) + " "
                + MonteCarloCommand.quote(specFile.toString()) + " --seed " + cs.seed() + " --lang "
                + lang.name().toLowerCase(Locale.ROOT);
        Path dir;
        CalibrationResult r;
        try (ResultsFolder folder = OutFolders.claim(out, List.of(cs.name()))) {
            dir = folder.dir();
            r = CalibrationJob.run(cs, observed, dir, t, command, Main.version(), lang,
                    ProgressBar.create(quiet, lang, spec.commandLine().getErr()));
            folder.keep();
        }
        PrintWriter w = spec.commandLine().getOut();
        if (!quiet) {
            w.printf(Locale.ROOT, "%s: %d days of %d columns, %d runs in %.1f s; distance %.4f (base %.4f)%n",
                    cs.name(), observed.days(), observed.kpis().size(), r.runs(), r.wallSeconds(), r.distance(),
                    r.baseDistance());
            int level = (int) Math.round(cs.level() * 100);
            for (Estimate e : r.estimates()) {
                w.printf(Locale.ROOT, "  %-36s %12s   %d%% interval %s .. %s%s%n", e.parameter().path(),
                        num(e.value()), level, num(e.low()), num(e.high()),
                        e.identified() ? "" : String.format(Locale.ROOT,
                                "   NOT IDENTIFIED (refits spread over %.0f%% of the range)", 100 * e.widthShare()));
            }
        }
        w.println("results: " + dir);
        w.flush();
        return Main.OK;
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e9 ? Long.toString((long) x) : String.format(Locale.ROOT, "%.4g", x);
    }
}
