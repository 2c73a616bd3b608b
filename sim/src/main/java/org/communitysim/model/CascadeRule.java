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
    private final TopicWorld world;
    private final GroupState g;
    private final Rng rng;
    private int[] fresh = new int[16];
    private int freshCount;
    private int[] working = new int[16];

    CascadeRule(CascadeParams params, TopicWorld world, GroupState g, Rng rng) {
        this.p = params.p();
        this.world = world;
        this.g = g;
        this.rng = rng;
    }

    @Override
    public void start() {
        // the seeds are already in the fresh list (joined() ran for each)
    }

    @Override
    public void joined(int person) {
        if (freshCount == fresh.length) {
            fresh = java.util.Arrays.copyOf(fresh, fresh.length * 2);
        }
        fresh[freshCount++] = person;
    }

    @Override
    public void step(DayState today) {
        int day = today.day;
        // today's tries belong to those who joined before today; who joins today tries tomorrow
        int count = freshCount;
        if (working.length < count) {
            working = new int[fresh.length];
        }
        System.arraycopy(fresh, 0, working, 0, count);
        freshCount = 0;
        for (int i = 0; i < count; i++) {
            int member = working[i];
            if (!g.member[member]) {
                continue; // left (or was banned) before its turn
            }
            for (int k = world.net.rowStart(member), end = world.net.rowEnd(member); k < end; k++) {
                int friend = world.net.target(k);
                if (g.canApply(friend, day) && rng.nextDouble() < p * g.historyFactor(friend)) {
                    g.addApplicant(friend, GroupState.REFERRAL, member, day);
                }
            }
        }
    }
}
