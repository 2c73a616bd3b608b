package org.communitysim.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.RunResult;
import org.communitysim.model.World;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;

/**
 * The one function that computes a sweep run's row ({@link SweepRunRow}): a pure function of the point's scenario,
 * the point index and values, the replicate and the master seed. The local runner and the Spark job (module spark)
 * both compute rows here, so their rows are the same.
 */
public final class SweepRows {
    private SweepRows() {
    }

    /** The {@code path=value} overrides that turn the base scenario into a point's scenario. */
    public static List<String> overrides(List<String> paths, boolean[] integer, double[] values) {
        List<String> sets = new ArrayList<>(paths.size());
        for (int j = 0; j < paths.size(); j++) {
            sets.add(paths.get(j) + "=" + SweepSpecs.format(values[j], integer[j]));
        }
        return sets;
    }

    /** The input error of a point whose combination of values is not a valid scenario. */
    public static String invalidPoint(String specFile, int point, List<String> overrides, List<String> problems) {
        return specFile + ": point " + point + " (" + String.join(", ", overrides) + ") is not a valid scenario: "
                + String.join("; ", problems);
    }

    /** Name and description of a point's scenario. */
    public static Scenario name(Scenario pointScenario, String sweepName, int point, List<String> overrides) {
        return pointScenario.named(sweepName + "-p" + point, "point " + point + ": " + String.join(", ", overrides));
    }

    /**
     * Computes runs one after another, keeping the last world built: consecutive runs of one replicate on points
     * whose population and network specifications agree share it (common random numbers; building the world is
     * most of a small run's cost). A run's row does not depend on what ran before it. Not thread-safe: one per
     * thread or task.
     */
    public static final class Runner {
        private List<Object> lastKey;
        private World lastWorld;

        /** Runs replicate {@code replicate} of the point and returns its runs.csv row. */
        public SweepRunRow run(Scenario scenario, int point, double[] values, int replicate, long masterSeed) {
            return runFull(scenario, point, values, replicate, masterSeed).row();
        }

        /** As {@link #run}, with the run's daily series (for {@code --keep-series}). */
        public Ran runFull(Scenario scenario, int point, double[] values, int replicate, long masterSeed) {
            long seed = Seeds.runSeed(masterSeed, replicate);
            List<Object> key = List.of(replicate, scenario.population(), scenario.network());
            if (lastWorld == null || !lastKey.equals(key)) {
                lastWorld = World.build(scenario, seed);
                lastKey = key;
            }
            RunResult result = CommunityModel.run(scenario, lastWorld, seed);
            return new Ran(new SweepRunRow(point, values, replicate, seed,
                    org.communitysim.model.CustomOutcome.values(result, org.communitysim.model.CustomOutcome.of(scenario))), result.daily());
        }
    }

    /**
     * A run's row and its daily series.
     *
     * @param row   the runs.csv row
     * @param daily every daily metric of every day
     */
    public record Ran(SweepRunRow row, org.communitysim.model.DailySeries daily) {
    }
}
