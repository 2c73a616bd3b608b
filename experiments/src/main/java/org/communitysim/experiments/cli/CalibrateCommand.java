package org.communitysim.experiments.cli;

import org.communitysim.experiments.report.Labels;
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
import org.communitysim.experiments.job.CalibrationJob;
import org.communitysim.experiments.report.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code calibrate OBSERVED.csv SPEC}: fit free parameters to an observed group's daily KPIs (docs/calibration.md). */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit a scenario's free parameters to an observed group's daily numbers.",
            "CMA-ES with common random numbers; intervals by parametric bootstrap; parameters the data cannot",
            "identify are named. An interrupted calibration continues with --resume DIR."})
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OBSERVED.csv", description = "The group's daily KPIs: day,members,joins,... (docs/calibration.md).")
    Path observedFile;

    @Parameters(index = "1", paramLabel = "SPEC", description = "Calibration spec: base scenario, free parameters, budget (docs/calibration.md).")
    Path specFile;

    @Mixin
    JobOptions options;

    @Mixin
    SeedOption seed;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the interrupted calibration in DIR (same spec, observed data and seed required); "
                    + "evaluations and refits already in its journal are not run again.")
    Path resume;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int t = options.threadCount();
        Lang lang = options.lang;
        CalibrationSpec cs = CalibrationSpecs.load(specFile);
        if (seed.seed != null) {
            cs = cs.withSeed(seed.seed);
        }
        OutFolders.requireOneFolder(resume, options.out, "calibration");
        ObservedData observed = ObservedCsv.read(observedFile);
        String command = "community-sim calibrate " + MonteCarloCommand.quote(observedFile.toString()) + " "
                + MonteCarloCommand.quote(specFile.toString()) + " --seed " + cs.seed() + options.langArg();
        CalibrationSpec fit = cs;
        OutFolders.Written<CalibrationResult> written = OutFolders.writeResumable(resume, options.out,
                List.of(cs.name()), CalibrationJob.SPEC_FILE, "calibrate",
                dir -> CalibrationJob.run(fit, observed, dir, resume != null, t, command, Main.version(), lang,
                        ProgressBar.create(options.quiet, lang, spec.commandLine().getErr())));
        CalibrationResult r = written.result();
        Path dir = written.dir();
        PrintWriter w = spec.commandLine().getOut();
        if (!options.quiet) {
            if (resume != null) {
                w.println(Labels.format(Labels.Text.TERM_RESUMED, lang, r.reused(), r.ranNow()));
            }
            w.println(Labels.format(Labels.Text.TERM_CALIBRATE, lang, cs.name(), observed.days(),
                    observed.kpis().size(), r.runs(), String.format(Locale.ROOT, "%.1f", r.wallSeconds()),
                    String.format(Locale.ROOT, "%.4f", r.distance()), String.format(Locale.ROOT, "%.4f", r.baseDistance())));
            int level = (int) Math.round(cs.level() * 100);
            for (Estimate e : r.estimates()) {
                String estimate = String.format(Locale.ROOT, "%-36s %12s", e.parameter().path(), num(e.value()));
                w.println("  " + Labels.format(Labels.Text.TERM_CALIBRATE_ESTIMATE, lang, estimate, level,
                        num(e.low()), num(e.high()))
                        + (e.identified() ? "" : !e.judged() ? "   " + Labels.format(Labels.Text.TERM_NOT_JUDGED, lang,
                                cs.bootstrap(), Estimate.MIN_REFITS)
                                : "   " + Labels.format(Labels.Text.TERM_NOT_IDENTIFIED, lang,
                                String.format(Locale.ROOT, "%.0f", 100 * e.widthShare()))));
            }
        }
        w.println(Labels.format(Labels.Text.TERM_RESULTS, lang, dir));
        w.flush();
        return Main.OK;
    }

    private static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e9 ? Long.toString((long) x) : String.format(Locale.ROOT, "%.4g", x);
    }
}
