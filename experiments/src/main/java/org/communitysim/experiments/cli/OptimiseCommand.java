package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communitysim.experiments.io.ResultsFolder;
import org.communitysim.experiments.job.OptimisationJob;
import org.communitysim.experiments.optimisation.Comparison;
import org.communitysim.experiments.optimisation.OptimisationResult;
import org.communitysim.experiments.optimisation.OptimisationSpec;
import org.communitysim.experiments.optimisation.OptimisationSpecs;
import org.communitysim.experiments.optimisation.Optimiser;
import org.communitysim.experiments.report.Lang;
import org.communitysim.scenario.file.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code optimise SPEC}: the best levers under constraints, compared with the current strategy (docs/optimisation.md). */
@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
        description = {"Search levers for the strategy that best meets an objective under constraints (CMA-ES with",
            "common random numbers, re-evaluation on fresh seeds), then compare the best with the current strategy."})
final class OptimiseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "Optimisation spec: base, levers, objective, constraints (docs/optimisation.md).")
    Path specFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Results folder, new or empty (default: results/<name>-<timestamp>).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: the spec's seed, else 42).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores). Results do not depend on it.")
    Integer threads;

    @Option(names = "--quiet", description = "No progress bar and no answer on the terminal (the results folder is still printed).")
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
        OptimisationSpec os = OptimisationSpecs.load(specFile);
        if (seed != null) {
            os = new OptimisationSpec(os.file(), os.name(), os.description(), os.base(), os.baseDraft(), os.levers(),
                    os.objective(), os.constraints(), os.replicates(), os.evaluations(), os.candidates(),
                    os.reevaluationReplicates(), os.compareReplicates(), seed);
        }
        String command = "community-sim optimise " + MonteCarloCommand.quote(specFile.toString()) + " --seed "
                + os.seed() + " --lang " + lang.name().toLowerCase(Locale.ROOT);
        Path dir;
        OptimisationResult r;
        try (ResultsFolder folder = OutFolders.claim(out, List.of(os.name()))) {
            dir = folder.dir();
            r = OptimisationJob.run(os, dir, t, command, Main.version(), lang,
                    ProgressBar.create(quiet, lang, spec.commandLine().getErr()));
            folder.keep();
        }
        PrintWriter w = spec.commandLine().getOut();
        if (!quiet) {
            w.printf(Locale.ROOT, "%s: %s, %s; %d runs in %.1f s%n", os.name(),
                    os.objective().maximise() ? "maximise" : "minimise", os.objective().describe(), r.runs(),
                    r.wallSeconds());
            for (int i = 0; i < r.comparisons().size(); i++) {
                Comparison c = r.comparisons().get(i);
                w.printf(Locale.ROOT, "  %s  %s%n    base %.4g -> %.4g, difference %+.4g (95%% CI %+.4g .. %+.4g): %s%s%n",
                        c.candidate(), Optimiser.describe(os.levers(), r.chosenValues().get(i)), c.baseValue(),
                        c.candidateValue(), c.difference(), c.ciLow(), c.ciHigh(),
                        c.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        c.feasible() ? "" : "; a constraint is broken");
            }
        }
        w.println("results: " + dir);
        w.flush();
        return Main.OK;
    }
}
