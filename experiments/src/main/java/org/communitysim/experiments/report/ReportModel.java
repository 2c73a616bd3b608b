package org.communitysim.experiments.report;

import java.util.List;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.stats.Decision;
import org.communitysim.model.Outcome;

/**
 * Everything a report shows, computed before any formatting (results flow one way: runs → statistics →
 * this model → charts and HTML).
 *
 * @param title       report title (e.g. "big-open-group vs small-curated-group")
 * @param command     the exact command line that reproduces the results
 * @param masterSeed  master seed
 * @param replicates  replicates per scenario
 * @param wallSeconds wall time of the Monte Carlo runs
 * @param version     engine version
 * @param scenarios   the scenarios' runs, in command-line order
 * @param differences the parameters whose values differ between scenarios
 * @param decisions   the decision table: one row per key outcome per pair of scenarios
 * @param goal        the outcome the user decides on ({@code --goal}), or null: the answer then gives trade-offs
 * @param baseline    the baseline's name when the others are variants of it ({@code --vary}), or null
 * @param others      the comparisons of the other outcomes (their own family): the answer reads the money in them
 */
public record ReportModel(
        String title,
        String command,
        long masterSeed,
        int replicates,
        double wallSeconds,
        String version,
        List<ScenarioRuns> scenarios,
        List<ParameterDifference> differences,
        List<Decision> decisions,
        org.communitysim.model.RunOutcome goal,
        String baseline,
        List<Decision> others) {

    /** A report with no goal and no baseline. */
    public ReportModel(String title, String command, long masterSeed, int replicates, double wallSeconds,
            String version, List<ScenarioRuns> scenarios, List<ParameterDifference> differences,
            List<Decision> decisions) {
        this(title, command, masterSeed, replicates, wallSeconds, version, scenarios, differences, decisions, null,
                null, List.of());
    }

    /**
     * A scenario parameter whose value differs between scenarios.
     *
     * @param path   JSON path, e.g. {@code group.threshold}
     * @param values its value in each scenario, in scenario order, as displayed text
     */
    public record ParameterDifference(String path, List<String> values) {
    }
}
