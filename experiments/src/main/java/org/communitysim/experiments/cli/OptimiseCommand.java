package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communitysim.experiments.job.OptimisationJob;
import org.communitysim.experiments.optimisation.Comparison;
import org.communitysim.experiments.optimisation.OptimisationResult;
import org.communitysim.experiments.optimisation.OptimisationSpec;
import org.communitysim.experiments.optimisation.OptimisationSpecs;
import org.communitysim.experiments.optimisation.Optimiser;
import org.communitysim.experiments.report.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code optimise SPEC}: the best levers under constraints, compared with the current strategy (docs/optimisation.md). */
@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
        description = {"Search levers for the strategy that best meets an objective under constraints (CMA-ES with",
            "common random numbers, re-evaluation on fresh seeds), then compare the best with the current strategy."})
final class OptimiseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "Optimisation spec: base, levers, objective, constraints (docs/optimisation.md).")
    Path specFile;

    @Mixin
    JobOptions options;

    @Mixin
    SeedOption seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        int t = options.threadCount();
        Lang lang = options.lang;
        OptimisationSpec os = OptimisationSpecs.load(specFile);
        if (seed.seed != null) {
            os = os.withSeed(seed.seed);
        }
        String command = "community-sim optimise " + MonteCarloCommand.quote(specFile.toString()) + " --seed "
                + os.seed() + options.langArg();
        OptimisationSpec search = os;
        var written = OutFolders.write(options.out, List.of(os.name()), dir -> OptimisationJob.run(search, dir, t,
                command, Main.version(), lang, ProgressBar.create(options.quiet, lang, spec.commandLine().getErr())));
        Path dir = written.dir();
        OptimisationResult r = written.result();
        PrintWriter w = spec.commandLine().getOut();
        if (!options.quiet) {
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
