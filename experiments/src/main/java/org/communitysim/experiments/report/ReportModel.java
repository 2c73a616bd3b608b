package org.communitysim.experiments.report;

import java.util.List;
import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.stats.PairedComparison;
import org.communitysim.experiments.stats.Summary;
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
        List<Decision> decisions) {

    /**
     * A scenario parameter whose value differs between scenarios.
     *
     * @param path   JSON path, e.g. {@code group.threshold}
     * @param values its value in each scenario, in scenario order, as displayed text
     */
    public record ParameterDifference(String path, List<String> values) {
    }

    /** Whether a higher value of an outcome is better for the operator, worse, or neither (a date, a count). */
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL }

    /** Who wins on one outcome, and how sure we are. */
    public enum Verdict { A_BETTER, B_BETTER, NO_CLEAR_DIFFERENCE, NOT_RANKED }

    /**
     * One row of the decision table: scenario A against B on one outcome.
     *
     * @param outcome   the outcome
     * @param direction whether higher is better
     * @param a         name of scenario A
     * @param b         name of scenario B
     * @param summaryA  A's distribution
     * @param summaryB  B's distribution
     * @param paired    the paired comparison A − B
     * @param pHolm     Holm-adjusted p-value (paired t, across the outcomes of this pair)
     * @param pHolmWilcoxon Holm-adjusted Wilcoxon p-value
     * @param verdict   A better / B better (adjusted p &lt; 0.05 and the CI excludes 0) / no clear difference
     */
    public record Decision(Outcome outcome, Direction direction, String a, String b, Summary summaryA,
            Summary summaryB, PairedComparison paired, double pHolm, double pHolmWilcoxon, Verdict verdict) {
    }
}
