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
final class BassRule implements JoinRule {
    private final double p;
    private final double q;

    BassRule(BassParams params) {
        this.p = params.p();
        this.q = params.q();
    }

    @Override
    public void start(CommunityModel m) {
        // mean-field: no per-person state
    }

    @Override
    public void step(CommunityModel m) {
        if (m.n == 0) {
            return;
        }
        Rng rng = m.joinRng;
        double base = p + q * m.memberCount / m.n;
        if (base <= 0) {
            return;
        }
        for (int person = 0; person < m.n; person++) {
            if (m.canApply(person) && rng.nextDouble() < base * m.historyFactor(person)) {
                m.addApplicant(person, CommunityModel.OUTSIDE, -1);
            }
        }
    }
}
