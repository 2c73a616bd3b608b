package org.communitysim.experiments.report;

import org.communitysim.experiments.montecarlo.ScenarioRuns;
import org.communitysim.experiments.sweep.SweepResult;
import org.communitysim.scenario.Scenario;

/**
 * Everything the decay lesson shows, computed before any formatting: the runs of the three groups (big open,
 * small curated, big open with noise, bystander and overload switched off), the facts read from them, and the
 * phase-diagram sweep.
 *
 * @param command        the command that reproduces the lesson
 * @param seed           master seed of the group runs (the sweep has its own, in its spec)
 * @param replicates     replicates per group
 * @param wallSeconds    wall time of the whole lesson's runs
 * @param version        engine version
 * @param open           the big open group's runs
 * @param curated        the small curated group's runs
 * @param ablated        the big open group's runs with the three mechanisms off
 * @param openFacts      facts of {@code open}
 * @param curatedFacts   facts of {@code curated}
 * @param ablatedFacts   facts of {@code ablated}
 * @param phase          the phase-diagram sweep
 * @param phaseBase      the sweep's base scenario (its market: population and outside exposure)
 * @param compareFolder  folder (relative to the lesson) holding the compare report of the three groups
 * @param phaseFolder    folder (relative to the lesson) holding the sweep's results and report
 * @param worlds         the part on why most groups die: ten groups in a busy world and in a quiet one
 */
public record LessonModel(String command, long seed, int replicates, double wallSeconds, String version,
        ScenarioRuns open, ScenarioRuns curated, ScenarioRuns ablated, GroupFacts openFacts, GroupFacts curatedFacts,
        GroupFacts ablatedFacts, SweepResult phase, Scenario phaseBase, String compareFolder, String phaseFolder,
        Worlds worlds) {

    /**
     * The same groups of one operator (scenarios/matrix-of-10-busy.json) in a busy world and in a quiet one (no
     * background groups), paired on the same random numbers; their groups and survival curves are in the runs.
     *
     * @param busy       the busy world's runs
     * @param quiet      the quiet world's runs
     * @param replicates replicates of each world
     * @param folder     folder (relative to the lesson) holding their compare report
     */
    public record Worlds(ScenarioRuns busy, ScenarioRuns quiet, int replicates, String folder) {
    }

    /**
     * What one group did, as medians over its replicates of each run's own outcome (so that bimodal outcomes are
     * described by a run that happened), plus two points of its median daily curve.
     *
     * @param peakMembers        peak members
     * @param finalMembers       members at the horizon (mean of the last days)
     * @param peakActive         peak active members
     * @param peakActiveDay      day of peak activity (first day within 5% of the peak)
     * @param finalActive        active members at the horizon
     * @param kept               active retained: active at the horizon ÷ peak active
     * @param finalShare         active share at the horizon
     * @param affinityFinal      mean affinity of members at the horizon
     * @param postValueFinal     mean post value (signal-to-noise) at the horizon
     * @param onTopicFinal       members' on-topic posts per day at the horizon
     * @param affinityAtPeakDay  median daily mean affinity on day {@code round(peakActiveDay)}
     * @param affinityLastDay    median daily mean affinity on the last day
     * @param collapsed          share of replicates that collapsed (dead)
     * @param horizonDays        days simulated
     */
    public record GroupFacts(double peakMembers, double finalMembers, double peakActive, double peakActiveDay,
            double finalActive, double kept, double finalShare, double affinityFinal, double postValueFinal,
            double onTopicFinal, double affinityAtPeakDay, double affinityLastDay, double collapsed,
            int horizonDays) {
    }
}
