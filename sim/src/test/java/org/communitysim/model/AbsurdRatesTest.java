package org.communitysim.model;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ShippedScenarios;
import org.junit.jupiter.api.Test;

/**
 * Legal values whose product is absurd must still give a run, not a hang: an invitation rate of 1,000 a day times a
 * reward of a million standard rewards made members consider ~10^10 ties a day, one loop turn each.
 */
class AbsurdRatesTest {

    @Test
    void hugeInvitationRateTimesHugeReward_finishes() {
        Scenario base = ShippedScenarios.load("big-open-group").withPopulation(Defaults.POPULATION.withSize(3000))
                .withHorizonDays(60);
        Scenario s = base.with("behaviour.invitation.inviteBase", 1000.0).with("referral.reward", 1_000_000.0);
        RunResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CommunityModel.run(s, 3));
        double sent = 0;
        for (double v : r.daily().series(DailyMetric.INVITATIONS_SENT)) {
            sent += v;
        }
        assertTrue(sent > 0, "members still invite");
    }
}
