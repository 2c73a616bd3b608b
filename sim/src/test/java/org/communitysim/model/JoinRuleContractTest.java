package org.communitysim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.BassParams;
import org.communitysim.scenario.CascadeParams;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.JoinRuleType;
import org.communitysim.scenario.JoinSpec;
import org.communitysim.scenario.NetworkType;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.SeedingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every join rule must honour, with the group mechanisms on and off: it only ever brings in persons who may
 * apply, membership is conserved, a run is a pure function of (scenario, seed), the mechanisms it is told to
 * leave alone stay off, and a rule with nothing to drive it brings nobody in.
 */
class JoinRuleContractTest {

    private static final int N = 600;

    /** A small world with rates high enough that every rule brings people in within 60 days. */
    static Scenario scenario(JoinRuleType rule, boolean mechanisms) {
        Scenario s = Defaults.scenario().withHorizonDays(60).withPopulation(Defaults.POPULATION.withSize(N));
        s = s.withNetwork(s.network().withType(NetworkType.ERDOS_RENYI).withMeanDegree(12))
                .withGroup(s.group().withSizeCap(150).withThreshold(mechanisms ? 0.2 : 0));
        JoinSpec j = s.join().withRule(rule).withMechanisms(mechanisms, true)
                .withBass(new BassParams(0.002, 0.05))
                .withThreshold(s.join().threshold().withConstant(0.15))
                .withCascade(new CascadeParams(0.25));
        return s.withJoin(j).named(rule + (mechanisms ? "+mechanisms" : "-mechanisms"), "");
    }

    static Stream<Arguments> rules() {
        List<Arguments> out = new ArrayList<>();
        for (JoinRuleType r : JoinRuleType.values()) {
            out.add(Arguments.of(r, true));
            out.add(Arguments.of(r, false));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, group mechanisms {1}")
    @MethodSource("rules")
    void membership_isConserved_andOnlyEligiblePersonsJoin(JoinRuleType rule, boolean mechanisms) {
        Scenario s = scenario(rule, mechanisms);
        for (int rep = 0; rep < 3; rep++) {
            long seed = Seeds.runSeed(11, rep);
            CommunityModel m = new CommunityModel(s, World.build(s, seed), seed);
            m.start();
            m.runToEnd();
            DailySeries d = m.daily();
            double previous = 0;
            for (int t = 0; t < d.days(); t++) {
                double members = ConservationTest.membersBalance(s, d, t, previous);
                if (mechanisms) {
                    assertTrue(members <= s.group().sizeCap(), s.name() + " above cap on day " + t);
                } else {
                    assertEquals(0, d.get(DailyMetric.LEAVES, t), s.name() + ": nobody leaves without mechanisms");
                    assertEquals(0, d.get(DailyMetric.REJECTIONS, t) + d.get(DailyMetric.TURNED_AWAY, t),
                            s.name() + ": nobody is screened out without mechanisms");
                    assertTrue(members >= previous, s.name() + " shrank on day " + t);
                }
                previous = members;
            }
            assertTrue(previous > s.group().seedMembers(), s.name() + " brought nobody in: " + previous);
            // every membership episode is of a distinct person at a time, and no banned or gone person came back
            boolean[] inside = new boolean[N];
            for (int i = 0; i < m.group().episodes.size(); i++) {
                int p = m.group().episodes.person(i);
                if (m.group().episodes.end(i) < 0) {
                    assertTrue(!inside[p], "person " + p + " holds two open memberships");
                    inside[p] = true;
                }
            }
            for (int p = 0; p < N; p++) {
                assertEquals(inside[p], m.group().member[p], "membership of " + p);
            }
        }
    }

    @ParameterizedTest(name = "{0}, group mechanisms {1}")
    @MethodSource("rules")
    void run_isPureFunctionOfScenarioAndSeed(JoinRuleType rule, boolean mechanisms) {
        Scenario s = scenario(rule, mechanisms);
        RunResult a = CommunityModel.run(s, Seeds.runSeed(4, 2));
        RunResult b = CommunityModel.run(s, Seeds.runSeed(4, 2));
        RunResult c = CommunityModel.run(s, Seeds.runSeed(4, 3));
        for (DailyMetric metric : DailyMetric.values()) {
            assertArrayEquals(a.daily().series(metric), b.daily().series(metric), metric.column());
        }
        assertArrayEquals(a.summary().values(), b.summary().values());
        assertTrue(!java.util.Arrays.equals(a.daily().series(DailyMetric.MEMBERS), c.daily().series(DailyMetric.MEMBERS)),
                "another seed gives another run");
    }

    @ParameterizedTest(name = "{0}, group mechanisms {1}")
    @MethodSource("rules")
    void rule_withNothingToDriveIt_bringsNobodyIn(JoinRuleType rule, boolean mechanisms) {
        Scenario s = scenario(rule, mechanisms);
        JoinSpec j = s.join().withBass(new BassParams(0, 0)).withCascade(new CascadeParams(0))
                .withThreshold(s.join().threshold().withConstant(1.01));
        s = s.withJoin(j).withGroup(s.group().withOutsideExposure(0))
                .withBehaviour(s.behaviour().withInvitation(s.behaviour().invitation().withInviteBase(0)));
        DailySeries d = CommunityModel.run(s, Seeds.runSeed(8, 0)).daily();
        for (int t = 0; t < d.days(); t++) {
            assertEquals(t == 0 ? s.group().seedMembers() : 0, d.get(DailyMetric.JOINS, t), s.name() + " day " + t);
        }
    }

    @ParameterizedTest(name = "{0}, group mechanisms {1}")
    @MethodSource("rules")
    void advertisers_ablatedAway_neverJoin(JoinRuleType rule, boolean mechanisms) {
        Scenario s = scenario(rule, mechanisms);
        s = s.withAblations(s.ablations().with("advertisers", false))
                .withJoin(s.join().withSeeding(SeedingMode.CIRCLE, 0, new int[0]));
        for (int rep = 0; rep < 3; rep++) {
            DailySeries d = CommunityModel.run(s, Seeds.runSeed(9, rep)).daily();
            for (int t = 0; t < d.days(); t++) {
                assertEquals(0, d.get(DailyMetric.ADVERTISERS, t), s.name() + " day " + t);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.communitysim.model.JoinRuleContractTest#classicRules")
    void classicRule_leavesOtherStreamsAlone_worldIsTheSame(JoinRuleType rule) {
        // the world (persons, ties) never depends on the rule: common random numbers across rules
        Scenario a = scenario(JoinRuleType.REFERRAL, true);
        Scenario b = scenario(rule, true);
        World wa = World.build(a, Seeds.runSeed(1, 1));
        World wb = World.build(b, Seeds.runSeed(1, 1));
        for (int p = 0; p < N; p++) {
            assertEquals(wa.network().degree(p), wb.network().degree(p));
            assertEquals(wa.population().activity(p), wb.population().activity(p));
        }
    }

    static Stream<JoinRuleType> classicRules() {
        return Stream.of(JoinRuleType.BASS, JoinRuleType.FRACTIONAL_THRESHOLD, JoinRuleType.INDEPENDENT_CASCADE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("classicRules")
    void withoutMemberActivity_nobodyPosts_andMembersAllCountActive(JoinRuleType rule) {
        Scenario s = scenario(rule, false);
        s = s.withJoin(s.join().withMechanisms(false, false));
        DailySeries d = CommunityModel.run(s, Seeds.runSeed(2, 0)).daily();
        for (int t = 0; t < d.days(); t++) {
            assertEquals(0, d.get(DailyMetric.POSTS_ON_TOPIC, t) + d.get(DailyMetric.POSTS_NOISE, t));
            assertEquals(d.get(DailyMetric.MEMBERS, t), d.get(DailyMetric.ACTIVE, t) + d.get(DailyMetric.ADVERTISERS, t));
        }
        assertTrue(d.get(DailyMetric.MEMBERS, d.days() - 1) > s.group().seedMembers());
    }
}
