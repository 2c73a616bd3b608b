package org.communitysim.experiments.sweep;

/** How a sweep chooses its points in parameter space. */
public enum DesignType {
    /** Full factorial over each parameter's values or steps. */
    GRID,
    /** {@code samples} uniform random points. */
    RANDOM,
    /** {@code samples} points of a Latin hypercube (one per stratum per parameter). */
    LHS,
    /** {@code samples} Sobol' low-discrepancy points. */
    SOBOL,
    /** {@code samples} Morris trajectories: elementary effects μ*, σ (screening). */
    MORRIS,
    /** Saltelli's scheme with {@code samples} base rows: Sobol first-order and total indices. */
    SALTELLI
}
