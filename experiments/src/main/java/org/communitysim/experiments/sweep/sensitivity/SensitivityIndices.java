package org.communitysim.experiments.sweep.sensitivity;

import java.util.List;

/**
 * Sensitivity of one outcome to each varied parameter, by one method. Arrays are indexed like {@code parameters}.
 * Confidence intervals are bootstrap percentile 95% intervals.
 *
 * @param method     "morris" (elementary effects: first = μ*, second = σ, also μ) or "sobol" (first = first-order
 *                   S1, second = total-order ST)
 * @param outcome    outcome column name
 * @param parameters parameter paths, e.g. {@code group.sizeCap}
 * @param first      μ* (Morris) or S1 (Sobol)
 * @param firstLow   lower CI bound of {@code first}
 * @param firstHigh  upper CI bound of {@code first}
 * @param second     σ (Morris) or ST (Sobol)
 * @param secondLow  lower CI bound of {@code second}
 * @param secondHigh upper CI bound of {@code second}
 * @param mu         Morris μ (signed mean elementary effect); null for Sobol
 */
public record SensitivityIndices(String method, String outcome, List<String> parameters, double[] first,
        double[] firstLow, double[] firstHigh, double[] second, double[] secondLow, double[] secondHigh,
        double[] mu) {
}
