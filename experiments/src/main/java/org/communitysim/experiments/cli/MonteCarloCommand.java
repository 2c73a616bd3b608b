package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.job.MonteCarloJob;
import org.communitysim.experiments.report.Labels;
import org.communitysim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

/** The flow shared by {@code run} and {@code compare}: load, validate, run, write, print. */
abstract class MonteCarloCommand implements Callable<Integer> {
    @Mixin
    MonteCarloOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    abstract List<String> scenarioArgs();

    abstract void print(MonteCarloJob.Produced produced, PrintWriter out);

    /** The scenarios to run, loaded and validated. */
    List<Scenario> load() throws InputException {
        return ScenarioArgs.loadAll(scenarioArgs(), options.sets);
    }

    /** What the user asks of the results: a goal, a baseline. */
    MonteCarloJob.Question question(List<Scenario> scenarios) throws InputException {
        return MonteCarloJob.Question.NONE;
    }

    /** The command's own options, as they reproduce the invocation (after the --set overrides). */
    String extraArgs() {
        return "";
    }

    /** The fewest replicates the command can answer with (a paired comparison needs two for an interval). */
    int minReplicates() {
        return 1;
    }

    @Override
    public Integer call() throws Exception {
        if (options.replicates < minReplicates()) {
            throw new InputException("--replicates must be >= " + minReplicates() + ", got " + options.replicates);
        }
        if (options.replicates > 1_000_000) {
            throw new InputException("--replicates must be <= 1000000, got " + options.replicates);
        }
        JobOptions.threadCount(options.threads);
        if (options.noReport && options.noCharts) {
            throw new InputException("--no-report already leaves out the charts; give one of --no-report, --no-charts");
        }
        List<Scenario> scenarios = load();
        MonteCarloJob.Question question = question(scenarios);
        List<String> names = scenarios.stream().map(Scenario::name).toList();
        reportEdgeLists(scenarios);
        org.communitysim.experiments.io.PhaseLog.mark("scenarios loaded");
        // at most one world per replicate is in flight, however many threads are asked for
        String tooBig = org.communitysim.experiments.montecarlo.MemoryBudget.refusal(scenarios, options.replicates,
                options.keepSeries, Math.min(options.threadCount(), options.replicates), Runtime.getRuntime().maxMemory());
        if (tooBig != null) {
            throw new InputException(tooBig);
        }
        // the folder is claimed (created, locked, found empty) before any run: a folder that cannot be written or
        // is taken fails now, not after every replicate has been computed
        var written = OutFolders.write(options.out, names, dir -> MonteCarloJob.run(new MonteCarloJob.Spec(scenarios,
                options.replicates, options.seed, options.threadCount(), options.keepSeries, options.bootstrap,
                options.lang, dir, command(), Main.version(), question,
                new MonteCarloJob.Outputs(!options.noReport, !options.noCharts)),
                ProgressBar.create(options.quiet, options.lang, spec.commandLine().getErr())));
        MonteCarloJob.Produced produced = written.result();
        Path out = written.dir();
        PrintWriter w = spec.commandLine().getOut();
        if (!options.quiet) {
            print(produced, w);
        }
        w.println(Labels.format(Labels.Text.TERM_RESULTS, options.lang, out));
        w.flush();
        return Main.OK;
    }

    /** The command that reproduces this invocation: scenario arguments, seed, replicates and result-changing options. */
    String command() {
        StringBuilder sb = new StringBuilder("community-sim ").append(spec.name());
        for (String a : scenarioArgs()) {
            sb.append(' ').append(quote(a));
        }
        sb.append(" --replicates ").append(options.replicates).append(" --seed ").append(options.seed);
        for (String s : options.sets) {
            sb.append(" --set ").append(quote(s));
        }
        sb.append(extraArgs());
        if (options.bootstrap) {
            sb.append(" --bootstrap");
        }
        if (options.keepSeries) {
            sb.append(" --keep-series");
        }
        sb.append(" --lang ").append(options.lang.name().toLowerCase(java.util.Locale.ROOT));
        return sb.toString();
    }

    static String quote(String s) {
        return s.matches("[A-Za-z0-9_./=:+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * Says what each real network held: nodes, ties, and the self-loops dropped and duplicate ties merged while
     * reading it (not errors, but a user should know). The read is cached, so the runs do not read it again.
     */
    private void reportEdgeLists(List<Scenario> scenarios) throws InputException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Scenario s : scenarios) {
            String path = s.network().edgeListPath();
            if (s.network().type() != org.communitysim.scenario.NetworkType.EDGE_LIST || !seen.add(path)) {
                continue;
            }
            try {
                var list = org.communitysim.network.EdgeListReader.readCached(Path.of(path));
                if (!options.quiet) {
                    spec.commandLine().getErr().println("edge list " + list);
                    spec.commandLine().getErr().flush();
                }
            } catch (org.communitysim.network.EdgeListException e) {
                throw new InputException(e.getMessage());
            }
        }
    }
}
