package org.communitysim.spark;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.cli.Main;
import org.communitysim.experiments.cli.ScenarioArgs;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.sweep.SweepSpec;
import org.communitysim.experiments.sweep.SweepSpecs;
import org.communitysim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * community-sim on Apache Spark: {@code sweep SPEC --out URI} and {@code compare SCENARIO... --out URI}, the same
 * inputs and validation as the command line, the same rows and aggregation as the local runners (docs/cluster.md).
 * Submit with {@code spark-submit --class org.communitysim.spark.SparkMain community-sim-spark.jar sweep …}. Exit
 * codes: 0 success, 1 runtime failure, 2 input error (no stack trace).
 */
@Command(name = "community-sim-spark", mixinStandardHelpOptions = true, versionProvider = SparkMain.Version.class,
        description = "Run community-sim sweeps and Monte Carlo comparisons on Apache Spark.",
        subcommands = {SparkMain.Sweep.class, SparkMain.Compare.class, SparkMain.Run.class,
            CommandLine.HelpCommand.class})
public final class SparkMain implements Runnable {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int INPUT_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        int code = execute(args, System.out, System.err);
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs the command line with the given streams; returns the exit code (never calls System.exit). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return Main.execute(new SparkMain(), true, args, out, err);
    }

    static String version() {
        String v = SparkMain.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /** Version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"community-sim-spark " + version(), "Java " + System.getProperty("java.version")};
        }
    }

    /** Options every command shares: where Spark runs, how the work is cut, where results go. */
    static class Common {
        @Option(names = "--out", required = true, paramLabel = "URI",
                description = "Results location: a local folder, file:/…, hdfs://…, s3a://… (new or empty).")
        String out;

        @Option(names = "--master", paramLabel = "URL",
                description = "Spark master (local[*], local[2], spark://host:7077, yarn, k8s://…). Default: as given "
                        + "by spark-submit, else local[*].")
        String master;

        @Option(names = "--partitions", paramLabel = "N",
                description = "Tasks (part files) to cut the runs into. Default: about 1,000 runs and at least 64 "
                        + "points × replicates (sweep) or 500 replicates (compare) per task, at least 2 tasks per "
                        + "core. Results do not depend on it.")
        Integer partitions;

        @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, as for spark-submit; repeatable.")
        List<String> confs = new ArrayList<>();

        @Option(names = "--gzip", description = "Compress the per-run part files (runs/part-NNNNN.csv.gz).")
        boolean gzip;

        @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en",
                description = "Report language: en or zh (default: ${DEFAULT-VALUE}).")
        String lang;

        @Option(names = "--quiet", description = "Print only the results location.")
        boolean quiet;

        Lang language() throws InputException {
            return switch (lang.toLowerCase(Locale.ROOT)) {
                case "en" -> Lang.EN;
                case "zh", "zh-cn" -> Lang.ZH;
                default -> throw new InputException("--lang: expected en or zh, got '" + lang + "'");
            };
        }

        SparkSetup setup() throws InputException {
            SparkSetup s = new SparkSetup(master, confs);
            s.validate();
            return s;
        }
    }

    @Command(name = "sweep", mixinStandardHelpOptions = true,
            description = {"Run a parameter sweep spec (docs/sweeps.md) on Spark.",
                "One task per part of the runs; the executors write the per-run rows to OUT/runs/, then the driver",
                "writes points.csv, sensitivity.csv, report.html and manifest.json."})
    static final class Sweep extends Common implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SPEC", description = "Sweep spec file (docs/sweeps.md).")
        Path specFile;

        @Option(names = "--resume", description = "OUT holds this sweep (same spec): run only the batches not yet "
                + "committed, then aggregate.")
        boolean resume;

        @Option(names = "--batch", paramLabel = "PARTS",
                description = "Parts per Spark job; a committed job is kept by --resume. Default: 8 per core, at "
                        + "most 100 jobs.")
        Integer batch;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec cmd;

        @Override
        public Integer call() throws Exception {
            Lang l = language();
            SparkSetup setup = setup();
            SweepSpec sweep = SweepSpecs.load(specFile);
            String command = "community-sim-spark sweep " + specFile + " --out " + out + " --lang "
                    + l.name().toLowerCase(Locale.ROOT);
            SweepJob.Done done = SweepJob.run(sweep, out, resume, partitions, batch, gzip, l, setup, command,
                    version());
            PrintWriter w = cmd.commandLine().getOut();
            if (!quiet) {
                w.printf(Locale.ROOT, "%s: %d points × %d replicates = %d runs in %d tasks (%d run now, %.1f s)%n",
                        sweep.name(), done.result().points().size(), sweep.replicates(), done.result().runs(),
                        done.parts(), done.result().ranNow(), done.result().wallSeconds());
            }
            w.println("results: " + done.uri());
            w.flush();
            return OK;
        }
    }

    /** The flow of compare and run: load and validate the scenarios, then the job. */
    abstract static class MonteCarlo extends Common implements Callable<Integer> {
        @Option(names = "--replicates", paramLabel = "R", defaultValue = "100",
                description = "Replicates per scenario (1 … 1,000,000; default: ${DEFAULT-VALUE}).")
        int replicates;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Master seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a field in every scenario; repeatable.")
        List<String> sets = new ArrayList<>();

        @Option(names = "--bootstrap", description = "95% CIs of scenario means by bootstrap percentile instead of Student t.")
        boolean bootstrap;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec cmd;

        abstract List<String> scenarioArgs();

        @Override
        public Integer call() throws Exception {
            if (replicates < 1 || replicates > 1_000_000) {
                throw new InputException("--replicates must be between 1 and 1000000, got " + replicates);
            }
            Lang l = language();
            SparkSetup setup = setup();
            List<Scenario> scenarios = ScenarioArgs.loadAll(scenarioArgs(), sets);
            // on the driver, before any task: a bad edge list is one input error, not a failure in every executor
            ScenarioArgs.readEdgeLists(scenarios);
            String tooBig = org.communitysim.experiments.montecarlo.MemoryBudget.refusal(scenarios, replicates,
                    false, 0, Runtime.getRuntime().maxMemory()); // the driver holds the bands; worlds are on executors
            if (tooBig != null) {
                throw new InputException(tooBig);
            }
            List<String> names = scenarios.stream().map(Scenario::name).toList();
            CompareJob.Done done = CompareJob.run(scenarios, replicates, seed, bootstrap, out, partitions, gzip, l,
                    setup, command(l), version());
            PrintWriter w = cmd.commandLine().getOut();
            if (!quiet) {
                w.printf(Locale.ROOT, "%s: %d scenario(s) × %d replicates in %d tasks (%.1f s of runs)%n",
                        String.join(" vs ", names), scenarios.size(), replicates, done.parts(),
                        done.produced().report().wallSeconds());
            }
            w.println("results: " + done.uri());
            w.flush();
            return OK;
        }

        String command(Lang l) {
            StringBuilder sb = new StringBuilder("community-sim ").append(cmd.name());
            for (String a : scenarioArgs()) {
                sb.append(' ').append(a);
            }
            sb.append(" --replicates ").append(replicates).append(" --seed ").append(seed);
            for (String s : sets) {
                sb.append(" --set ").append(s);
            }
            if (bootstrap) {
                sb.append(" --bootstrap");
            }
            return sb.append(" --lang ").append(l.name().toLowerCase(Locale.ROOT)).toString();
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Compare two or more scenarios on paired replicates (as community-sim compare), on Spark.")
    static final class Compare extends MonteCarlo {
        @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "Scenario files or shipped scenario names.")
        List<String> scenarios;

        @Override
        List<String> scenarioArgs() {
            return scenarios;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Monte Carlo of one scenario (as community-sim run), on Spark.")
    static final class Run extends MonteCarlo {
        @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file or shipped scenario name.")
        String scenario;

        @Override
        List<String> scenarioArgs() {
            return List.of(scenario);
        }
    }
}
