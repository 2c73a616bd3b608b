package org.communitysim.experiments.calibration;

import java.util.List;
import org.communitysim.experiments.search.Cmaes;
import org.communitysim.scenario.Scenario;

/**
 * A finished calibration.
 *
 * @param spec         what was fitted
 * @param observed     the observed data
 * @param fitted       the base scenario with the estimates set (horizon as the base's)
 * @param estimates    one per free parameter, in spec order
 * @param refits       [refit][parameter]: the estimates of the parametric-bootstrap refits
 * @param distance     the distance at the estimate (fit seeds)
 * @param baseDistance the distance of the base scenario as given (fit seeds)
 * @param trace        every evaluation of the fit (unit coordinates and distance)
 * @param bands        per observed column: [day][mean, q5, q25, q50, q75, q95] over the band replicates
 * @param runs         model runs made (those taken from a journal included: as if uninterrupted)
 * @param ranNow       of those, the runs this invocation made (all of them unless resumed)
 * @param reused       evaluations and refits taken from the journal of an interrupted run (0 unless resumed)
 * @param wallSeconds  wall time of the runs
 */
public record CalibrationResult(CalibrationSpec spec, ObservedData observed, Scenario fitted, List<Estimate> estimates,
        double[][] refits, double distance, double baseDistance, List<Cmaes.Evaluation> trace, List<double[][]> bands,
        long runs, long ranNow, int reused, double wallSeconds) {
}
