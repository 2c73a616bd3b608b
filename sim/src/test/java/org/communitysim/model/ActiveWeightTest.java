package org.communitysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.communitysim.network.EdgeBuffer;
import org.communitysim.network.TrustNetwork;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ShippedScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Social value's W_active kept up to date (GroupState.activeWeight, issue 18) is the very sum SocialValue used to
 * compute afresh each day: equal bit for bit on every day of runs that join, lurk, return, leave, split and purge;
 * and a network whose sums would not be exact takes the afresh path and gives the same run.
 */
class ActiveWeightTest {

    static Stream<Scenario> scenarios() {
        return Stream.of("big-open-group", "small-curated-group", "kol-leaves-day-60", "referral-reward",
                "monthly-lurker-purge", "split-at-200", "matrix-of-3")
                .map(name -> ShippedScenarios.load(name).withPopulation(Defaults.POPULATION.withSize(3000))
                        .withHorizonDays(120));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void keptWeights_equalTheSumsAfresh_everyDay(Scenario s) {
        long seed = Seeds.runSeed(18, 0);
        CommunityModel m = new CommunityModel(s, World.build(s, seed), seed);
        m.start();
        TrustNetwork net = m.world().net;
        assertTrue(net.exactWeightSums());
        long checked = 0;
        long lurkers = 0;
        do {
            for (GroupRun run : m.groups()) {
                GroupState g = run.group;
                assertNotNull(g.activeWeight);
                for (int p = 0; p < net.size(); p++) {
                    double afresh = 0;
                    for (int k = net.rowStart(p); k < net.rowEnd(p); k++) {
                        if (g.activeTie[net.target(k)]) {
                            afresh += net.weight(k);
                        }
                    }
                    if (Double.doubleToRawLongBits(afresh) != Double.doubleToRawLongBits(g.activeWeight[p])) {
                        assertEquals(afresh, g.activeWeight[p], 0.0, s.name() + ", person " + p + ", day " + m.day());
                        assertEquals(Double.doubleToRawLongBits(afresh), Double.doubleToRawLongBits(g.activeWeight[p]),
                                s.name() + ": sign of zero, person " + p + ", day " + m.day());
                    }
                    checked += afresh > 0 ? 1 : 0;
                }
                for (int i = 0; i < g.memberCount; i++) {
                    lurkers += g.lurking[i] ? 1 : 0;
                    assertEquals(g.referrer[i] >= 0 ? net.weightBetween(g.memberList[i], g.referrer[i]) : 0f,
                            g.referrerWeight[i], s.name() + ": referrer weight of slot " + i);
                }
            }
        } while (m.stepDay());
        assertTrue(checked > 10_000, s.name() + ": too few nonzero sums to mean anything: " + checked);
        assertTrue(lurkers > 0 || s.name().equals("monthly-lurker-purge"), s.name() + ": nobody ever lurked");
    }

    /** Every shipped scenario's network keeps exact sums, so none of them pays for summing afresh. */
    @Test
    void shippedNetworks_haveExactSums() throws Exception {
        int checked = 0;
        try (var files = java.nio.file.Files.list(ShippedScenarios.folder())) {
            for (var file : (Iterable<java.nio.file.Path>) files.sorted()::iterator) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".json")) {
                    continue;
                }
                Scenario s = ShippedScenarios.load(name.substring(0, name.length() - 5));
                assertTrue(World.build(s, 7).network().exactWeightSums(), name);
                checked++;
            }
        }
        assertTrue(checked >= 20, "shipped scenarios found: " + checked);
    }

    /**
     * The same world but for one tie between two persons who never join, given the weight 2^-60: its ulp makes the
     * network's sums inexact, so the run sums afresh; the tie is never counted, so the run must be the same.
     */
    @Test
    void inexactNetwork_sumsAfresh_andGivesTheSameRun() {
        Scenario s = ShippedScenarios.load("big-open-group").withPopulation(Defaults.POPULATION.withSize(3000))
                .withHorizonDays(120);
        long seed = Seeds.runSeed(18, 1);
        World exact = World.build(s, seed);
        CommunityModel a = new CommunityModel(s, exact, seed);
        a.start();
        a.runToEnd();
        GroupState ga = a.group();
        TrustNetwork net = exact.network();
        int u = -1;
        int v = -1;
        for (int p = 0; p < net.size() && u < 0; p++) {
            for (int k = net.rowStart(p); k < net.rowEnd(p); k++) {
                if (!ga.everMember[p] && !ga.everMember[net.target(k)]) {
                    u = p;
                    v = net.target(k);
                    break;
                }
            }
        }
        assertTrue(u >= 0, "every tie touches a member: the test needs a tie between outsiders");
        EdgeBuffer buffer = new EdgeBuffer(net.size(), (int) net.tieCount());
        for (int p = 0; p < net.size(); p++) {
            for (int k = net.rowStart(p); k < net.rowEnd(p); k++) {
                int t = net.target(k);
                if (p < t) {
                    boolean odd = (p == u && t == v) || (p == v && t == u);
                    buffer.add(p, t, odd ? 0x1p-60f : net.weight(k));
                }
            }
        }
        TrustNetwork inexact = buffer.build().network();
        assertFalse(inexact.exactWeightSums());
        CommunityModel b = new CommunityModel(s, new World(exact.population(), inexact), seed);
        b.start();
        assertNull(b.group().activeWeight);
        b.runToEnd();
        assertEquals(a.result().daily(), b.result().daily());
        assertEquals(a.result().summary(), b.result().summary());
    }
}
