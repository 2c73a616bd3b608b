package org.communitysim.experiments.sweep;

import java.nio.file.Path;
import java.util.List;
import org.communitysim.model.Outcome;
import org.communitysim.model.CustomOutcome;
import org.communitysim.model.RunOutcome;

/**
 * A validated sweep specification (docs/sweeps.md).
 *
 * @param file         the spec file
 * @param name         sweep name (default: the file's base name)
 * @param description  one line
 * @param base         the base scenario file, resolved against the spec's folder
 * @param parameters   the varied fields
 * @param design       how points are chosen
 * @param samples      points (random, lhs, sobol), trajectories (morris) or base rows (saltelli); unused for grid
 * @param replicates   replicates per point
 * @param seed         master seed: replicate r of every point runs with {@code Seeds.runSeed(seed, r)}
 * @param outcomes     outcomes of interest (points.csv, sensitivity, charts)
 * @param morrisLevels grid levels p of the Morris design (even)
 * @param bootstrap    bootstrap resamples of the sensitivity confidence intervals
 * @param custom       the custom outcomes of every point (docs/scenarios.md "Custom outcomes"): the base's
 *                     {@code metrics.outcomes}, then the spec's {@code customOutcomes}; columns of runs.csv after the
 *                     built-in outcomes
 */
public record SweepSpec(Path file, String name, String description, Path base, List<SweepParameter> parameters,
        DesignType design, int samples, int replicates, long seed, List<RunOutcome> outcomes, int morrisLevels,
        int bootstrap, List<CustomOutcome> custom) {

    public SweepSpec {
        outcomes = List.copyOf(outcomes);
        custom = List.copyOf(custom);
    }

    /** A sweep without custom outcomes. */
    public SweepSpec(Path file, String name, String description, Path base, List<SweepParameter> parameters,
            DesignType design, int samples, int replicates, long seed, List<? extends RunOutcome> outcomes,
            int morrisLevels, int bootstrap) {
        this(file, name, description, base, parameters, design, samples, replicates, seed, List.copyOf(outcomes),
                morrisLevels, bootstrap, List.of());
    }

    public List<String> parameterPaths() {
        return parameters.stream().map(SweepParameter::path).toList();
    }
}
