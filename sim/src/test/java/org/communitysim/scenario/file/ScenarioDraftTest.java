package org.communitysim.scenario.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.NetworkType;
import org.communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The loader's steps as an API: resolve → set → validate → bind, with the loader's own messages. */
class ScenarioDraftTest {

    private static final Path CHAIN_LEAF = TestFiles.resource("chain/leaf.json");

    @Test
    void bind_afterTypedSets_equalsLoadingWithTheSameOverrides() throws InputException {
        Scenario viaDraft = ScenarioDraft.resolve(CHAIN_LEAF)
                .set("group.threshold", 0.4, "test")
                .set("group.sizeCap", 120L, "test")
                .set("network.type", NetworkType.WATTS_STROGATZ, "test")
                .set("ablations.noise", false, "test")
                .bind();
        Scenario viaStrings = ScenarioFiles.load(CHAIN_LEAF, List.of("group.threshold=0.4", "group.sizeCap=120",
                "network.type=watts-strogatz", "ablations.noise=false"));
        assertEquals(viaStrings, viaDraft);
    }

    /** --set reaches a playbook's numbers by indexed path; a path the playbook does not have is a problem. */
    @Test
    void set_playbookPath_changesThatNumberOnly() throws InputException {
        Path campaign = Path.of("..", "scenarios", "kol-then-activists.json");
        ScenarioDraft d = ScenarioDraft.resolve(campaign);
        assertEquals(java.util.Optional.of(true), d.playbookNumber("playbook[0].trigger.day"));
        assertEquals(java.util.Optional.of(false), d.playbookNumber("playbook[0].effect.kolsLeave.handOver.postingFactor"));
        assertEquals(java.util.Optional.empty(), d.playbookNumber("playbook[0].trigger.every"));
        assertEquals(java.util.Optional.empty(), d.playbookNumber("playbook[9].trigger.day"));
        Scenario s = ScenarioFiles.load(campaign, List.of("playbook[0].trigger.day=45",
                "playbook[0].effect.kolsLeave.handOver.postingFactor=2.5"));
        org.communitysim.scenario.PlaybookAction a = s.playbook().actions().get(0);
        assertEquals(new org.communitysim.scenario.PlaybookAction.OnDay(45), a.trigger());
        assertEquals(2.5, ((org.communitysim.scenario.PlaybookAction.KolsLeave) a.effect()).postingFactor());
        InputException e = assertThrows(InputException.class,
                () -> ScenarioFiles.load(campaign, List.of("playbook[0].trigger.every=7")));
        assertTrue(e.problems().get(0).startsWith("--set playbook[0].trigger.every=7: playbook[0].trigger.every: not a "
                + "number of this scenario's playbook"), e.problems().toString());
    }

    @Test
    void bind_refusedValue_isWordedAsForTheSameOverride() throws InputException {
        InputException typed = assertThrows(InputException.class, () -> ScenarioDraft.resolve(CHAIN_LEAF)
                .set("group.sizeCap", 0, "--set group.sizeCap=0").bind());
        InputException text = assertThrows(InputException.class,
                () -> ScenarioFiles.load(CHAIN_LEAF, List.of("group.sizeCap=0")));
        assertEquals(text.problems(), typed.problems());
        assertEquals(List.of("--set group.sizeCap=0: group.sizeCap: expected an integer >= 1, got 0"), typed.problems());
    }

    @Test
    void set_unknownPathOrSection_isAProblemNamingTheSource() throws InputException {
        ScenarioDraft d = ScenarioDraft.resolve(CHAIN_LEAF).set("group.treshold", 0.3, "sweep").set("group", 1, "sweep");
        assertEquals(List.of("sweep: group.treshold: unknown key; did you mean \"threshold\"?",
                "sweep: group: is a section; set one of its fields, e.g. group.topic=..."), d.validate());
    }

    @Test
    void copy_isIndependentOfTheDraftItCameFrom() throws InputException {
        ScenarioDraft base = ScenarioDraft.resolve(CHAIN_LEAF);
        Scenario a = base.copy().set("kols.count", 5, "a").bind();
        Scenario b = base.copy().bind();
        assertEquals(5, a.kols().count());
        assertEquals(ScenarioFiles.load(CHAIN_LEAF), b);
        assertNotEquals(a, b);
    }

    @Test
    void fromJson_ofAResolvedScenario_bindsToThatScenario() throws InputException {
        Scenario s = Defaults.scenario().with("group.threshold", 0.35).named("x", "from JSON");
        assertEquals(s, ScenarioDraft.fromJson(ScenarioFiles.toJson(s), "shipped").bind());
    }

    @Test
    void fromJson_problems_nameTheGivenSource() {
        InputException e = assertThrows(InputException.class,
                () -> ScenarioDraft.fromJson("{\"group\": {\"threshold\": 2}}", "base.json").bind());
        assertEquals(List.of("base.json: group.threshold: expected a number in [0, 1], got 2"), e.problems());
        InputException malformed = assertThrows(InputException.class, () -> ScenarioDraft.fromJson("{", "x"));
        assertTrue(malformed.getMessage().startsWith("x: malformed JSON at line 1"), malformed.getMessage());
    }

    @Test
    void of_aJavaScenario_bindsBackToIt() throws InputException {
        Scenario s = Defaults.scenario().with("kols.count", 2);
        assertEquals(s, ScenarioDraft.of(s).bind());
    }
}
