package org.communitysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.file.ShippedScenarios;
import org.communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The metric declarations are complete and consistent; the public view reads the state the model runs on. */
class MetricDeclarationsTest {

    @Test
    void outcomes_eachDeclaresColumnUnitDirectionAndLabelKey() {
        Set<String> columns = new HashSet<>();
        for (Outcome o : Outcome.values()) {
            assertTrue(columns.add(o.column()), "duplicate column " + o.column());
            assertNotNull(o.unit(), o.column());
            assertNotNull(o.direction(), o.column());
            assertEquals("outcome." + o.column(), o.labelKey());
            assertFalse(o.description().isBlank(), o.column());
        }
    }

    @Test
    void dailyMetrics_eachDeclaresColumnUnitDirectionAndLabelKey() {
        Set<String> columns = new HashSet<>();
        for (DailyMetric m : DailyMetric.values()) {
            assertTrue(columns.add(m.column()), "duplicate column " + m.column());
            assertNotNull(m.unit(), m.column());
            assertNotNull(m.direction(), m.column());
            assertEquals("daily." + m.column(), m.labelKey());
            assertFalse(m.description().isBlank(), m.column());
        }
    }

    @Test
    void possibleRange_sharesInZeroOne_amountsAndPostValueNonNegative_profitSatisfactionAndRoiBelowZero() {
        for (Outcome o : Outcome.values()) {
            if (o.unit() == Unit.SHARE && o != Outcome.ROI) {
                assertEquals(0, o.lowest(), o.column());
                assertEquals(1, o.highest(), o.column());
            }
            if (o.unit() == Unit.COUNT || o.unit() == Unit.DAYS || o.unit() == Unit.RATE_PER_DAY) {
                assertEquals(0, o.lowest(), o.column());
                assertEquals(Double.POSITIVE_INFINITY, o.highest(), o.column());
            }
        }
        assertEquals(0, Outcome.MEAN_POST_VALUE_FINAL.lowest());
        assertEquals(0, Outcome.COST.lowest());
        assertEquals(0, Outcome.REVENUE_FEES.lowest());
        assertEquals(0, Outcome.CAC.lowest());
        assertEquals(1, Outcome.GINI_POSTS.highest());
        assertEquals(-1, Outcome.ROI.lowest(), "all of the cost lost");
        assertEquals(Double.POSITIVE_INFINITY, Outcome.ROI.highest(), "a return can be many times the cost");
        assertEquals(Double.NEGATIVE_INFINITY, Outcome.PROFIT.lowest());
        assertEquals(Double.NEGATIVE_INFINITY, Outcome.MEAN_SATISFACTION_FINAL.lowest());
        assertEquals(Double.NEGATIVE_INFINITY, DailyMetric.CUM_PROFIT.lowest());
        assertThrows(IllegalArgumentException.class,
                () -> new Declared.Declaration("x", Unit.COUNT, Direction.NEUTRAL, "x", 1, 2), "a range without 0");
    }

    @Test
    void possibleRange_holdsEveryValueOfRunsWithMoneyAndManyGroups() {
        for (String name : new String[] {"free-group", "split-at-200"}) {
            Scenario s = ShippedScenarios.load(name).withPopulation(Defaults.POPULATION.withSize(3000));
            for (int r = 0; r < 2; r++) {
                RunResult run = CommunityModel.run(s, Seeds.runSeed(5, r));
                for (Outcome o : Outcome.values()) {
                    double v = run.summary().get(o);
                    assertTrue(Double.isNaN(v) || v >= o.lowest() && v <= o.highest(), name + " " + o.column() + " " + v);
                }
                for (DailyMetric m : DailyMetric.values()) {
                    for (double v : run.daily().series(m)) {
                        assertTrue(v >= m.lowest() && v <= m.highest(), name + " " + m.column() + " " + v);
                    }
                }
            }
        }
    }

    @Test
    void joins30_windowIsTheHorizon_countsEveryJoin() {
        Scenario s = ShippedScenarios.load("big-open-group").withPopulation(Defaults.POPULATION.withSize(3000));
        long seed = Seeds.runSeed(3, 2);
        RunSummary whole = CommunityModel.run(s.with("metrics.joinsWindowDays", s.horizonDays()), seed).summary();
        assertEquals(whole.get(Outcome.JOINS_TOTAL), whole.get(Outcome.JOINS_30));
        RunSummary month = CommunityModel.run(s.with("metrics.joinsWindowDays", 30), seed).summary();
        assertEquals(CommunityModel.run(s, seed).summary().get(Outcome.JOINS_30), month.get(Outcome.JOINS_30));
        assertTrue(month.get(Outcome.JOINS_30) < whole.get(Outcome.JOINS_30), "a month is not the whole run");
    }

    @Test
    void view_readsTheGroupBetweenDays() {
        Scenario s = ShippedScenarios.load("big-open-group").withPopulation(Defaults.POPULATION.withSize(3000));
        long seed = Seeds.runSeed(3, 0);
        CommunityModel m = new CommunityModel(s, World.build(s, seed), seed);
        m.start();
        for (int d = 0; d < 20; d++) {
            m.stepDay();
        }
        GroupView v = m.view();
        assertEquals(20, v.day());
        assertEquals(m.memberCount(), v.memberCount());
        for (int i = 0; i < v.memberCount(); i++) {
            int p = v.memberAt(i);
            assertTrue(v.isMember(p));
            assertTrue(v.joinDay(p) <= 19, "join day of " + p);
        }
        assertEquals((long) m.daily().get(DailyMetric.MEMBERS, 19), v.memberCount());
        assertThrows(IllegalArgumentException.class, () -> v.satisfaction(firstNonMember(v)));
    }

    @Test
    void handOverStreams_modelRefusesToStepAgain() {
        Scenario s = ShippedScenarios.load("big-open-group").withPopulation(Defaults.POPULATION.withSize(3000));
        long seed = Seeds.runSeed(3, 1);
        CommunityModel m = new CommunityModel(s, World.build(s, seed), seed);
        m.start();
        m.stepDay();
        assertNotNull(m.handOverStreams().posting());
        assertThrows(IllegalStateException.class, m::stepDay);
    }

    private static int firstNonMember(GroupView v) {
        for (int p = 0; p < v.persons(); p++) {
            if (!v.isMember(p)) {
                return p;
            }
        }
        throw new AssertionError("everyone is a member");
    }
}
