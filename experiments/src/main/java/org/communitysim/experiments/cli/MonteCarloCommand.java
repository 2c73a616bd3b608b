package org.communitysim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.job.MonteCarloJob;
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
        List<Scenario> scenarios = ScenarioArgs.loadAll(scenarioArgs(), options.sets);
        List<String> names = scenarios.stream().map(Scenario::name).toList();
        reportEdgeLists(scenarios);
        Path out = options.out != null ? claim(options.out) : defaultOut(names);
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

    /** A results folder given by --out: new, or empty; never one that holds earlier results. */
    private static Path claim(Path out) throws InputException, java.io.IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out " + out + ": exists and is not a folder");
        }
        if (Files.isDirectory(out)) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new InputException("--out " + out + ": the folder is not empty; choose a new folder so "
                            + "earlier results are not mixed with these");
                }
            }
        }
        Files.createDirectories(out);
        return out;
    }

    /** results/<names>-<timestamp>, created atomically so two invocations in the same second never share it. */
    private static Path defaultOut(List<String> names) throws java.io.IOException {
        String stem = String.join("-vs-", names).replaceAll("[^A-Za-z0-9_.-]", "_");
        if (stem.length() > 80) {
            stem = stem.substring(0, 80);
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Files.createDirectories(Path.of("results"));
        for (int i = 1; ; i++) {
            Path p = Path.of("results", stem + "-" + stamp + (i == 1 ? "" : "-" + i));
            try {
                Files.createDirectory(p);
                return p;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // taken by an earlier invocation this second: try the next suffix
            }
        }
    }
}
