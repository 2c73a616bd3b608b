package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.communitysim.experiments.InputException;
import org.communitysim.experiments.montecarlo.MonteCarloJob;
import org.communitysim.experiments.scenario.ScenarioFiles;
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

    @Override
    public Integer call() throws Exception {
        if (options.replicates < 1) {
            throw new InputException("--replicates must be >= 1, got " + options.replicates);
        }
        if (options.replicates > 1_000_000) {
            throw new InputException("--replicates must be <= 1000000, got " + options.replicates);
        }
        if (options.threadCount() < 1) {
            throw new InputException("--threads must be >= 1, got " + options.threadCount());
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String arg : scenarioArgs()) {
            try {
                scenarios.add(ScenarioFiles.load(ScenarioArgs.resolve(arg), options.sets));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<String> names = scenarios.stream().map(Scenario::name).toList();
        if (names.stream().distinct().count() < names.size()) {
            throw new InputException("scenario names must differ (got " + String.join(", ", names)
                    + "); give each file its own \"name\"");
        }
        Path out = options.out != null ? options.out : defaultOut(names);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out " + out + ": exists and is not a folder");
        }
        MonteCarloJob.Spec job = new MonteCarloJob.Spec(scenarios, options.replicates, options.seed,
                options.threadCount(), options.keepSeries, options.bootstrap, options.lang, out, command(),
                Main.version());
        MonteCarloJob.Produced produced = MonteCarloJob.run(job,
                ProgressBar.create(options.quiet, System.err));
        PrintWriter w = spec.commandLine().getOut();
        if (!options.quiet) {
            print(produced, w);
        }
        w.println("results: " + out);
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
        if (options.bootstrap) {
            sb.append(" --bootstrap");
        }
        if (options.keepSeries) {
            sb.append(" --keep-series");
        }
        sb.append(" --lang ").append(options.lang.name().toLowerCase());
        return sb.toString();
    }

    private static String quote(String s) {
        return s.matches("[A-Za-z0-9_./=:+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    private static Path defaultOut(List<String> names) {
        String stem = String.join("-vs-", names).replaceAll("[^A-Za-z0-9_.-]", "_");
        if (stem.length() > 80) {
            stem = stem.substring(0, 80);
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path p = Path.of("results", stem + "-" + stamp);
        for (int i = 2; Files.exists(p); i++) {
            p = Path.of("results", stem + "-" + stamp + "-" + i);
        }
        return p;
    }
}
