package org.communitysim.experiments.sweep;

import java.util.List;
import org.communitysim.experiments.sweep.sensitivity.SensitivityIndices;

/**
 * What a finished sweep produced, for reports: the spec, its points aggregated over replicates and, for the
 * morris and saltelli designs, the sensitivity indices of each outcome of interest.
 *
 * @param spec        the spec
 * @param points      one summary per design point, in point order
 * @param sensitivity sensitivity indices per outcome (empty for other designs)
 * @param runs        runs in the sweep (points × replicates)
 * @param ranNow      runs computed by this invocation (fewer than {@code runs} after a resume)
 * @param wallSeconds wall time of this invocation's runs
 * @param command     the command that reproduces the sweep
 * @param version     engine version
 */
public record SweepResult(SweepSpec spec, List<PointSummary> points, List<SensitivityIndices> sensitivity, long runs,
        long ranNow, double wallSeconds, String command, String version) {
}
