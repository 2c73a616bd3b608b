package org.communitysim.model;

import org.communitysim.random.Rng;

/**
 * Mechanism: a member leaves with the day's hazard (docs/model.md §4.7, a group mechanism). Off
 * ({@code join.groupMechanisms} false): nobody leaves by the hazard, and no draw is made.
 */
interface Leaving {
    boolean leaves(Rng rng, double hazard);

    Leaving BY_HAZARD = (rng, hazard) -> rng.nextDouble() < hazard;
    Leaving NEVER = (rng, hazard) -> false;
}
