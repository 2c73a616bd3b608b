package org.communitysim.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.file.InputException;
import org.communitysim.scenario.file.ScenarioDraft;
import org.junit.jupiter.api.Test;

/** Custom outcomes (docs/scenarios.md "Custom outcomes"): what they compute, that they change no run, their checks. */
class CustomOutcomeTest {
    private static final String OUTCOMES = """
            [{"name": "active_day_90", "metric": "active", "at": 90, "direction": "higher"},
             {"name": "joins_30_60", "metric": "joins", "mean": [30, 60], "direction": "higher"},
             {"name": "joins_sum", "metric": "joins", "sum": [0, 29], "direction": "higher"},
             {"name": "members_min", "metric": "members", "min": [100, 179], "direction": "higher"},
             {"name": "members_max", "metric": "members", "max": [0, 179], "direction": "none"},
             {"name": "share_last", "metric": "active/members", "at": "last", "direction": "higher", "unit": "share"},
             {"name": "below_50", "metric": "active", "firstDay": {"below": 50, "from": 30}, "direction": "higher"},
             {"name": "never", "metric": "active", "firstDay": {"above": 1e9}, "direction": "none"}]""";

    private static Scenario scenario(String outcomes, String extra) throws InputException {
        return ScenarioDraft.fromJson("{\"name\": \"big\", \"population\": {\"size\": 3000}, "
                + "\"group\": {\"sizeCap\": 500, \"threshold\": 0}, \"metrics\": {\"outcomes\": " + outcomes + "}"
                + (extra.isEmpty() ? ", \"horizonDays\": 180" : extra) + "}", "test.json").bind();
    }

    @Test
    void possibleRange_followsTheFormAndTheUnit() throws InputException {
        Scenario s = scenario("""
                [{"name": "active_day_90", "metric": "active", "at": 90, "direction": "higher"},
                 {"name": "share_last", "metric": "active/members", "at": "last", "direction": "higher", "unit": "share"},
                 {"name": "per_member", "metric": "posts_on_topic/members", "mean": [0, 9], "direction": "higher"},
                 {"name": "satisfaction", "metric": "mean_satisfaction", "at": "last", "direction": "higher"},
                 {"name": "affinity", "metric": "mean_affinity", "mean": [0, 9], "direction": "higher"},
                 {"name": "events", "metric": "event", "sum": [0, 9], "direction": "none"},
                 {"name": "profit_last", "metric": "cum_profit", "at": "last", "direction": "higher"},
                 {"name": "below_50", "metric": "active", "firstDay": {"below": 50, "from": 30}, "direction": "higher"}]""",
                "");
        List<double[]> ranges = CustomOutcome.of(s).stream().map(c -> new double[] {c.lowest(), c.highest()}).toList();
        double inf = Double.POSITIVE_INFINITY;
        assertArrayEquals(new double[] {0, inf}, ranges.get(0), "a count");
        assertArrayEquals(new double[] {0, 1}, ranges.get(1), "declared a share");
        assertArrayEquals(new double[] {0, inf}, ranges.get(2), "a ratio of two counts: an index, not negative");
        assertArrayEquals(new double[] {-inf, inf}, ranges.get(3), "satisfaction can be negative");
        assertArrayEquals(new double[] {0, 1}, ranges.get(4), "a mean of affinities");
        assertArrayEquals(new double[] {0, 10}, ranges.get(5), "a sum of 10 days of a 0/1 flag");
        assertArrayEquals(new double[] {-inf, inf}, ranges.get(6), "a profit can be negative");
        assertArrayEquals(new double[] {0, inf}, ranges.get(7), "a day");
    }

    @Test
    void values_equalWhatTheDailySeriesGiveByHand() throws InputException {
        Scenario s = scenario(OUTCOMES, "");
        RunResult run = CommunityModel.run(s, Seeds.runSeed(42, 0));
        List<CustomOutcome> custom = CustomOutcome.of(s);
        double[] v = CustomOutcome.values(run, custom);
        int n = Outcome.values().length;
        assertEquals(n + 8, v.length);
        assertArrayEquals(run.summary().values(), java.util.Arrays.copyOf(v, n), "built-in outcomes first, unchanged");
        double[] active = run.daily().series(DailyMetric.ACTIVE);
        double[] joins = run.daily().series(DailyMetric.JOINS);
        double[] members = run.daily().series(DailyMetric.MEMBERS);
        assertEquals(active[90], v[n]);
        double mean = 0;
        for (int d = 30; d <= 60; d++) {
            mean += joins[d];
        }
        assertEquals(mean / 31, v[n + 1], 1e-12);
        double sum = 0;
        for (int d = 0; d <= 29; d++) {
            sum += joins[d];
        }
        assertEquals(sum, v[n + 2]);
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int d = 0; d < 180; d++) {
            min = d >= 100 ? Math.min(min, members[d]) : min;
            max = Math.max(max, members[d]);
        }
        assertEquals(min, v[n + 3]);
        assertEquals(max, v[n + 4]);
        assertEquals(active[179] / members[179], v[n + 5], 1e-15);
        int first = 180;
        for (int d = 30; d < 180; d++) {
            if (active[d] < 50) {
                first = d;
                break;
            }
        }
        assertEquals(first, v[n + 6]);
        assertEquals(180, v[n + 7], "never reached: censored at the horizon");
        assertEquals(Unit.SHARE, custom.get(5).unit());
        assertEquals(Unit.DAYS, custom.get(6).unit());
        assertEquals(Direction.HIGHER_IS_BETTER, custom.get(0).direction());
        assertEquals(Direction.NEUTRAL, custom.get(4).direction());
    }

    @Test
    void run_withCustomOutcomes_isTheSameRun() throws InputException {
        Scenario with = scenario(OUTCOMES, "");
        Scenario without = scenario("[]", "");
        RunResult a = CommunityModel.run(with, Seeds.runSeed(7, 3));
        RunResult b = CommunityModel.run(without, Seeds.runSeed(7, 3));
        assertEquals(b.summary(), a.summary());
        assertEquals(b.daily(), a.daily());
        assertArrayEquals(b.summary().values(), CustomOutcome.values(b, CustomOutcome.of(without)));
    }

    @Test
    void bind_badDefinitions_namesEveryFieldValueAndWhatIsAllowed() {
        InputException e = assertThrows(InputException.class, () -> scenario("""
                [{"name": "a", "metric": "actives", "at": 90, "direction": "higher"},
                 {"name": "b", "metric": "active", "at": 180, "direction": "higher"},
                 {"name": "final_active", "metric": "active", "at": 1, "direction": "higher"},
                 {"name": "c", "metric": "joins", "mean": [60, 30], "direction": "up"},
                 {"name": "d", "metric": "joins", "at": 1, "sum": [1, 2], "direction": "none"},
                 {"name": "a", "metric": "joins", "at": 1, "direction": "none"},
                 {"name": "Bad Name", "metric": "joins", "firstDay": {"below": "x"}, "direction": "none"},
                 {"name": "e", "metric": "joins", "max": [0, 1], "direction": "none", "units": "count"}]""", ""));
        String m = String.join("\n", e.problems());
        for (String expected : List.of(
                "metrics.outcomes[0].metric: \"actives\" is not a daily metric; did you mean \"active\"? allowed: members, active",
                "metrics.outcomes[1].at: expected a day (an integer from 0 to 179, the horizon being 180 days, or "
                        + "\"last\"), got 180",
                "metrics.outcomes[2].name: \"final_active\" is already a column of the outputs",
                "metrics.outcomes[3].mean: the last day (30) is before the first (60)",
                "metrics.outcomes[3].direction: expected one of higher, lower, none, got \"up\"",
                "metrics.outcomes[4]: expected exactly one of at, mean, sum, min, max, firstDay, got at and sum",
                "metrics.outcomes[5].name: \"a\" is defined twice",
                "metrics.outcomes[6].name: expected a column name",
                "metrics.outcomes[6].firstDay.below: expected a finite number, got \"x\"",
                "metrics.outcomes[7].units: unknown key; did you mean \"unit\"?")) {
            assertTrue(m.contains(expected), "missing «" + expected + "» in:\n" + m);
        }
        assertTrue(m.startsWith("test.json: "), "names the file: " + m);
    }

    @Test
    void bind_horizonShortenedBelowADay_isRefused() {
        InputException e = assertThrows(InputException.class, () -> scenario(
                "[{\"name\": \"a\", \"metric\": \"active\", \"at\": 150, \"direction\": \"higher\"}]",
                ", \"horizonDays\": 100"));
        assertTrue(e.getMessage().contains("metrics.outcomes[0].at: expected a day (an integer from 0 to 99"),
                e.getMessage());
    }

    @Test
    void common_keepsOnlyIdenticalDefinitions() throws InputException {
        Scenario a = scenario("""
                [{"name": "x", "metric": "active", "at": 90, "direction": "higher"},
                 {"name": "y", "metric": "joins", "mean": [30, 60], "direction": "higher"}]""", "");
        Scenario b = scenario("""
                [{"name": "y", "metric": "joins", "mean": [30, 60], "direction": "higher"},
                 {"name": "x", "metric": "active", "at": 91, "direction": "higher"}]""", "").named("b", "");
        List<CustomOutcome> common = CustomOutcome.common(List.of(a, b));
        assertEquals(1, common.size());
        assertEquals("y", common.get(0).column());
        assertEquals(Outcome.values().length, common.get(0).index());
        assertEquals(java.util.Map.of("x", List.of("big", "b")), CustomOutcome.leftOut(List.of(a, b)));
    }
}
