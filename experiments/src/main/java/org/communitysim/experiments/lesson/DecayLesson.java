package org.communitysim.experiments.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.communitysim.scenario.file.InputException;
import org.communitysim.experiments.job.MonteCarloJob;
import org.communitysim.experiments.job.SweepJob;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.report.Charts;
import org.communitysim.experiments.report.Lang;
import org.communitysim.experiments.report.LessonModel;
import org.communitysim.experiments.report.LessonReport;
import org.communitysim.scenario.file.ScenarioFiles;
import org.communitysim.experiments.sweep.SweepPlan;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.experiments.sweep.SweepRunner;
import org.communitysim.experiments.sweep.SweepSpec;
import org.communitysim.experiments.sweep.SweepSpecs;
import org.communitysim.scenario.Scenario;

/**
 * The decay lesson (docs/model.md §1, §10): why big, open groups grow fast and then fall silent while small, screened
 * groups stay active. It runs, on the shipped files, (1) the big open group, the small curated group and the big
 * open group with noise, bystander effect and overload switched off, as one paired Monte Carlo comparison through
 * the compare pipeline ({@link MonteCarloJob}: replicate r of every group shares its world and random numbers), and
 * (2) the size cap × threshold phase diagram through the sweep engine; then writes one page,
 * {@code lesson.html}, whose numbers all come from these runs, beside the full compare and sweep reports.
 *
 * <p>Each layer is the one below it, reused: the lesson adds no model code and no statistics of its own beyond
 * reading medians off the runs ({@link LessonFacts}).
 */
public final class DecayLesson {
    /** The lesson's name on the command line. */
    public static final String NAME = "decay";
    /** Replicates of each group: enough for stable medians and bands, few enough for a minute on two cores. */
    public static final int REPLICATES = 40;
    /** Master seed of the group runs (the phase diagram's seed is in its spec). */
    public static final long SEED = 42;
    /** Sub-folders of the lesson folder. */
    public static final String COMPARE_FOLDER = "compare";
    public static final String PHASE_FOLDER = "phase-diagram";
    public static final String GROUPS_FOLDER = "why-groups-die";
    /**
     * Replicates of each world of the part on why groups die (at most the groups' replicates): 30, the replicates of
     * docs/model.md §4.12's figures, so the page and that table agree; each run holds ten groups.
     */
    public static final int GROUPS_REPLICATES = 30;
    /** The quiet world: the same groups with no background groups, as --set overrides. */
    public static final List<String> QUIET = List.of("world.background.perPerson=0", "world.background.newPerDay=0");
    /** The three mechanisms switched off in the test, as --set overrides. */
    public static final List<String> ABLATION = List.of("ablations.noise=false", "ablations.bystander=false",
            "ablations.overload=false");

    private DecayLesson() {
    }

    /**
     * The shipped files the lesson runs on.
     *
     * @param openGroup    scenarios/big-open-group.json
     * @param curatedGroup scenarios/small-curated-group.json
     * @param phaseSpec    experiments/specs/decay-phase-diagram.json
     * @param manyGroups   scenarios/matrix-of-10-busy.json: ten groups of one operator in a busy world
     */
    public record Inputs(Path openGroup, Path curatedGroup, Path phaseSpec, Path manyGroups) {
        static final String OPEN = "scenarios/big-open-group.json";
        static final String CURATED = "scenarios/small-curated-group.json";
        static final String SPEC = "experiments/specs/decay-phase-diagram.json";
        static final String MANY = "scenarios/matrix-of-10-busy.json";

        /**
         * The shipped files under {@code home} (the project folder, as ./community-sim sets it), else under the
         * working directory.
         *
         * @param home the project folder, or null if unknown
         * @throws InputException naming the missing files and where they were looked for
         */
        public static Inputs shipped(Path home) throws InputException {
            List<Path> roots = new ArrayList<>();
            if (home != null) {
                roots.add(home);
            }
            roots.add(Path.of("").toAbsolutePath());
            List<String> missing = new ArrayList<>();
            for (Path root : roots) {
                Inputs in = new Inputs(root.resolve(OPEN), root.resolve(CURATED), root.resolve(SPEC),
                        root.resolve(MANY));
                List<String> absent = new ArrayList<>();
                for (Path p : List.of(in.openGroup(), in.curatedGroup(), in.phaseSpec(), in.manyGroups())) {
                    if (!Files.isRegularFile(p)) {
                        absent.add(root.relativize(p).toString());
                    }
                }
                if (absent.isEmpty()) {
                    return in;
                }
                missing.add(String.join(", ", absent) + " under " + root);
            }
            throw new InputException("lesson " + NAME + ": shipped files not found (" + String.join("; ", missing)
                    + "); run it with ./community-sim from the project folder, or from that folder, or set "
                    + "-Dcommunitysim.home=<project folder>");
        }
    }

    /**
     * How the lesson runs. The public entry point uses {@link #standard}; tests shrink it.
     *
     * @param inputs     the files
     * @param replicates replicates of each group
     * @param overrides  --set overrides applied to every group (tests: a smaller population)
     * @param sweep      adjusts the loaded phase-diagram spec (tests: fewer points and replicates, a smaller base)
     */
    record Settings(Inputs inputs, int replicates, List<String> overrides, UnaryOperator<SweepSpec> sweep) {
        static Settings standard(Inputs inputs) {
            return new Settings(inputs, REPLICATES, List.of(), s -> s);
        }
    }

    /** The page written and what it shows. */
    public record Result(Path page, LessonModel model) {
    }

    /**
     * Runs the lesson into {@code outDir}: {@code lesson.html} and {@code charts/}, the compare report of the three
     * groups in {@code compare/} and the phase-diagram sweep in {@code phase-diagram/}.
     *
     * @param command the command that reproduces the lesson (shown on the page)
     * @throws InputException if a shipped file is invalid or {@code outDir} already holds a lesson's sweep
     */
    public static Result run(Inputs inputs, Lang lang, Path outDir, int threads, String command, String version,
            Ensemble.Progress progress) throws IOException, InterruptedException, InputException {
        return run(Settings.standard(inputs), lang, outDir, threads, command, version, progress);
    }

    static Result run(Settings settings, Lang lang, Path outDir, int threads, String command, String version,
            Ensemble.Progress progress) throws IOException, InterruptedException, InputException {
        Objects.requireNonNull(progress, "progress");
        Inputs in = settings.inputs();
        boolean zhNames = lang == Lang.ZH && Charts.chineseGlyphsAvailable();
        List<String> problems = new ArrayList<>();
        Scenario open = load(in.openGroup(), settings.overrides(), problems);
        Scenario curated = load(in.curatedGroup(), settings.overrides(), problems);
        List<String> ablatedSets = new ArrayList<>(settings.overrides());
        ablatedSets.addAll(ABLATION);
        Scenario ablated = load(in.openGroup(), ablatedSets, problems);
        Scenario busy = load(in.manyGroups(), settings.overrides(), problems);
        List<String> quietSets = new ArrayList<>(settings.overrides());
        quietSets.addAll(QUIET);
        Scenario quiet = load(in.manyGroups(), quietSets, problems);
        SweepSpec spec = null;
        Scenario phaseBase = null;
        try {
            spec = settings.sweep().apply(SweepSpecs.load(in.phaseSpec()));
            phaseBase = ScenarioFiles.load(spec.base());
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        Path phaseDir = outDir.resolve(PHASE_FOLDER);
        if (Files.exists(phaseDir.resolve("sweep.json")) || Files.exists(phaseDir.resolve("runs.csv"))) {
            throw new InputException("--out " + outDir + " already holds a lesson (" + PHASE_FOLDER
                    + "/ has a sweep); choose another --out");
        }
        List<String> names = LessonReport.groupNames(zhNames ? Lang.ZH : Lang.EN);
        List<Scenario> groups = List.of(
                open.named(names.get(0), open.description()),
                curated.named(names.get(1), curated.description()),
                ablated.named(names.get(2), open.description() + "; noise, bystander effect and overload switched off"));

        List<String> worldNames = LessonReport.worldNames(zhNames ? Lang.ZH : Lang.EN);
        List<Scenario> worlds = List.of(busy.named(worldNames.get(0), busy.description()),
                quiet.named(worldNames.get(1), busy.description() + "; nobody is in any other group"));

        int replicates = settings.replicates();
        int worldReplicates = Math.min(replicates, GROUPS_REPLICATES);
        long sweepRuns = (long) spec.replicates() * SweepPlan.of(spec).points();
        int worldRuns = worlds.size() * worldReplicates;
        int total = (int) Math.min(Integer.MAX_VALUE, groups.size() * (long) replicates + sweepRuns + worldRuns);
        int groupRuns = groups.size() * replicates;
        long t0 = System.nanoTime();
        MonteCarloJob.Produced compared = MonteCarloJob.run(new MonteCarloJob.Spec(groups, replicates, SEED, threads,
                false, false, lang, outDir.resolve(COMPARE_FOLDER), command, version),
                (done, all) -> progress.update(done, total));
        Files.createDirectories(phaseDir);
        SweepResult phase = SweepRunner.run(spec, phaseDir, false, threads, command, version,
                (done, all) -> progress.update(groupRuns + done, total));
        MonteCarloJob.Produced died = MonteCarloJob.run(new MonteCarloJob.Spec(worlds, worldReplicates, SEED, threads,
                false, false, lang, outDir.resolve(GROUPS_FOLDER), command, version),
                (done, all) -> progress.update((int) Math.min(Integer.MAX_VALUE, groupRuns + sweepRuns + done), total));
        double wall = (System.nanoTime() - t0) / 1e9;
        SweepJob.writeOutputs(phase, lang, phaseDir);

        List<ScenarioRuns> runs = compared.report().scenarios();
        LessonModel model = new LessonModel(command, SEED, replicates, wall, version, runs.get(0), runs.get(1),
                runs.get(2), LessonFacts.of(runs.get(0)), LessonFacts.of(runs.get(1)), LessonFacts.of(runs.get(2)),
                phase, phaseBase, COMPARE_FOLDER, PHASE_FOLDER,
                new LessonModel.Worlds(died.report().scenarios().get(0), died.report().scenarios().get(1),
                        worldReplicates, GROUPS_FOLDER));
        Path page = LessonReport.write(model, lang, outDir);
        return new Result(page, model);
    }

    private static Scenario load(Path file, List<String> overrides, List<String> problems) {
        try {
            return ScenarioFiles.load(file, overrides);
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
