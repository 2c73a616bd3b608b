package org.communitysim.scenario.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The world section in a file: declared groups' own settings bind, and every bad one is named with its index. */
class WorldFileErrorsTest {
    @TempDir
    Path dir;

    private List<String> problemsOf(String world) {
        Path file = TestFiles.write(dir, "bad.json", "{\"world\": " + world + "}");
        return assertThrows(InputException.class, () -> ScenarioFiles.load(file)).problems();
    }

    private String bad() {
        return dir.resolve("bad.json") + ": ";
    }

    @Test
    void load_groupSettings_bindPerGroup() throws InputException {
        Path file = TestFiles.write(dir, "ok.json", """
                {"world": {"groups": 3, "groupSettings": [{"group.sizeCap": 100, "group.topic": 2}, {"content.cadence": 4}]}}""");
        Scenario s = ScenarioFiles.load(file);
        assertEquals(List.of(Map.of("group.sizeCap", 100, "group.topic", 2), Map.of("content.cadence", 4.0)),
                s.world().groupSettings().entries());
        assertEquals(100, s.world().groupSettings().of(s, 1).group().sizeCap());
        assertEquals(2, s.world().groupSettings().of(s, 1).group().topic());
        assertEquals(4.0, s.world().groupSettings().of(s, 2).content().cadence());
        assertEquals(s, s.world().groupSettings().of(s, 0), "the first group is the file itself");
    }

    @Test
    void load_badGroupSettings_everyProblemNamedWithItsIndex() {
        assertEquals(List.of(
                bad() + "world.groupSettings[0]: population.size: not a setting of a group; allowed: the fields under "
                        + "group, content, kols, referral (docs/scenarios.md \"Every field\")",
                bad() + "world.groupSettings[1].group.threshold: expected a number in [0, 1], got 2",
                bad() + "world.groupSettings[2]: expected an object of scenario paths and values, e.g. "
                        + "{\"group.sizeCap\": 100}, got 7"),
                problemsOf("{\"groups\": 4, \"groupSettings\": [{\"population.size\": 10}, {\"group.threshold\": 2}, 7]}"));
    }

    @Test
    void load_groupSettingsThatBreakTheScenario_areRefusedWithTheGroupsIndex() {
        List<String> p = problemsOf("{\"groups\": 2, \"groupSettings\": [{\"group.sizeCap\": 5}]}");
        assertEquals(1, p.size(), p.toString());
        assertEquals(true, p.get(0).contains("world.groupSettings[0]: ") && p.get(0).contains("group.sizeCap"), p.get(0));
    }

    @Test
    void load_moreGroupSettingsThanGroups_isRefused() {
        List<String> p = problemsOf("{\"groups\": 2, \"groupSettings\": [{}, {}]}");
        assertEquals(1, p.size(), p.toString());
        assertEquals(true, p.get(0).contains("world.groupSettings has 2 entries"), p.get(0));
    }
}
