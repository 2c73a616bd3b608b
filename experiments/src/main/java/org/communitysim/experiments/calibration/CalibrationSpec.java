package org.communitysim.experiments.calibration;

import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.search.SearchParameter;
import org.communitysim.scenario.file.ScenarioDraft;

/**
 * A validated calibration spec (docs/calibration.md "The spec").
 *
 * @param file                 the spec file
 * @param name                 job name (default: the file's base name)
 * @param description          one line
 * @param base                 the base scenario file
 * @param baseDraft            the base, resolved
 * @param parameters           the free parameters, each with its range (the support of its uniform or log-uniform prior)
 * @param replicates           replicates per evaluated point (common random numbers: the same seeds for every point)
 * @param evaluations          CMA-ES evaluations of the fit
 * @param bootstrap            parametric-bootstrap refits behind the intervals
 * @param bootstrapEvaluations CMA-ES evaluations of each refit
 * @param level                interval level (0.9: the 5th to the 95th percentile of the refits)
 * @param identifiedWidth      largest interval width, as a share of the range, of a parameter called identified
 * @param bandReplicates       replicates at the estimate behind the observed-vs-simulated chart
 * @param seed                 master seed
 */
public record CalibrationSpec(Path file, String name, String description, Path base, ScenarioDraft baseDraft,
        List<SearchParameter> parameters, int replicates, int evaluations, int bootstrap, int bootstrapEvaluations,
        double level, double identifiedWidth, int bandReplicates, long seed) {

    public CalibrationSpec {
        parameters = List.copyOf(parameters);
    }

    /** The same spec with another master seed (the command line's --seed). */
    public CalibrationSpec withSeed(long newSeed) {
        return new CalibrationSpec(file, name, description, base, baseDraft, parameters, replicates, evaluations,
                bootstrap, bootstrapEvaluations, level, identifiedWidth, bandReplicates, newSeed);
    }

    /** Runs at most: the fit, the refits (each on its own pseudo-data), and the bands. */
    public long runBudget() {
        return (long) replicates * evaluations + (long) bootstrap * (1 + (long) replicates * bootstrapEvaluations)
                + bandReplicates;
    }
}
