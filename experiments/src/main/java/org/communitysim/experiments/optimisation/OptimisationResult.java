package org.communitysim.experiments.optimisation;

import java.util.List;
import org.communitysim.experiments.montecarlo.Ensemble;
import org.communitysim.scenario.Scenario;

/**
 * A finished optimisation.
 *
 * @param spec        what was sought
 * @param trace       every evaluation of the search, on the search seeds
 * @param shortlist   the best distinct candidates of the search, re-evaluated on fresh seeds (best first)
 * @param chosen      the scenarios compared with the base: the base first, then the chosen candidates, best first
 * @param chosenValues the levers' values of each chosen candidate (not of the base), best first
 * @param compare     the final paired Monte Carlo of {@code chosen} (fresh seeds again)
 * @param comparisons each chosen candidate against the base on the objective
 * @param runs        model runs made (those of evaluations taken from a journal included: as if uninterrupted)
 * @param ranNow      of those, the runs this invocation made (all of them unless resumed)
 * @param reused      evaluations taken from the journal of an interrupted run (0 unless resumed)
 * @param wallSeconds wall time
 */
public record OptimisationResult(OptimisationSpec spec, List<Evaluated> trace, List<Evaluated> shortlist,
        List<Scenario> chosen, List<double[]> chosenValues, Ensemble.Result compare, List<Comparison> comparisons,
        long runs, long ranNow, int reused, double wallSeconds) {
}
