package org.communitysim.model;

/**
 * Everything one run produces: the pure function {@code (scenario, seed) → RunResult}.
 *
 * @param scenarioName the scenario's name
 * @param runSeed      the seed all of the run's streams were derived from
 * @param daily        per-day metrics
 * @param summary      per-run outcomes
 * @param referralDepths number of referral joins at invitation depth 1, 2, ... (index 0 = depth 1)
 * @param fired        the actions that fired (playbook actions, campaign ends, the KOLs' departure), by day
 * @param groups       every group's life, the first group first (one in the single-group model; docs/model.md §4.12)
 */
public record RunResult(String scenarioName, long runSeed, DailySeries daily, RunSummary summary, long[] referralDepths,
        java.util.List<FiredAction> fired, java.util.List<GroupRecord> groups) {
}
