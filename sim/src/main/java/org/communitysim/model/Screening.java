package org.communitysim.model;

import org.communitysim.random.Rng;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 3, screening: applicants, in random order, are admitted when aff + N(0, screenNoise) ≥ θ and the group
 * is below its cap (θ = 0 is an open group: no screener, everyone is admitted while there is room); a full group
 * turns them away (they may try again); a rejected applicant reapplies rarely. The entry cost paid becomes
 * commitment commitEntry·θ (severity of initiation, Aronson &amp; Mills 1959). Without group mechanisms
 * (join.groupMechanisms false) the model builds it with θ = 0 and no cap: every applicant is admitted.
 */
record Screening(Params p, TopicWorld world, GroupState g, DayState today, Rng rng) implements Steppable {
    /**
     * @param threshold θ the applicants face (0: nobody is screened)
     * @param cap       the size cap ({@link Integer#MAX_VALUE}: none)
     * @param noise     sd of the screener's error on affinity
     */
    record Params(double threshold, int cap, double noise) {
    }

    @Override
    public void step(SimState state) {
        int count = g.applicantCount;
        // shuffle so neither channel gets the last seats by the order of the steps
        for (int i = count - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            swap(g.applicants, i, j);
            byte c = g.applicantChannel[i];
            g.applicantChannel[i] = g.applicantChannel[j];
            g.applicantChannel[j] = c;
            swap(g.applicantReferrer, i, j);
        }
        double theta = p.threshold();
        double noise = p.noise();
        int cap = p.cap();
        int rejected = 0;
        int turnedAway = 0;
        for (int i = 0; i < count; i++) {
            int person = g.applicants[i];
            double judged = world.aff[person] + (noise > 0 ? noise * rng.nextGaussian() : 0); // drawn always: aligned streams
            if (g.memberCount >= cap) {
                turnedAway++;
                if (g.recordTurnedAway) {
                    g.turnedAway[g.turnedAwayCount++] = person;
                }
            } else if (theta == 0 || judged >= theta) {
                g.join(person, g.applicantChannel[i], g.applicantReferrer[i], today);
            } else {
                g.history[person] |= GroupState.REJECTED;
                rejected++;
            }
        }
        today.add(DailyMetric.APPLICATIONS, count);
        today.add(DailyMetric.TURNED_AWAY, turnedAway);
        today.add(DailyMetric.REJECTIONS, rejected);
        g.applicantCount = 0;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
