package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.BassParams;

/**
 * The Bass (1969) diffusion model, mean-field: each day every person who may apply does so with
 * P = (p + q·n/N)·f, n the members at the start of the day, N the population and f the history factor (1 for
 * someone never rejected and never gone). Ties play no part. Joins count as outside joins (nobody invites).
 * With group mechanisms off and no seeds the expected cumulative share follows
 * F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t}) up to the daily discretisation.
 */
record BassRule(BassParams params, TopicWorld world, GroupState g, Rng rng) implements JoinRule {
    @Override
    public void start() {
        // mean-field: no per-person state
    }

    @Override
    public void step(DayState today) {
        int n = world.n;
        if (n == 0) {
            return;
        }
        int day = today.day;
        double base = params.p() + params.q() * g.memberCount / n;
        if (base <= 0) {
            return;
        }
        for (int person = 0; person < n; person++) {
            if (g.canApply(person, day) && rng.nextDouble() < base * g.historyFactor(person)) {
                g.addApplicant(person, GroupState.OUTSIDE, -1, day);
            }
        }
    }
}
