package org.communitysim.model;

import org.communitysim.random.Rng;
import org.communitysim.scenario.CascadeParams;

/**
 * Independent cascade (Kempe, Kleinberg &amp; Tardos 2003): a member who joined since the rule last ran (the seeds
 * on day 0, later joiners the day after joining) gets one chance per tie to bring that friend in, succeeding
 * with probability p (times the friend's history factor). A chance is spent whether or not it succeeds; a
 * friend already brought in today is not tried again. The friend applies as a referral of the member.
 */
final class CascadeRule implements JoinRule {
    private final double p;
    private int[] fresh = new int[16];
    private int freshCount;
    private int[] working = new int[16];

    CascadeRule(CascadeParams params) {
        this.p = params.p();
    }

    @Override
    public void start(CommunityModel m) {
        // the seeds are already in the fresh list (joined() ran for each)
    }

    @Override
    public void joined(CommunityModel m, int person) {
        if (freshCount == fresh.length) {
            fresh = java.util.Arrays.copyOf(fresh, fresh.length * 2);
        }
        fresh[freshCount++] = person;
    }

    @Override
    public void step(CommunityModel m) {
        // today's tries belong to those who joined before today; who joins today tries tomorrow
        int count = freshCount;
        if (working.length < count) {
            working = new int[fresh.length];
        }
        System.arraycopy(fresh, 0, working, 0, count);
        freshCount = 0;
        Rng rng = m.joinRng;
        for (int i = 0; i < count; i++) {
            int member = working[i];
            if (!m.member[member]) {
                continue; // left (or was banned) before its turn
            }
            for (int k = m.net.rowStart(member), end = m.net.rowEnd(member); k < end; k++) {
                int friend = m.net.target(k);
                if (m.canApply(friend) && rng.nextDouble() < p * m.historyFactor(friend)) {
                    m.addApplicant(friend, CommunityModel.REFERRAL, member);
                }
            }
        }
    }
}
