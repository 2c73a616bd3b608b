package org.communitysim.experiments.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.communitysim.experiments.stats.Stats;
import org.communitysim.experiments.stats.Summary;
import org.junit.jupiter.api.Test;

/** Goel, Watts &amp; Goldstein (2012): referral trees are shallow; most referral joins are at depth 1–2. */
class ReferralDepthTest {

    @Test
    void mostReferralJoins_areAtDepthOneOrTwo() {
        ReferralDepthCheck.Result r = ReferralDepthCheck.run(10_000, 30, 5, 2);
        Summary shallow = Stats.summarize(Arrays.stream(r.shallowShare()).filter(Double::isFinite).toArray());
        assertTrue(shallow.ciLow() > ReferralDepthCheck.MIN_SHARE, "share at depth 1-2: " + shallow);
        // depth counts fall with depth: a tree, not a chain
        long[] d = r.byDepth();
        assertTrue(d.length >= 2 && d[0] > d[1], Arrays.toString(d));
        assertTrue(r.total() > 1000, "too few referral joins to say anything: " + r.total());
    }

    @Test
    void results_doNotDependOnTheThreadCount() {
        ReferralDepthCheck.Result one = ReferralDepthCheck.run(3_000, 4, 9, 1);
        ReferralDepthCheck.Result two = ReferralDepthCheck.run(3_000, 4, 9, 2);
        assertArrayEquals(one.byDepth(), two.byDepth());
        assertArrayEquals(one.shallowShare(), two.shallowShare());
    }
}
