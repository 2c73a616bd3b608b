package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.ThresholdParams;
import org.communitysim.scenario.ThresholdUnit;

/**
 * Fractional threshold (Granovetter 1978; Watts 2002): each person has a threshold φ_i, drawn once per run
 * (stream "join"); a person who may apply does so on the first day the measure of their ties inside the group,
 * taken at the start of the day (synchronous update), reaches φ_i. The measure is the share of ties inside, or
 * with unit {@code count} their number; weighted, tie weights replace counts. Someone rejected or gone before
 * tries again only with their history factor's probability each day. A person who reaches the threshold with
 * nobody inside (φ_i ≤ 0) comes in as an outside joiner; otherwise as a referral of the friend inside who
 * joined last (ties broken by the order of the person's ties), so invitation depths stay defined.
 */
final class ThresholdRule implements JoinRule {
    private final ThresholdParams params;
    private final TopicWorld world;
    private final GroupState g;
    private final Rng rng;
    private double[] threshold;
    private double[] weightedDegree;

    ThresholdRule(ThresholdParams params, TopicWorld world, GroupState g, Rng rng) {
        this.params = params;
        this.world = world;
        this.g = g;
        this.rng = rng;
    }

    @Override
    public void start() {
        threshold = thresholds(params, world.n, rng);
        if (params.weighted() && params.unit() == ThresholdUnit.FRACTION) {
            weightedDegree = new double[world.n];
            for (int p = 0; p < world.n; p++) {
                double sum = 0;
                for (int k = world.net.rowStart(p), end = world.net.rowEnd(p); k < end; k++) {
                    sum += world.net.weight(k);
                }
                weightedDegree[p] = sum;
            }
        }
    }

    /** One threshold per person, by the scenario's distribution. */
    static double[] thresholds(ThresholdParams t, int n, Rng rng) {
        double[] phi = new double[n];
        switch (t.distribution()) {
            case CONSTANT -> java.util.Arrays.fill(phi, t.value());
            case UNIFORM -> {
                for (int i = 0; i < n; i++) {
                    phi[i] = t.min() + (t.max() - t.min()) * rng.nextDouble();
                }
            }
            case NORMAL -> {
                for (int i = 0; i < n; i++) {
                    phi[i] = t.mean() + t.sd() * rng.nextGaussian();
                }
            }
            case LIST -> {
                double[] values = t.values();
                if (values.length != n) {
                    throw new IllegalArgumentException("join.threshold.values must have one value per person: the "
                            + "population has " + n + " persons, the list has " + values.length);
                }
                System.arraycopy(values, 0, phi, 0, n);
            }
        }
        return phi;
    }

    @Override
    public void step(DayState today) {
        int day = today.day;
        boolean weighted = params.weighted();
        boolean fraction = params.unit() == ThresholdUnit.FRACTION;
        for (int p = 0; p < world.n; p++) {
            if (!g.canApply(p, day)) {
                continue;
            }
            double measure = weighted ? g.insideWeight[p] : g.insideCount[p];
            if (fraction) {
                double total = weighted ? weightedDegree[p] : world.net.degree(p);
                measure = total > 0 ? measure / total : 0;
            }
            if (measure < threshold[p]) {
                continue;
            }
            double f = g.historyFactor(p);
            if (f < 1 && rng.nextDouble() >= f) {
                continue;
            }
            int tipping = lastJoinedFriend(p);
            if (tipping < 0) {
                g.addApplicant(p, GroupState.OUTSIDE, -1, day);
            } else {
                g.addApplicant(p, GroupState.REFERRAL, tipping, day);
            }
        }
    }

    private int lastJoinedFriend(int p) {
        if (g.insideCount[p] == 0) {
            return -1;
        }
        int best = -1;
        int bestDay = -1;
        for (int k = world.net.rowStart(p), end = world.net.rowEnd(p); k < end; k++) {
            int f = world.net.target(k);
            if (g.member[f] && g.lastJoinDay[f] > bestDay) {
                best = f;
                bestDay = g.lastJoinDay[f];
            }
        }
        return best;
    }
}
