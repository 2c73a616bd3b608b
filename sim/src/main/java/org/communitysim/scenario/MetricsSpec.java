package org.communitysim.scenario;

/**
 * Definitions behind the run summary (docs/model.md §6).
 *
 * @param peakFraction          a peak's day is the first day reaching this fraction of the maximum
 * @param finalWindowDays       "at the horizon" = mean over this many last days
 * @param cohortDays            retention horizon of join cohorts, days
 * @param joinsWindowDays       joins_30 counts joins in days 0..joinsWindowDays−1, seeds excluded
 * @param inequalityWindowDays  window (ending at the horizon) of the participation-inequality measures
 * @param deadFloor             a group is dead when its active members stay below this
 * @param outcomes              custom outcomes computed from the daily series after the run (docs/scenarios.md
 *                              "Custom outcomes"); they add columns and never change the run
 */
public record MetricsSpec(
        double peakFraction,
        int finalWindowDays,
        int cohortDays,
        int joinsWindowDays,
        int inequalityWindowDays,
        double deadFloor,
        OutcomeDefinitions outcomes) {
    public MetricsSpec {
        Declarations.check(MetricsSpec.class, peakFraction, finalWindowDays, cohortDays, joinsWindowDays,
                inequalityWindowDays, deadFloor, outcomes);
    }
}
