package org.communitysim.scenario.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.communitysim.scenario.Playbook;
import org.communitysim.scenario.PlaybookAction;
import org.communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every class of bad playbook, with the exact message a user sees: one per problem, naming the action and field. */
class PlaybookFileErrorsTest {
    @TempDir
    Path dir;

    private List<String> problemsOf(String playbook) {
        Path file = TestFiles.write(dir, "bad.json", "{\"horizonDays\": 100, \"playbook\": " + playbook + "}");
        return assertThrows(InputException.class, () -> ScenarioFiles.load(file)).problems();
    }

    private String bad() {
        return dir.resolve("bad.json") + ": ";
    }

    @Test
    void load_validPlaybook_bindsEveryAction() throws InputException {
        Path file = TestFiles.write(dir, "ok.json", """
                {"playbook": [
                  {"label": "launch", "trigger": {"day": 0, "duration": 14}, "effect": {"set": {"referral.reward": 1}}},
                  {"trigger": {"every": 30}, "effect": {"purgeLurkers": {"silentDays": 30}}},
                  {"trigger": {"metric": "active/members", "below": 0.3, "repeat": true}, "effect": {"event": {}}},
                  {"trigger": {"inactiveDays": 7}, "effect": {"endCampaign": 0}},
                  {"trigger": {"metric": "members", "atLeast": 300}, "effect": {"set": {"group.threshold": 0.4}}},
                  {"trigger": {"day": 30}, "effect": {"kolsLeave": {"handOver": {"activists": 5, "postingFactor": 3}}}}
                ]}""");
        Scenario s = ScenarioFiles.load(file);
        List<PlaybookAction> a = s.playbook().actions();
        assertEquals(6, a.size());
        assertEquals(new PlaybookAction("launch", new PlaybookAction.OnDay(0), 14,
                new PlaybookAction.SetLevers(java.util.Map.of("referral.reward", 1.0))), a.get(0));
        assertEquals(new PlaybookAction.Every(30, 30, -1), a.get(1).trigger());
        assertEquals(new PlaybookAction.WhenMetric("active", "members", PlaybookAction.Comparison.BELOW, 0.3, true),
                a.get(2).trigger());
        assertEquals(new PlaybookAction.KolsLeave(5, 3.0), a.get(5).effect());
        // the resolved form loads back to the same scenario
        Path again = TestFiles.write(dir, "again.json", ScenarioFiles.toJson(s));
        assertEquals(s.playbook(), ScenarioFiles.load(again).playbook());
    }

    @Test
    void load_unknownMetric_namesTheActionAndTheAllowedMetrics() {
        List<String> p = problemsOf("[{\"trigger\": {\"day\": 1}, \"effect\": {\"event\": {}}},"
                + " {\"trigger\": {\"day\": 2}, \"effect\": {\"event\": {}}},"
                + " {\"trigger\": {\"metric\": \"activ_share\", \"below\": 0.3}, \"effect\": {\"event\": {}}}]");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith(bad() + "playbook[2].trigger.metric: \"activ_share\" is not a daily metric; "
                + "allowed: members, active, lurkers,"), p.get(0));
    }

    @Test
    void load_badLeverPath_isWordedAsForSet() {
        assertEquals(List.of(bad() + "playbook[0].effect.set: group.treshold: unknown key; did you mean \"threshold\"?"),
                problemsOf("[{\"trigger\": {\"day\": 1}, \"effect\": {\"set\": {\"group.treshold\": 0.4}}}]"));
    }

    @Test
    void load_leverOutOfRange_isRefusedByItsDeclaration() {
        assertEquals(List.of(bad() + "playbook[0].effect.set: group.threshold: expected a number in [0, 1], got 1.5"),
                problemsOf("[{\"trigger\": {\"day\": 1}, \"effect\": {\"set\": {\"group.threshold\": 1.5}}}]"));
    }

    @Test
    void load_leverFixedAtDayZero_isRefusedWithWhy() {
        List<String> p = problemsOf("[{\"trigger\": {\"day\": 1}, \"effect\": {\"set\": {\"population.size\": 10}}}]");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith(bad() + "playbook[0].effect.set: population.size: a playbook cannot change it "
                + "during a run: population draws the persons before day 0"), p.get(0));
    }

    @Test
    void load_leverRefusedWithTheRestOfTheScenario_isNamed() {
        assertEquals(List.of(bad() + "playbook[0].effect.set: group.seedMembers + kols.count (15) must be <= "
                + "group.sizeCap (10)"),
                problemsOf("[{\"trigger\": {\"day\": 1}, \"effect\": {\"set\": {\"group.sizeCap\": 10}}}]"));
    }

    @Test
    void load_dayBeyondTheHorizon_isRejected() {
        assertEquals(List.of(bad() + "playbook[0].trigger.day: 100 is beyond the horizon (horizonDays 100: days 0 to 99)"),
                problemsOf("[{\"trigger\": {\"day\": 100}, \"effect\": {\"event\": {}}}]"));
    }

    @Test
    void load_overlappingCampaignsOnOneLever_areRejected() {
        assertEquals(List.of(bad() + "playbook[1].trigger.duration: the campaign of playbook[1] sets content.cadence on "
                + "days 7 to 20, and so does the campaign of playbook[0] on days 0 to 13: campaigns that set the same "
                + "lever must not overlap"),
                problemsOf("[{\"trigger\": {\"day\": 0, \"duration\": 14}, \"effect\": {\"set\": {\"content.cadence\": 4}}},"
                        + "{\"trigger\": {\"day\": 7, \"duration\": 14}, \"effect\": {\"set\": {\"content.cadence\": 1}}}]"));
    }

    @Test
    void load_campaignsOnOneLeverWithAMetricTrigger_areRejected() {
        List<String> p = problemsOf("[{\"trigger\": {\"day\": 0, \"duration\": 14}, \"effect\": {\"set\": "
                + "{\"referral.reward\": 1}}}, {\"trigger\": {\"metric\": \"members\", \"atLeast\": 200, \"duration\": 7},"
                + " \"effect\": {\"set\": {\"referral.reward\": 2}}}]");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith(bad() + "playbook[1].trigger.duration: playbook[0] and playbook[1] are both "
                + "campaigns that set referral.reward"), p.get(0));
    }

    @Test
    void load_setInsideACampaignOnItsLever_isRejected() {
        assertEquals(List.of(bad() + "playbook[1].trigger: playbook[1] sets content.cadence on day 5, inside the campaign "
                + "of playbook[0] (days 0 to 13), whose end would undo it"),
                problemsOf("[{\"trigger\": {\"day\": 0, \"duration\": 14}, \"effect\": {\"set\": {\"content.cadence\": 4}}},"
                        + "{\"trigger\": {\"day\": 5}, \"effect\": {\"set\": {\"content.cadence\": 1}}}]"));
    }

    @Test
    void load_everyProblem_isReportedOncePerProblem() {
        List<String> p = problemsOf("[{\"trigger\": {\"day\": -1}, \"effect\": {\"purgeLurkers\": {\"silentDays\": 0}}},"
                + " {\"trigger\": {\"every\": 7, \"repeat\": true}, \"effect\": {\"jump\": {}}},"
                + " {\"trigger\": {\"metric\": \"members\"}, \"effect\": {\"openGroup\": {\"size\": 3}}},"
                + " {\"trigger\": {\"day\": 3, \"duration\": 5}, \"effect\": {\"event\": {}}},"
                + " {\"trigger\": {\"day\": 3}, \"effect\": {\"endCampaign\": 0}},"
                + " \"weekly\"]");
        assertEquals(List.of(
                bad() + "playbook[0].trigger.day: expected an integer >= 0, got -1",
                bad() + "playbook[0].effect.purgeLurkers.silentDays: expected an integer >= 1, got 0",
                bad() + "playbook[1].trigger.repeat: only a metric or inactiveDays trigger repeats (day fires once, every "
                        + "repeats by itself)",
                bad() + "playbook[1].effect: unknown effect \"jump\"; allowed: set, endCampaign, kolsLeave, purgeLurkers, "
                        + "event, openGroup",
                bad() + "playbook[2].trigger: a metric trigger needs exactly one of atLeast, atMost, above, below, got none",
                bad() + "playbook[2].effect.openGroup: expected {} (the new group takes world.fission's settings), got "
                        + "an object",
                bad() + "playbook[3].trigger.duration: only an effect that sets levers lasts a duration (a campaign); "
                        + "event happens once",
                bad() + "playbook[5]: expected an action, an object with a trigger and an effect, got \"weekly\""), p);
    }

    @Test
    void load_endCampaignOfNoCampaign_isRejected() {
        assertEquals(List.of(bad() + "playbook[1].effect.endCampaign: playbook[0] is not a campaign (an action that sets "
                + "levers with a trigger.duration)"),
                problemsOf("[{\"trigger\": {\"day\": 0}, \"effect\": {\"event\": {}}},"
                        + "{\"trigger\": {\"day\": 3}, \"effect\": {\"endCampaign\": 0}}]"));
    }

    @Test
    void set_emptyPlaybook_removesIt() throws InputException {
        Scenario s = ScenarioFiles.load(TestFiles.repoRoot().resolve("scenarios/monthly-lurker-purge.json"),
                List.of("playbook=[]"));
        assertEquals(Playbook.NONE, s.playbook());
    }
}
