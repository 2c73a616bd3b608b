package org.communitysim.experiments.cli;

import org.communitysim.experiments.report.OptimisationReport;
import org.communitysim.experiments.report.Labels;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code optimise SPEC}: the best levers under constraints, compared with the current strategy (docs/optimisation.md). */
@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
        description = {"Search levers for the strategy that best meets an objective under constraints.",
            "CMA-ES with common random numbers and re-evaluation on fresh seeds, then a paired comparison of the",
            "best with the current strategy. An interrupted search continues with --resume DIR."})
final class OptimiseCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "Optimisation spec: base, levers, objective, constraints (docs/optimisation.md).")
    Path specFile;

    @Mixin
    JobOptions options;

    @Mixin
    SeedOption seed;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the interrupted optimisation in DIR (same spec and seed required); evaluations "
                    + "already in its journal are not run again.")
    Path resume;

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
        OutFolders.requireOneFolder(resume, options.out, "optimisation");
        String command = "community-sim optimise " + MonteCarloCommand.quote(specFile.toString()) + " --seed "
                + os.seed() + options.langArg();
        OptimisationSpec search = os;
        OutFolders.Written<OptimisationResult> written = OutFolders.writeResumable(resume, options.out,
                List.of(os.name()), OptimisationJob.SPEC_FILE, "optimise",
                dir -> OptimisationJob.run(search, dir, resume != null, t, command, Main.version(), lang,
                        ProgressBar.create(options.quiet, lang, spec.commandLine().getErr())));
        OptimisationResult r = written.result();
        Path dir = written.dir();
        PrintWriter w = spec.commandLine().getOut();
        if (!options.quiet) {
            if (resume != null) {
                w.println(Labels.format(Labels.Text.TERM_RESUMED, lang, r.reused(), r.ranNow()));
            }
            String header = Labels.format(Labels.Text.TERM_OPTIMISE, lang, os.name(),
                    OptimisationReport.objective(os.objective(), lang), r.runs(),
                    String.format(Locale.ROOT, "%.1f", r.wallSeconds()));
            w.println(lang == Lang.ZH ? org.communitysim.experiments.report.CjkSpacing.apply(header) : header);
            for (int i = 0; i < r.comparisons().size(); i++) {
                Comparison c = r.comparisons().get(i);
                w.println("  " + c.candidate() + "  " + Optimiser.describe(os.levers(), r.chosenValues().get(i)));
                w.println("    " + Labels.format(Labels.Text.TERM_OPTIMISE_CANDIDATE, lang,
                        String.format(Locale.ROOT, "%.4g", c.baseValue()),
                        String.format(Locale.ROOT, "%.4g", c.candidateValue()),
                        String.format(Locale.ROOT, "%+.4g", c.difference()),
                        String.format(Locale.ROOT, "%+.4g", c.ciLow()), String.format(Locale.ROOT, "%+.4g", c.ciHigh()),
                        OptimisationReport.verdict(c.verdict(), lang))
                        + (c.feasible() ? "" : (lang == Lang.ZH ? "；" : "; ")
                                + Labels.format(Labels.Text.TERM_CONSTRAINT_BROKEN, lang)));
            }
        }
        w.println(Labels.format(Labels.Text.TERM_RESULTS, lang, dir));
        w.flush();
        return Main.OK;
    }
}
