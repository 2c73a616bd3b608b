package org.communitysim.scenario;

/**
 * Step 3, screening: admit when aff + N(0, screenNoise) ≥ θ and n &lt; cap (θ = 0: an open group, no screening); entry cost becomes commitment
 * commitEntry·θ (Aronson &amp; Mills 1959).
 *
 * @param screenNoise sd of the screener's error on affinity
 * @param commitEntry commitment (satisfaction units) per unit of threshold paid on entry
 */
public record ScreeningParams(double screenNoise, double commitEntry) {
    public ScreeningParams {
        Declarations.check(ScreeningParams.class, screenNoise, commitEntry);
    }
}
