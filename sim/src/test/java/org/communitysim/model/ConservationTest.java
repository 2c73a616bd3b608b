package org.communitysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.file.ShippedScenarios;
import org.communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConservationTest {

    static Stream<Scenario> scenarios() {
        return Stream.of("reference", "big-open-group", "small-curated-group", "kol-led-group", "kol-leaves-day-60",
                "referral-reward", "promotion-heavy-feed", "low-cadence", "steady-weekly-events")
                .map(name -> ShippedScenarios.load(name).withPopulation(Defaults.POPULATION.withSize(4000)));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void members_everyDay_previousPlusJoinsMinusLeaves(Scenario s) {
        for (int rep = 0; rep < 3; rep++) {
            DailySeries d = CommunityModel.run(s, Seeds.runSeed(3, rep)).daily();
            double previous = 0;
            for (int t = 0; t < d.days(); t++) {
                double members = membersBalance(s, d, t, previous);
                assertTrue(members <= s.group().sizeCap(), s.name() + " above cap on day " + t);
                assertEquals(members, d.get(DailyMetric.ACTIVE, t) + d.get(DailyMetric.LURKERS, t)
                        + d.get(DailyMetric.ADVERTISERS, t), s.name() + " roles partition members, day " + t);
                assertTrue(d.get(DailyMetric.QUESTIONS_ANSWERED, t) <= d.get(DailyMetric.QUESTIONS_ASKED, t));
                assertTrue(d.get(DailyMetric.INVITATIONS_ACCEPTED, t) <= d.get(DailyMetric.INVITATIONS_SENT, t));
                previous = members;
            }
            assertEquals(s.group().seedMembers() + s.kols().count(), d.get(DailyMetric.JOINS_SEED, 0));
        }
    }

    /**
     * Asserts day {@code t}'s members are the previous day's plus joins minus leaves and that joins add up by
     * channel (seed, outside, referral); returns day {@code t}'s members. Shared with {@link JoinRuleContractTest}.
     */
    static double membersBalance(Scenario s, DailySeries d, int t, double previous) {
        double members = d.get(DailyMetric.MEMBERS, t);
        assertEquals(previous + d.get(DailyMetric.JOINS, t) - d.get(DailyMetric.LEAVES, t), members,
                s.name() + " day " + t);
        assertEquals(d.get(DailyMetric.JOINS, t), d.get(DailyMetric.JOINS_SEED, t)
                + d.get(DailyMetric.JOINS_OUTSIDE, t) + d.get(DailyMetric.JOINS_REFERRAL, t),
                s.name() + " joins by channel, day " + t);
        return members;
    }

    @Test
    void screening_noNoise_admitsNobodyBelowThreshold() {
        Scenario base = ShippedScenarios.load("small-curated-group").withPopulation(Defaults.POPULATION.withSize(4000));
        Scenario s = base.with("behaviour.screening.screenNoise", 0.0)
                .withGroup(base.group().withSizeCap(400).withThreshold(0.4));
        int admitted = 0;
        for (int rep = 0; rep < 5; rep++) {
            CommunityModel m = new CommunityModel(s, World.build(s, Seeds.runSeed(5, rep)), Seeds.runSeed(5, rep));
            m.start();
            m.runToEnd();
            for (int i = 0; i < m.group().episodes.size(); i++) {
                if (m.group().episodes.channel(i) != GroupState.SEED) {
                    admitted++;
                    double a = m.world().aff[m.group().episodes.person(i)];
                    assertTrue(a >= 0.4, "admitted a person of affinity " + a + " below threshold 0.4");
                }
            }
        }
        assertTrue(admitted > 50, "the test needs admissions to mean anything, got " + admitted);
    }

    @Test
    void screening_withNoise_admitsSomeBelowThreshold() {
        Scenario base = ShippedScenarios.load("small-curated-group").withPopulation(Defaults.POPULATION.withSize(4000));
        Scenario s = base.withGroup(base.group().withSizeCap(400).withThreshold(0.4));
        int below = 0;
        for (int rep = 0; rep < 5; rep++) {
            CommunityModel m = new CommunityModel(s, World.build(s, Seeds.runSeed(5, rep)), Seeds.runSeed(5, rep));
            m.start();
            m.runToEnd();
            for (int i = 0; i < m.group().episodes.size(); i++) {
                if (m.group().episodes.channel(i) != GroupState.SEED && m.world().aff[m.group().episodes.person(i)] < 0.4) {
                    below++;
                }
            }
        }
        assertTrue(below > 0, "screening noise 0.15 should let a few people below the threshold in");
    }

    @Test
    void stepDay_observableBetweenDays() {
        Scenario s = ShippedScenarios.load("big-open-group").withPopulation(Defaults.POPULATION.withSize(3000)).withHorizonDays(20);
        CommunityModel m = new CommunityModel(s, World.build(s, 1), 1);
        m.start();
        int steps = 0;
        while (m.day() < 20) {
            m.stepDay();
            steps++;
            assertEquals(steps, m.daily().days());
            assertEquals(m.memberCount(), (int) m.daily().get(DailyMetric.MEMBERS, steps - 1));
        }
        assertEquals(20, steps);
        assertEquals(CommunityModel.run(s, 1).daily(), m.result().daily());
    }
}
