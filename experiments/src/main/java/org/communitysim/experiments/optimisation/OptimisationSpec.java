package org.communitysim.experiments.optimisation;

import java.nio.file.Path;
import java.util.List;
import org.communitysim.experiments.search.SearchParameter;
import org.communitysim.scenario.file.ScenarioDraft;

/**
 * A validated optimisation spec (docs/optimisation.md "The spec").
 *
 * @param file                   the spec file
 * @param name                   job name
 * @param description            one line
 * @param base                   the base scenario file: the user's current strategy
 * @param baseDraft              the base, resolved
 * @param levers                 the searched fields and their ranges (a platform's cap is a lever's range)
 * @param objective              what is sought
 * @param constraints            conditions on outcome means
 * @param replicates             replicates per evaluated candidate (common random numbers: the same seeds for all)
 * @param evaluations            CMA-ES evaluations of the search
 * @param candidates             best candidates compared with the base at the end
 * @param reevaluationReplicates replicates, on fresh seeds, of the re-evaluation of the shortlist
 * @param compareReplicates      replicates, on fresh seeds again, of the final paired comparison with the base
 * @param seed                   master seed
 */
public record OptimisationSpec(Path file, String name, String description, Path base, ScenarioDraft baseDraft,
        List<SearchParameter> levers, Objective objective, List<Constraint> constraints, int replicates,
        int evaluations, int candidates, int reevaluationReplicates, int compareReplicates, long seed) {

    public OptimisationSpec {
        levers = List.copyOf(levers);
        constraints = List.copyOf(constraints);
    }

    /** The same spec with another master seed (the command line's --seed). */
    public OptimisationSpec withSeed(long newSeed) {
        return new OptimisationSpec(file, name, description, base, baseDraft, levers, objective, constraints,
                replicates, evaluations, candidates, reevaluationReplicates, compareReplicates, newSeed);
    }

    /** Candidates re-evaluated on fresh seeds before the best are chosen: twice as many as are compared. */
    public int shortlist() {
        return 2 * candidates;
    }

    /** Runs at most. */
    public long runBudget() {
        return (long) replicates * evaluations + (long) shortlist() * reevaluationReplicates
                + (long) (candidates + 1) * compareReplicates;
    }
}
