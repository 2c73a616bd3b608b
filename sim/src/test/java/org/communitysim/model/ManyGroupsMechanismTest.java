package org.communitysim.model;

import static org.communitysim.model.Replicates.format;
import static org.communitysim.model.Replicates.pairedCi;
import static org.communitysim.model.Replicates.values;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ShippedScenarios;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a world of many groups does with the shipped files (docs/model.md §4.12), over 30 replicates on common random
 * numbers (paired 95% intervals, as {@link MechanismTest}): splitting keeps more of the members active, a busy
 * background takes attention and activity from a group, and groups die at a rate that depends on the operator's
 * effort and on the competition for attention. Nothing in the model says any of this: it follows from attention
 * shares, effort and the single-group mechanisms.
 */
@Tag("slow")
class ManyGroupsMechanismTest {
    private static final int R = 30;

    private static double[] paired(Scenario a, Scenario b, Outcome outcome) {
        List<RunResult> ra = Replicates.run(a, R);
        List<RunResult> rb = Replicates.run(b, R);
        return pairedCi(values(ra, outcome), values(rb, outcome));
    }

    /** Fission at 200 against one group capped at 500: a higher active share over all the operator's groups. */
    @Test
    void splitAt200_keepsAHigherActiveShareThanOneCappedGroup() {
        double[] share = paired(ShippedScenarios.load("split-at-200"), ShippedScenarios.load("one-group-500"),
                Outcome.MATRIX_ACTIVE_SHARE);
        assertTrue(share[0] > 0, "active share over all groups, split at 200 − one group: " + format(share));
    }

    /** The reference group among busy background groups: fewer active members and fewer on-topic posts. */
    @Test
    void busyBackground_takesAttentionAndActivityFromTheGroup() {
        Scenario alone = ShippedScenarios.load("reference");
        Scenario busy = ShippedScenarios.load("busy-background");
        double[] active = paired(alone, busy, Outcome.FINAL_ACTIVE);
        assertTrue(active[0] > 0, "active members at the horizon, alone − busy: " + format(active));
        double[] posts = paired(alone, busy, Outcome.POSTS_ON_TOPIC_FINAL);
        assertTrue(posts[0] > 0, "on-topic posts a day at the horizon, alone − busy: " + format(posts));
    }

    /**
     * Ten groups in a busy world with one operator's effort (matrix-of-10-busy): more of them are alive 30 days after
     * opening when the background is quiet (competition), and when the operator posts 10 a day instead of 2 (effort).
     */
    @Test
    void groupsDie_atARateThatDependsOnCompetitionAndEffort() {
        Scenario busy = ShippedScenarios.load("matrix-of-10-busy");
        Scenario quiet = busy.with("world.background.perPerson", 0.0).with("world.background.newPerDay", 0.0);
        Scenario effort = busy.with("world.operatorPostsPerDay", 10.0);
        List<RunResult> rBusy = Replicates.run(busy, R);
        double[] base = values(rBusy, Outcome.GROUPS_ALIVE_30);
        double[] competition = pairedCi(values(Replicates.run(quiet, R), Outcome.GROUPS_ALIVE_30), base);
        assertTrue(competition[0] > 0, "groups alive at 30 days, quiet − busy background: " + format(competition));
        double[] work = pairedCi(values(Replicates.run(effort, R), Outcome.GROUPS_ALIVE_30), base);
        assertTrue(work[0] > 0, "groups alive at 30 days, 10 − 2 operator posts a day: " + format(work));
    }
}
