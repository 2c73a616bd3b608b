package org.communitysim.model;

import static org.communitysim.model.Replicates.format;
import static org.communitysim.model.Replicates.pairedCi;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ShippedScenarios;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Who leaves (docs/model.md §4.7): the outside option grows with affinity, so the members who care most about the
 * topic leave a group whose content does not keep up with their alternatives. Whether leavers end up more interested
 * than stayers depends on the group: in the big open group they do, in the reference group the weakly interested
 * leave instead. These tests pin down both directions and the mechanism's share in them, over replicates.
 */
@Tag("slow")
class WhoLeavesTest {
    private static final int R = 30;

    /** {mean affinity of regular members who left (bans excluded), of regular members at the horizon} for one run. */
    static double[] leaversAndStayers(Scenario s, long seed) {
        CommunityModel model = new CommunityModel(s, World.build(s, seed), seed);
        model.start();
        model.runToEnd();
        GroupState g = model.group();
        double[] aff = model.world().aff;
        Episodes e = g.episodes;
        double left = 0;
        int nLeft = 0;
        double stayed = 0;
        int nStayed = 0;
        for (int i = 0; i < e.size(); i++) {
            if (e.role(i) != GroupState.REGULAR) {
                continue;
            }
            int p = e.person(i);
            if (e.end(i) < 0) {
                stayed += aff[p];
                nStayed++;
            } else if ((g.history[p] & GroupState.BANNED) == 0) {
                left += aff[p];
                nLeft++;
            }
        }
        return new double[] {left / nLeft, stayed / nStayed};
    }

    /** Per replicate: leavers' mean affinity minus stayers'. */
    private static double[] gaps(Scenario s) {
        return IntStream.range(0, R).parallel().mapToDouble(i -> {
            double[] ls = leaversAndStayers(s, Seeds.runSeed(Replicates.MASTER_SEED, i));
            return ls[0] - ls[1];
        }).toArray();
    }

    /** {leavers' mean, stayers' mean} averaged over replicates (printed: the figures docs/model.md §4.7 quotes). */
    private static double[] means(Scenario s) {
        double[][] ls = IntStream.range(0, R).parallel()
                .mapToObj(i -> leaversAndStayers(s, Seeds.runSeed(Replicates.MASTER_SEED, i))).toArray(double[][]::new);
        double l = 0;
        double st = 0;
        for (double[] x : ls) {
            l += x[0] / R;
            st += x[1] / R;
        }
        return new double[] {l, st};
    }

    private static String leaversVsStayers(double[] m) {
        return String.format(java.util.Locale.ROOT, "(leavers %.3f, stayers %.3f)", m[0], m[1]);
    }

    private static Scenario flatOpportunity(Scenario s) {
        return s.withAblations(s.ablations().with("affinityOpportunityCost", false));
    }

    @Test
    void bigOpenGroup_leaversMoreInterestedThanStayers() {
        double[] ci = Replicates.ci(gaps(ShippedScenarios.load("big-open-group")));
        System.out.println("big-open-group gap " + format(ci) + " " + leaversVsStayers(means(ShippedScenarios.load("big-open-group"))));
        assertTrue(ci[0] > 0, "big open group: leavers' minus stayers' mean affinity " + format(ci));
    }

    @Test
    void referenceGroup_leaversLessInterestedThanStayers() {
        double[] ci = Replicates.ci(gaps(Defaults.scenario()));
        System.out.println("reference gap " + format(ci) + " " + leaversVsStayers(means(Defaults.scenario())));
        assertTrue(ci[2] < 0, "reference group: leavers' minus stayers' mean affinity " + format(ci));
    }

    @Test
    void affinityOpportunityCost_pushesTheInterestedOut() {
        for (Scenario s : new Scenario[] {ShippedScenarios.load("big-open-group"), Defaults.scenario()}) {
            double[] d = pairedCi(gaps(s), gaps(flatOpportunity(s)));
            System.out.println(s.name() + " gap without: " + format(Replicates.ci(gaps(flatOpportunity(s)))) + " difference " + format(d));
            assertTrue(d[0] > 0, s.name() + ": gap with minus gap without the affinity-dependent outside option " + format(d));
        }
    }
}
