package org.communitysim.experiments.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.communitysim.model.CommunityModel;
import org.communitysim.model.DailyMetric;
import org.communitysim.model.DailySeries;
import org.communitysim.model.GroupNow;
import org.communitysim.model.World;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.ShippedScenarios;
import org.junit.jupiter.api.Test;

/** The live log's moments, read off real runs of shipped scenarios. */
class EventWatchTest {
    @Test
    void after_kolsLeaveOnDay60_reportedWithTheChangeInActiveOverSevenDays() {
        Scenario s = ShippedScenarios.load("kol-leaves-day-60");
        int departure = s.kols().departureDay();
        List<EventWatch.Entry> log = new ArrayList<>();
        DailySeries daily = run(s, departure + 10, log);
        EventWatch.Entry kols = log.stream().filter(e -> e.key().equals("live.log_kols_left")).findFirst()
                .orElseThrow(() -> new AssertionError("no KOL entry in " + log));
        assertEquals(departure, kols.day());
        long change = Math.round(daily.get(DailyMetric.ACTIVE, departure + EventWatch.AFTER_DAYS - 1)
                - daily.get(DailyMetric.ACTIVE, departure - 1));
        assertEquals(change < 0 ? "\u2212" + (-change) : "+" + change, kols.args().get(0));
        assertEquals(String.valueOf(EventWatch.AFTER_DAYS), kols.args().get(1));
    }

    @Test
    void after_bigOpenGroup_fullThenPeakThenSilent() {
        Scenario s = ShippedScenarios.load("big-open-group");
        List<EventWatch.Entry> log = new ArrayList<>();
        DailySeries daily = run(s, s.horizonDays(), log);
        List<String> keys = log.stream().map(EventWatch.Entry::key).toList();
        assertTrue(keys.contains("live.log_peak"), keys.toString());
        assertEquals("live.log_end", keys.get(keys.size() - 1));
        EventWatch.Entry peak = log.get(keys.indexOf("live.log_peak"));
        double max = 0;
        for (int d = 0; d <= peak.day(); d++) {
            max = Math.max(max, daily.get(DailyMetric.ACTIVE, d));
        }
        assertEquals(String.valueOf((long) max), peak.args().get(0), "the running peak");
        assertTrue(daily.get(DailyMetric.ACTIVE, peak.day()) < EventWatch.PAST_PEAK * max);
        if (keys.contains("live.log_full")) {
            EventWatch.Entry full = log.get(keys.indexOf("live.log_full"));
            assertTrue(daily.get(DailyMetric.TURNED_AWAY, full.day()) > 0);
        }
    }

    /**
     * A world that splits at 200 members: every opening is logged on the group's open day with its parent, every
     * death on the day the silence reached world.deadAfterDays; each group once, whatever the calls in between.
     */
    @Test
    void groups_splitAt200_everyOpeningAndDeathOnceOnItsDay() {
        Scenario s = ShippedScenarios.load("split-at-200");
        long seed = Seeds.runSeed(42, 0);
        CommunityModel m = new CommunityModel(s, World.build(s, seed), seed);
        m.start();
        EventWatch watch = new EventWatch(s, "a");
        List<EventWatch.Entry> log = new ArrayList<>();
        for (int d = 0; d < s.horizonDays(); d++) {
            m.stepDay();
            if (d % 3 == 0 || d == s.horizonDays() - 1) { // frames cover several days
                log.addAll(watch.groups(m.groupsNow()));
            }
        }
        List<GroupNow> groups = m.groupsNow();
        assertTrue(groups.size() >= 2, "split-at-200 opens groups: " + groups.size());
        for (GroupNow g : groups) {
            List<EventWatch.Entry> opened = log.stream().filter(e -> e.key().equals("live.log_group_opened")
                    && e.args().get(0).equals(String.valueOf(g.index() + 1))).toList();
            assertEquals(g.parent() >= 0 ? 1 : 0, opened.size(), "group " + g.index());
            if (g.parent() >= 0) {
                assertEquals(g.openDay(), opened.get(0).day());
                assertEquals(String.valueOf(g.parent() + 1), opened.get(0).args().get(1));
            }
            List<EventWatch.Entry> died = log.stream().filter(e -> e.key().equals("live.log_group_died")
                    && e.args().get(0).equals(String.valueOf(g.index() + 1))).toList();
            assertEquals(g.dead() ? 1 : 0, died.size(), "group " + g.index());
            if (g.dead()) {
                assertEquals(g.deadDay() + s.world().deadAfterDays() - 1, died.get(0).day());
            }
        }
    }

    /** A frame's log lines reach the page in day order, equal days in the order written (the review saw 18 before 14). */
    @Test
    void byDay_sortsAFramesEntriesStably() {
        var log = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        int[][] entries = {{18, 0}, {14, 1}, {38, 2}, {36, 3}, {14, 4}};
        for (int[] e : entries) {
            log.addObject().put("day", e[0]).put("n", e[1]);
        }
        List<String> order = new ArrayList<>();
        LiveSession.byDay(log).forEach(e -> order.add(e.get("day").asInt() + "/" + e.get("n").asInt()));
        assertEquals(List.of("14/1", "14/4", "18/0", "36/3", "38/2"), order);
    }

    private static DailySeries run(Scenario s, int days, List<EventWatch.Entry> log) {
        long seed = Seeds.runSeed(42, 0);
        CommunityModel m = new CommunityModel(s, World.build(s, seed), seed);
        m.start();
        EventWatch watch = new EventWatch(s, "a");
        for (int d = 0; d < days; d++) {
            m.stepDay();
            log.addAll(watch.after(m.daily(), d, d == s.horizonDays() - 1));
        }
        return m.daily();
    }
}
