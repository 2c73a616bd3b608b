package org.communitysim.experiments.optimisation;

import org.communitysim.model.Outcome;

/**
 * A condition on the mean over replicates of any declared outcome, written {@code "final_members >= 100"} or
 * {@code "cost <= 5000"}: a budget, a minimum retention or a size floor are all this one kind of constraint, so a new
 * outcome (money, playbooks) can be constrained without new code.
 *
 * @param outcome the outcome
 * @param atLeast true for {@code >=}, false for {@code <=}
 * @param bound   the bound
 */
public record Constraint(Outcome outcome, boolean atLeast, double bound) {

    /** How far a mean is on the wrong side of the bound, relative to the bound's size (0 when satisfied). */
    public double violation(double mean) {
        if (Double.isNaN(mean)) {
            return 1;
        }
        double over = atLeast ? bound - mean : mean - bound;
        return over > 0 ? over / Math.max(1, Math.abs(bound)) : 0;
    }

    public boolean satisfiedBy(double mean) {
        return violation(mean) == 0;
    }

    @Override
    public String toString() {
        return outcome.column() + (atLeast ? " >= " : " <= ") + Objective.num(bound);
    }
}
