package org.communitysim.model;

/**
 * A number per run, in a run's outcome vector: a built-in {@link Outcome} (its declaration order) or, after them, a
 * scenario's {@link CustomOutcome} (docs/scenarios.md "Custom outcomes"). Rows, comparisons, decisions and reports
 * read outcomes through this type, so a custom outcome flows wherever a built-in one does.
 */
public interface RunOutcome extends Declared {
    /** The position of this outcome's value in a run's outcome vector. */
    int index();
}
