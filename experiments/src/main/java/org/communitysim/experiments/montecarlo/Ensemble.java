package org.communitysim.experiments.montecarlo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.FiredAction;
import org.communitysim.model.GroupRecord;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.RunResult;
import org.communitysim.model.World;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;

/**
 * Monte Carlo over replicates, for one or more scenarios, on a pool of threads. Replicate r of every scenario
 * runs with the run seed {@code Seeds.runSeed(masterSeed, r)} and, where the population and network
 * specifications agree, on the very same world (built once per replicate): common random numbers, so
 * scenario differences are paired. Each replicate is one task that writes only its own slots, so the
 * result is identical for any thread count and completion order.
 */
public final class Ensemble {
    private static final DailyMetric[] METRICS = DailyMetric.values();

    private Ensemble() {
    }

    /** Told after every finished replicate (from worker threads). */
    @FunctionalInterface
    public interface Progress {
        void update(int runsDone, int runsTotal);

        Progress NONE = (done, total) -> { };
    }

    /**
     * The runs of all scenarios.
     *
     * @param scenarios the scenarios, in report order
     * @param series    per-run daily series [scenario][replicate][metric][day], or null unless kept
     * @param groupSeries every group's daily series [scenario][replicate][group][metric][day], or null unless kept
     */
    public record Result(List<ScenarioRuns> scenarios, double[][][][] series, double[][][][][] groupSeries) {
        /** Without the groups' series. */
        public Result(List<ScenarioRuns> scenarios, double[][][][] series) {
            this(scenarios, series, null);
        }
    }

    public static Result run(List<Scenario> scenarios, int replicates, long masterSeed, int threads,
            boolean keepSeries, Progress progress) throws InterruptedException {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("no scenario to run");
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be >= 1, got " + replicates);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        int s = scenarios.size();
        long[] seeds = new long[replicates];
        for (int r = 0; r < replicates; r++) {
            seeds[r] = Seeds.runSeed(masterSeed, r);
        }
        double[][][] outcomes = new double[s][replicates][];
        // the custom outcomes every scenario defines identically (docs/scenarios.md "Custom outcomes")
        List<org.communitysim.model.CustomOutcome> custom = org.communitysim.model.CustomOutcome.common(scenarios);
        // [scenario][metric][day * replicates + r]: one column per day, filled by replicate tasks
        double[][][] daily = new double[s][METRICS.length][];
        for (int i = 0; i < s; i++) {
            for (int m = 0; m < METRICS.length; m++) {
                daily[i][m] = new double[scenarios.get(i).horizonDays() * replicates];
            }
        }
        double[][][][] kept = keepSeries ? new double[s][replicates][][] : null;
        double[][][][][] keptGroups = keepSeries ? new double[s][replicates][][][] : null;
        // [scenario][replicate]: the groups' rows; [scenario]: replicate 0's groups day by day
        List<List<List<GroupRow>>> groupRows = new ArrayList<>();
        List<List<GroupTrace>> traces = new ArrayList<>();
        for (int i = 0; i < s; i++) {
            groupRows.add(new ArrayList<>(java.util.Collections.nCopies(replicates, List.<GroupRow>of())));
            traces.add(List.of());
        }
        List<List<List<FiredAction>>> fired = new ArrayList<>();
        for (int i = 0; i < s; i++) {
            fired.add(new ArrayList<>(java.util.Collections.nCopies(replicates, List.<FiredAction>of())));
        }
        AtomicInteger done = new AtomicInteger();
        int total = s * replicates;

        ExecutorService pool = Workers.pool(threads, "community-sim-worker");
        try {
            List<Future<?>> futures = new ArrayList<>(replicates);
            for (int r = 0; r < replicates; r++) {
                int rep = r;
                futures.add(pool.submit(() -> {
                    RunResult[] results = replicate(scenarios, seeds[rep]);
                    for (int i = 0; i < s; i++) {
                        Scenario sc = scenarios.get(i);
                        RunResult result = results[i];
                        outcomes[i][rep] = org.communitysim.model.CustomOutcome.values(result, custom);
                        List<GroupRow> rows = GroupRow.of(sc, rep, seeds[rep], result);
                        synchronized (fired) {
                            fired.get(i).set(rep, result.fired());
                            groupRows.get(i).set(rep, rows);
                            if (rep == 0) {
                                traces.set(i, result.groups().stream().map(GroupTrace::of).toList());
                            }
                        }
                        if (keptGroups != null) {
                            keptGroups[i][rep] = result.groups().stream().map(Ensemble::series)
                                    .toArray(double[][][]::new);
                        }
                        int days = sc.horizonDays();
                        double[][] series = keepSeries ? new double[METRICS.length][] : null;
                        for (int m = 0; m < METRICS.length; m++) {
                            double[] v = result.daily().series(METRICS[m]);
                            for (int d = 0; d < days; d++) {
                                daily[i][m][d * replicates + rep] = v[d];
                            }
                            if (series != null) {
                                series[m] = v;
                            }
                        }
                        if (kept != null) {
                            kept[i][rep] = series;
                        }
                        progress.update(done.incrementAndGet(), total);
                    }
                    return null;
                }));
            }
            Workers.awaitAll(futures);
        } finally {
            pool.shutdownNow();
        }
        List<ScenarioRuns> runs = new ArrayList<>(s);
        for (int i = 0; i < s; i++) {
            List<GroupRow> rows = groupRows.get(i).stream().flatMap(List::stream).toList();
            GroupRuns groups = new GroupRuns(rows, traces.get(i),
                    GroupRuns.survival(rows, replicates, survivalSeed(masterSeed, scenarios.get(i).name())));
            runs.add(new ScenarioRuns(scenarios.get(i), seeds.clone(), outcomes[i],
                    bands(daily[i], scenarios.get(i).horizonDays(), replicates), fired.get(i), groups));
        }
        return new Result(List.copyOf(runs), kept, keptGroups);
    }

    /**
     * The seed of a scenario's survival bootstrap: from the master seed and the scenario's name, so that a curve's
     * band does not change with the other scenarios run beside it or their order.
     */
    public static long survivalSeed(long masterSeed, String name) {
        return Seeds.streamSeed(masterSeed, "survival:" + name);
    }

    /** A group's daily series [metric][day]. */
    private static double[][] series(GroupRecord g) {
        double[][] v = new double[METRICS.length][];
        for (int m = 0; m < METRICS.length; m++) {
            v[m] = g.daily().series(METRICS[m]);
        }
        return v;
    }

    /**
     * One replicate of every scenario with the run seed {@code seed}: a pure function of the scenarios and the seed.
     * Scenarios whose population and network specifications agree run on the same world, built once (common
     * random numbers).
     */
    public static RunResult[] replicate(List<Scenario> scenarios, long seed) {
        World[] worlds = worlds(scenarios, seed);
        RunResult[] results = new RunResult[scenarios.size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = CommunityModel.run(scenarios.get(i), worlds[i], seed);
        }
        return results;
    }

    /**
     * The world of each scenario for the run seed {@code seed}: one object for scenarios whose population and network
     * specifications agree (common random numbers), built once. The live view steps these worlds day by day.
     */
    public static World[] worlds(List<Scenario> scenarios, long seed) {
        Map<List<Object>, World> built = new HashMap<>();
        World[] worlds = new World[scenarios.size()];
        for (int i = 0; i < worlds.length; i++) {
            Scenario sc = scenarios.get(i);
            worlds[i] = built.computeIfAbsent(List.of(sc.population(), sc.network()), k -> World.build(sc, seed));
        }
        return worlds;
    }

    private static DailyBands bands(double[][] columns, int days, int replicates) {
        double[][][] q = new double[METRICS.length][days][];
        double[][] means = new double[METRICS.length][days];
        double[] column = new double[replicates];
        for (int m = 0; m < METRICS.length; m++) {
            for (int d = 0; d < days; d++) {
                System.arraycopy(columns[m], d * replicates, column, 0, replicates);
                double[] cell = DailyBands.cell(column);
                means[m][d] = cell[0];
                q[m][d] = java.util.Arrays.copyOfRange(cell, 1, cell.length);
            }
        }
        return DailyBands.of(days, q, means);
    }
}
