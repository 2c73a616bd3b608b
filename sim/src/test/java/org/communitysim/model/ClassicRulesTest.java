package org.communitysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.BassParams;
import org.communitysim.scenario.CascadeParams;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.JoinRuleType;
import org.communitysim.scenario.NetworkType;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.SeedingMode;
import org.communitysim.scenario.ThresholdUnit;
import org.junit.jupiter.api.Test;

/** Deterministic behaviour of each classic rule and seeding mode, where the textbook result is exact. */
class ClassicRulesTest {

    /** A textbook run: group mechanisms and member activity off, seeds as given. */
    private static Scenario textbook(JoinRuleType rule, int n, double meanDegree, SeedingMode seeding, int[] ids) {
        Scenario s = Defaults.scenario().withHorizonDays(40).withPopulation(Defaults.POPULATION.withSize(n));
        s = s.withNetwork(s.network().withType(NetworkType.ERDOS_RENYI).withMeanDegree(meanDegree));
        return s.withJoin(s.join().withRule(rule).withMechanisms(false, false).withSeeding(seeding, ids.length, ids));
    }

    private static CommunityModel runModel(Scenario s, long seed) {
        CommunityModel m = new CommunityModel(s, World.build(s, seed), seed);
        m.start();
        m.runToEnd();
        return m;
    }

    @Test
    void bass_withPOne_everyoneJoinsOnDayZero_asOutsideJoiners() {
        Scenario s = textbook(JoinRuleType.BASS, 300, 4, SeedingMode.NONE, new int[0]);
        s = s.withJoin(s.join().withBass(new BassParams(1, 0)));
        DailySeries d = runModel(s, Seeds.runSeed(1, 0)).daily();
        assertEquals(300, d.get(DailyMetric.JOINS_OUTSIDE, 0));
        assertEquals(300, d.get(DailyMetric.MEMBERS, d.days() - 1));
    }

    @Test
    void bass_withoutInnovation_andNoSeeds_neverStarts() {
        Scenario s = textbook(JoinRuleType.BASS, 300, 4, SeedingMode.NONE, new int[0]);
        s = s.withJoin(s.join().withBass(new BassParams(0, 0.9)));
        assertEquals(0, runModel(s, Seeds.runSeed(1, 0)).daily().get(DailyMetric.MEMBERS, 39));
    }

    @Test
    void cascade_withPOne_joinsEachPersonTheDayAfterTheirBfsParent_atDepthEqualToDistance() {
        Scenario s = textbook(JoinRuleType.INDEPENDENT_CASCADE, 400, 3, SeedingMode.IDS, new int[] {7});
        s = s.withJoin(s.join().withCascade(new CascadeParams(1)));
        CommunityModel m = runModel(s, Seeds.runSeed(2, 0));
        int[] dist = bfs(m.world().net, 7);
        for (int i = 0; i < m.group().episodes.size(); i++) {
            int p = m.group().episodes.person(i);
            assertTrue(dist[p] >= 0, "joined from outside the seed's component: " + p);
            assertEquals(Math.max(0, dist[p] - 1), m.group().episodes.start(i), "join day of " + p);
            assertEquals(dist[p], m.group().depth[p], "invitation depth of " + p);
        }
        long reachable = Arrays.stream(dist).filter(d -> d >= 0 && d <= 40).count();
        assertEquals(reachable, m.group().episodes.size());
    }

    @Test
    void threshold_countUnit_joinsExactlyWhenEnoughFriendsAreIn() {
        // with a threshold of one friend inside, the group spreads one hop a day from the seed
        Scenario s = textbook(JoinRuleType.FRACTIONAL_THRESHOLD, 200, 2, SeedingMode.IDS, new int[] {0});
        s = s.withJoin(s.join().withThreshold(s.join().threshold().withUnit(ThresholdUnit.COUNT).withConstant(1)));
        CommunityModel m = runModel(s, Seeds.runSeed(3, 0));
        int[] dist = bfs(m.world().net, 0);
        for (int p = 0; p < 200; p++) {
            boolean shouldJoin = dist[p] >= 0 && dist[p] <= 40;
            assertEquals(shouldJoin, m.group().member[p], "person " + p + " at distance " + dist[p]);
            if (shouldJoin && p != 0) {
                assertEquals(dist[p] - 1, m.group().lastJoinDay[p], "join day of " + p);
            }
        }
    }

    @Test
    void threshold_fraction_nobodyJoinsBelowTheirShare() {
        Scenario s = textbook(JoinRuleType.FRACTIONAL_THRESHOLD, 300, 8, SeedingMode.RANDOM, new int[0]);
        s = s.withJoin(s.join().withSeeding(SeedingMode.RANDOM, 15, new int[0])
                .withThreshold(s.join().threshold().withConstant(0.3)));
        Scenario observed = s;
        CommunityModel m = new CommunityModel(observed, World.build(s, Seeds.runSeed(4, 0)), Seeds.runSeed(4, 0));
        int[] violations = {0};
        m.setExposureListener((day, p, k, pairs, joined) -> {
            double share = (double) k / m.world().net.degree(p);
            if (joined != (share >= 0.3)) {
                violations[0]++;
            }
        });
        m.start();
        m.runToEnd();
        assertEquals(0, violations[0]);
        assertTrue(m.memberCount() > 15);
    }

    @Test
    void threshold_listOfTheWrongLength_isRefusedNamingTheField() {
        Scenario s = textbook(JoinRuleType.FRACTIONAL_THRESHOLD, 50, 4, SeedingMode.NONE, new int[0]);
        Scenario bad = s;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bad.withJoin(bad.join().withThreshold(bad.join().threshold().withValues(new double[49]))));
        assertTrue(e.getMessage().contains("join.threshold.values"), e.getMessage());
    }

    @Test
    void seeding_modes_putTheRightPeopleIn() {
        Scenario s = textbook(JoinRuleType.BASS, 300, 4, SeedingMode.IDS, new int[] {3, 299, 150});
        s = s.withJoin(s.join().withBass(new BassParams(0, 0)));
        CommunityModel ids = runModel(s, Seeds.runSeed(5, 0));
        assertEquals(3, ids.memberCount());
        assertTrue(ids.group().member[3] && ids.group().member[299] && ids.group().member[150]);

        CommunityModel random = runModel(s.withJoin(s.join().withSeeding(SeedingMode.RANDOM, 40, new int[0])),
                Seeds.runSeed(5, 0));
        assertEquals(40, random.memberCount());

        CommunityModel none = runModel(s.withJoin(s.join().withSeeding(SeedingMode.NONE, 0, new int[0])),
                Seeds.runSeed(5, 0));
        assertEquals(0, none.memberCount());

        Scenario base = s;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> base.withJoin(base.join().withSeeding(SeedingMode.IDS, 0, new int[] {300})));
        assertTrue(e.getMessage().contains("join.seedIds"), e.getMessage());
    }

    @Test
    void exposureListener_countsFriendsInsideAndTheirTies() {
        Scenario s = textbook(JoinRuleType.INDEPENDENT_CASCADE, 200, 6, SeedingMode.RANDOM, new int[0]);
        s = s.withJoin(s.join().withSeeding(SeedingMode.RANDOM, 10, new int[0]).withCascade(new CascadeParams(0.1)));
        CommunityModel m = new CommunityModel(s, World.build(s, Seeds.runSeed(6, 0)), Seeds.runSeed(6, 0));
        boolean[][] startOfDay = new boolean[1][];
        int[] checked = {0};
        m.start();
        m.setExposureListener((day, p, k, pairs, joined) -> {
            // recount from the start-of-day membership
            int friends = 0;
            int tied = 0;
            int[] inside = new int[m.world().net.degree(p)];
            for (int e = m.world().net.rowStart(p); e < m.world().net.rowEnd(p); e++) {
                if (startOfDay[0][m.world().net.target(e)]) {
                    inside[friends++] = m.world().net.target(e);
                }
            }
            for (int a = 0; a < friends; a++) {
                for (int b = a + 1; b < friends; b++) {
                    if (m.world().net.weightBetween(inside[a], inside[b]) > 0) {
                        tied++;
                    }
                }
            }
            assertEquals(friends, k, "k of " + p);
            assertEquals(tied, pairs, "tied pairs of " + p);
            assertEquals(m.group().lastJoinDay[p] == day, joined);
            checked[0]++;
        });
        while (m.day() < 40) {
            startOfDay[0] = m.group().member.clone();
            m.stepDay();
        }
        assertTrue(checked[0] > 100, "exposures checked: " + checked[0]);
    }

    static int[] bfs(org.communitysim.network.TrustNetwork net, int from) {
        int[] dist = new int[net.size()];
        Arrays.fill(dist, -1);
        dist[from] = 0;
        ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(from);
        while (!q.isEmpty()) {
            int p = q.poll();
            for (int e = net.rowStart(p); e < net.rowEnd(p); e++) {
                int t = net.target(e);
                if (dist[t] < 0) {
                    dist[t] = dist[p] + 1;
                    q.add(t);
                }
            }
        }
        return dist;
    }
}
