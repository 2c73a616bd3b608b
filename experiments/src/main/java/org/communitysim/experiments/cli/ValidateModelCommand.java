package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.job.ValidationJob;
import org.communitysim.experiments.validation.Measure;
import org.communitysim.experiments.validation.ModelValidation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code validate-model}: the verification checks against classic results, with their figures. */
@Command(name = "validate-model", mixinStandardHelpOptions = true,
        description = {"Check the engine against classic results and draw the figures of docs/validation.md.",
            "The checks: Bass diffusion, Granovetter's riot, participation inequality, joining vs friends in the group",
            "(Backstrom et al. 2006), shallow referral trees and Watts's cascade window. Writes summary.csv, one CSV and one figure",
            "(PNG, SVG) per check. Exit code 0 when every criterion holds, 1 when one fails.",
            "About 18 s on an idle 2-core machine with the defaults."})
final class ValidateModelCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR",
            description = "Results folder, new or empty (default: results/validate-model-<timestamp>).")
    Path out;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "30",
            description = "Replicates of each stochastic check, twice as many per mean degree for the Watts window (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--population", paramLabel = "N", defaultValue = "10000",
            description = "Persons in each check's population (default: ${DEFAULT-VALUE}; the issue's Bass check uses 10,000).")
    int population;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--quiet", description = "Only the verdict and the folder on the terminal.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int t = JobOptions.threadCount(threads);
        if (runs < 2) {
            throw new InputException("--runs must be >= 2 (a confidence interval needs two runs), got " + runs);
        }
        if (population < 1000) {
            throw new InputException("--population must be >= 1000 (the reference group seeds 15 and caps at 300), got "
                    + population);
        }
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        // a failed criterion is a result too (exit 1): the job returns and the folder is kept
        var written = OutFolders.write(out, List.of("validate-model"), dir -> ValidationJob.run(
                new ModelValidation.Config(runs, seed, t, population, population), dir, check -> {
                    if (!quiet) {
                        err.printf(Locale.ROOT, "[%5.1f s] %s%n", (System.nanoTime() - t0) / 1e9, check);
                        err.flush();
                    }
                }));
        Path dir = written.dir();
        ModelValidation.Report report = written.result();
        if (!quiet) {
            String last = "";
            for (Measure m : report.measures()) {
                if (!m.check().equals(last)) {
                    w.println();
                    w.println(m.check());
                    last = m.check();
                }
                w.printf(Locale.ROOT, "  %-4s %-72s %10s  %s%n", m.informational() ? "info" : m.passed() ? "ok" : "FAIL",
                        m.name(), value(m.value()), m.note());
            }
            w.println();
            w.printf(Locale.ROOT, "%d runs per check, %.1f s%n", runs, (System.nanoTime() - t0) / 1e9);
        }
        long failed = report.measures().stream().filter(m -> !m.passed()).count();
        w.println(failed == 0 ? "validate-model: every criterion holds"
                : "validate-model: " + failed + " criteria FAILED");
        w.println("results: " + dir);
        w.flush();
        return failed == 0 ? Main.OK : Main.FAILURE;
    }

    /** Whole numbers without decimals, others with four significant digits. */
    static String value(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
