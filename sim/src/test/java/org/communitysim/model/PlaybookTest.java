package org.communitysim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.communitysim.random.Seeds;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Playbook;
import org.communitysim.scenario.PlaybookAction;
import org.communitysim.scenario.PlaybookAction.Comparison;
import org.communitysim.scenario.PlaybookAction.EndCampaign;
import org.communitysim.scenario.PlaybookAction.Every;
import org.communitysim.scenario.PlaybookAction.KolsLeave;
import org.communitysim.scenario.PlaybookAction.OnDay;
import org.communitysim.scenario.PlaybookAction.PurgeLurkers;
import org.communitysim.scenario.PlaybookAction.RunEvent;
import org.communitysim.scenario.PlaybookAction.SetLevers;
import org.communitysim.scenario.PlaybookAction.WhenInactive;
import org.communitysim.scenario.PlaybookAction.WhenMetric;
import org.communitysim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** What the playbook does to one run: when actions fire, how a lever reaches the phases, and each effect. */
class PlaybookTest {
    private static final long SEED = Seeds.runSeed(7, 0);
    private static final Scenario SMALL = Defaults.scenario().withPopulation(Defaults.POPULATION.withSize(2000))
            .withHorizonDays(60);

    private static Scenario with(Scenario s, PlaybookAction... actions) {
        return s.withPlaybook(new Playbook(List.of(actions)));
    }

    private static PlaybookAction at(int day, PlaybookAction.Effect effect) {
        return new PlaybookAction("", new OnDay(day), 0, effect);
    }

    private static SetLevers set(String path, Object value) {
        return new SetLevers(Map.of(path, value));
    }

    static List<Object[]> levers() {
        return List.of(new Object[] {"content.cadence", 0.0}, new Object[] {"content.cadence", 4.0},
                new Object[] {"referral.reward", 10.0}, new Object[] {"group.threshold", 0.4},
                new Object[] {"group.sizeCap", 100}, new Object[] {"content.eventEveryDays", 3},
                new Object[] {"content.promoShare", 0.5}, new Object[] {"kols.postsPerDay", 1.0},
                new Object[] {"ablations.bystander", false}, new Object[] {"behaviour.state.outsideOption", 0.3});
    }

    /**
     * The contract of "no second copy of a setting": a lever set on day 0 (after the seeding, before anyone joins)
     * gives, bit for bit, the run of the scenario that has that value from the start, whichever phase reads it
     * (a lever the seeding reads, content.welcomeBonus, is the exception: the seeds joined before day 0).
     */
    @ParameterizedTest
    @MethodSource("levers")
    void setLever_onDayZero_runsExactlyAsTheScenarioWithThatValue(String path, Object value) {
        Scenario base = SMALL.with("kols.count", 1);
        RunResult playbook = CommunityModel.run(with(base, at(0, set(path, value))), SEED);
        RunResult direct = CommunityModel.run(base.with(path, value), SEED);
        assertEquals(direct.daily(), playbook.daily(), path);
        assertEquals(direct.summary().toString(), playbook.summary().toString(), path);
    }

    @Test
    void playbook_firesOnTheRightDays() {
        Scenario s = with(SMALL,
                new PlaybookAction("launch", new OnDay(0), 14, set("referral.reward", 10.0)),
                at(5, new RunEvent()),
                new PlaybookAction("", new Every(10, 10, 40), 0, new PurgeLurkers(7)),
                new PlaybookAction("", new WhenMetric("members", null, Comparison.AT_LEAST, 100, false), 0,
                        set("content.cadence", 4.0)));
        RunResult r = CommunityModel.run(s, SEED);
        double[] members = r.daily().series(DailyMetric.MEMBERS);
        int crossing = IntStream.range(0, members.length).filter(d -> members[d] >= 100).findFirst().orElseThrow() + 1;
        List<String> expected = new ArrayList<>(List.of("0 playbook[0] CAMPAIGN_START", "5 playbook[1] EVENT",
                "10 playbook[2] PURGE", "14 playbook[0] CAMPAIGN_END", "20 playbook[2] PURGE", "30 playbook[2] PURGE",
                "40 playbook[2] PURGE", crossing + " playbook[3] SET"));
        expected.sort(Comparator.comparingInt(e -> Integer.parseInt(e.split(" ")[0])));
        List<String> fired = r.fired().stream().map(f -> f.day() + " " + f.source() + " " + f.kind()).toList();
        List<String> sorted = new ArrayList<>(fired);
        sorted.sort(Comparator.comparingInt(e -> Integer.parseInt(e.split(" ")[0])));
        assertEquals(expected, sorted);
        assertEquals(1.0, r.daily().get(DailyMetric.EVENT, 5), "the called event");
    }

    @Test
    void campaign_returnsItsLeversWhenItEnds() {
        Scenario s = with(SMALL, new PlaybookAction("quiet", new OnDay(10), 5, set("content.cadence", 0.0)));
        CommunityModel m = new CommunityModel(s, World.build(s, SEED), SEED);
        m.start();
        m.runToEnd();
        RunResult r = m.result();
        for (int d = 10; d < 15; d++) {
            assertEquals(0.0, r.daily().get(DailyMetric.POSTS_OPERATOR, d) + r.daily().get(DailyMetric.POSTS_PROMO, d));
        }
        assertEquals(2.0, r.daily().get(DailyMetric.POSTS_OPERATOR, 15) + r.daily().get(DailyMetric.POSTS_PROMO, 15));
        assertEquals(s, m.current(), "every lever back to its value before the campaign");
    }

    @Test
    void endCampaign_endsItEarly() {
        Scenario s = with(SMALL, new PlaybookAction("", new OnDay(10), 30, set("content.cadence", 0.0)),
                at(12, new EndCampaign(0)));
        RunResult r = CommunityModel.run(s, SEED);
        assertEquals(0.0, r.daily().get(DailyMetric.POSTS_OPERATOR, 11) + r.daily().get(DailyMetric.POSTS_PROMO, 11));
        assertEquals(2.0, r.daily().get(DailyMetric.POSTS_OPERATOR, 12) + r.daily().get(DailyMetric.POSTS_PROMO, 12));
        assertEquals(List.of("10 CAMPAIGN_START", "12 CAMPAIGN_END"),
                r.fired().stream().map(f -> f.day() + " " + f.kind()).toList());
    }

    @Test
    void purge_removesExactlyTheMembersSilentForTheDays() {
        Scenario s = with(SMALL, at(30, new PurgeLurkers(10)));
        CommunityModel m = new CommunityModel(s, World.build(s, SEED), SEED);
        m.start();
        while (m.day() < 30) {
            m.stepDay();
        }
        GroupState g = m.group();
        int silent = 0;
        for (int i = 0; i < g.memberCount; i++) {
            if (g.slotRole[i] == GroupState.REGULAR && g.lastPostDay[i] <= 29 - 10) {
                silent++;
            }
        }
        int before = g.memberCount;
        m.stepDay();
        FiredAction purge = m.fired().get(0);
        assertTrue(silent > 0, "some members were silent for 10 days");
        assertEquals(silent, purge.affected());
        assertEquals(before - silent, (int) m.daily().get(DailyMetric.MEMBERS, 30) - (int) m.daily().get(DailyMetric.JOINS, 30)
                + (int) m.daily().get(DailyMetric.LEAVES, 30) - silent);
    }

    @Test
    void kolsLeave_handOver_raisesTheTopPostersOnTopic() {
        Scenario s = with(SMALL.with("kols.count", 2), at(20, new KolsLeave(3, 2.5)));
        CommunityModel m = new CommunityModel(s, World.build(s, SEED), SEED);
        m.start();
        while (m.day() < 20) {
            m.stepDay();
        }
        GroupState g = m.group();
        List<Integer> regular = new ArrayList<>();
        for (int i = 0; i < g.memberCount; i++) {
            if (g.slotRole[i] == GroupState.REGULAR && !g.lurking[i]) {
                regular.add(g.memberList[i]);
            }
        }
        regular.sort(Comparator.comparingDouble((Integer p) -> -g.slotActivity[g.memberPos[p]] * g.slotAff[g.memberPos[p]])
                .thenComparingInt(p -> p));
        List<Integer> top = regular.subList(0, 3);
        m.stepDay();
        List<Integer> raised = new ArrayList<>();
        for (int i = 0; i < g.memberCount; i++) {
            assertTrue(g.slotRole[i] != GroupState.KOL, "every KOL left");
            if (g.slotFocus[i] != 1.0) {
                assertEquals(2.5, g.slotFocus[i]);
                raised.add(g.memberList[i]);
            }
        }
        raised.sort(null);
        List<Integer> expected = new ArrayList<>(top);
        expected.removeIf(p -> !g.member[p]);  // a named activist may have left later that day
        expected.sort(null);
        assertEquals(expected, raised);
        assertEquals(List.of("HAND_OVER 3", "KOLS_LEAVE 2"),
                m.fired().stream().map(f -> f.kind() + " " + f.affected()).toList());
    }

    @Test
    void event_isAnEventDayUnlessEventsAreSwitchedOff() {
        Scenario s = with(SMALL.with("content.eventEveryDays", 0), at(4, new RunEvent()));
        assertEquals(1.0, CommunityModel.run(s, SEED).daily().get(DailyMetric.EVENT, 4));
        assertEquals(0.0, CommunityModel.run(s.with("ablations.events", false), SEED).daily().get(DailyMetric.EVENT, 4));
    }

    @Test
    void inactiveTrigger_firesAfterTheDaysWithoutAPost() {
        // nobody posts: members' activity is negligible and there are no KOLs
        Scenario silent = SMALL.with("population.activityMean", 1e-9);
        Scenario s = with(silent, new PlaybookAction("", new WhenInactive(5, false), 0, new RunEvent()));
        RunResult r = CommunityModel.run(s, SEED);
        assertEquals(List.of(5), r.fired().stream().map(FiredAction::day).toList());
    }

    @Test
    void metricTrigger_ofAnUnknownMetric_isRefusedWhenTheModelIsBuilt() {
        Scenario s = with(SMALL, new PlaybookAction("", new WhenMetric("activ_share", null, Comparison.BELOW, 0.3,
                false), 0, new RunEvent()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CommunityModel.run(s, SEED));
        assertTrue(e.getMessage().startsWith("playbook[0].trigger.metric: \"activ_share\" is not a daily metric"));
    }

    @Test
    void kolDepartureDay_isAFiredAction() {
        RunResult r = CommunityModel.run(SMALL.with("kols.count", 1).with("kols.departureDay", 40), SEED);
        assertEquals(List.of(new FiredAction(40, "kols.departureDay", FiredAction.Kind.KOLS_LEAVE, "", 1)), r.fired());
    }
}
