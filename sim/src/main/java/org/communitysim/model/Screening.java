package org.communitysim.model;

import org.communitysim.random.Rng;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Step 3, screening: applicants, in random order, are admitted when aff + N(0, screenNoise) ≥ θ and the group
 * is below its cap (θ = 0 is an open group: no screener, everyone is admitted while there is room); a full group turns them away (they may try again); a rejected applicant reapplies rarely.
 * The entry cost paid becomes commitment commitEntry·θ (severity of initiation, Aronson &amp; Mills 1959).
 * Without group mechanisms (join.groupMechanisms false) every applicant is admitted: no threshold, no cap.
 */
final class Screening implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        CommunityModel m = (CommunityModel) state;
        Rng rng = m.screeningRng;
        int count = m.applicantCount;
        // shuffle so neither channel gets the last seats by the order of the steps
        for (int i = count - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            swap(m.applicants, i, j);
            byte c = m.applicantChannel[i];
            m.applicantChannel[i] = m.applicantChannel[j];
            m.applicantChannel[j] = c;
            swap(m.applicantReferrer, i, j);
        }
        double theta = m.effectiveThreshold();
        double noise = m.scenario.behaviour().screening().screenNoise();
        int cap = m.groupMechanisms ? m.scenario.group().sizeCap() : Integer.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            int p = m.applicants[i];
            double judged = m.aff[p] + (noise > 0 ? noise * rng.nextGaussian() : 0); // drawn always: aligned streams
            m.today[DailyMetric.APPLICATIONS.ordinal()]++;
            if (m.memberCount >= cap) {
                m.today[DailyMetric.TURNED_AWAY.ordinal()]++;
            } else if (theta == 0 || judged >= theta) {
                m.join(p, m.applicantChannel[i], m.applicantReferrer[i]);
            } else {
                m.history[p] |= CommunityModel.REJECTED;
                m.today[DailyMetric.REJECTIONS.ordinal()]++;
            }
        }
        m.applicantCount = 0;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
