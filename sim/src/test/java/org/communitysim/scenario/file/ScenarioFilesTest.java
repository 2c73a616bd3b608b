package org.communitysim.scenario.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.communitysim.scenario.Ablations;
import org.communitysim.scenario.Declarations;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.NetworkType;
import org.communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioFilesTest {

    @TempDir
    Path dir;

    /** What good.json and good.yaml describe, built in code. */
    private static Scenario expectedGood(String name) {
        Scenario d = Defaults.scenario();
        return d.withHorizonDays(90)
                .withNetwork(d.network().withType(NetworkType.ERDOS_RENYI).withMeanDegree(20))
                .withGroup(d.group().withThreshold(0.35).withSizeCap(200))
                .withAblations(Ablations.ALL_ON.with("noise", false))
                .named(name, "A test scenario in JSON");
    }

    @Test
    void load_jsonFileMergesOverTheDefaults() throws InputException {
        assertEquals(expectedGood("good"), ScenarioFiles.load(TestFiles.resource("good.json")));
    }

    @Test
    void load_yamlFileReadsLikeJson() throws InputException {
        assertEquals(expectedGood("good"), ScenarioFiles.load(TestFiles.resource("good.yaml")));
    }

    @Test
    void load_extendsChain_mergesEldestFirstAndKeepsOnlyTheLeafsNameAndDescription() throws InputException {
        Scenario d = Defaults.scenario();
        Scenario expected = d
                .withGroup(d.group().withSizeCap(150).withThreshold(0.25))   // base, then middle's threshold
                .withContent(d.content().withCadence(1))                    // base's 4, replaced by leaf's 1
                .withKols(d.kols().withCount(2))                             // middle
                .named("leaf", "");                                          // description is not inherited
        assertEquals(expected, ScenarioFiles.load(TestFiles.resource("chain/leaf.json")));
    }

    @Test
    void load_withoutNameOrDescription_namesTheScenarioAfterTheFile() throws InputException {
        Path file = TestFiles.write(dir, "my-strategy.v2.json", "{}");
        Scenario s = ScenarioFiles.load(file);
        assertEquals(Defaults.scenario().named("my-strategy.v2", ""), s);
    }

    @Test
    void load_overridesApplyAfterExtendsInOrder() throws InputException {
        Scenario s = ScenarioFiles.load(TestFiles.resource("chain/leaf.json"), List.of(
                "group.threshold=0.4", "network.type=watts_strogatz", "ablations.noise=false",
                "kols.count=0", "kols.count=3", "description=set on the command line"));
        assertEquals(0.4, s.group().threshold());
        assertEquals(150, s.group().sizeCap());
        assertEquals(NetworkType.WATTS_STROGATZ, s.network().type());
        assertEquals(Ablations.ALL_ON.with("noise", false), s.ablations());
        assertEquals(3, s.kols().count());
        assertEquals("set on the command line", s.description());
    }

    @Test
    void load_overrideOfAStringField_takesTheTextAsWritten() throws InputException {
        Scenario s = ScenarioFiles.load(TestFiles.resource("good.json"), List.of("name=2024", "description=true"));
        assertEquals("2024", s.name());
        assertEquals("true", s.description());
    }

    @Test
    void load_overrideWithQuotedJsonString_isThatString() throws InputException {
        Scenario s = ScenarioFiles.load(TestFiles.resource("good.json"), List.of("network.type=\"barabasi-albert\""));
        assertEquals(NetworkType.BARABASI_ALBERT, s.network().type());
    }

    @ParameterizedTest
    @ValueSource(strings = {"homophilous-small-world", "HOMOPHILOUS_SMALL_WORLD", "Homophilous_Small-World"})
    void load_enumValue_acceptsAnyCaseWithDashOrUnderscore(String spelling) throws InputException {
        Path file = TestFiles.write(dir, "e.json", "{\"network\": {\"type\": \"" + spelling + "\"}}");
        assertEquals(NetworkType.HOMOPHILOUS_SMALL_WORLD, ScenarioFiles.load(file).network().type());
    }

    @Test
    void load_edgeListPath_isResolvedAgainstTheFolderOfTheFileThatGivesIt() throws InputException {
        Path expected = TestFiles.resource("networks/triangle.csv").toAbsolutePath().normalize();
        Scenario parent = ScenarioFiles.load(TestFiles.resource("edge-list/parent.json"));
        Scenario child = ScenarioFiles.load(TestFiles.resource("child-of-edge-list.json"));
        assertEquals(NetworkType.EDGE_LIST, child.network().type());
        assertEquals(expected.toString(), parent.network().edgeListPath());
        assertEquals(expected.toString(), child.network().edgeListPath());
    }

    @Test
    void load_edgeListPathOverride_isResolvedAgainstTheWorkingDirectory() throws InputException {
        Path csv = TestFiles.resource("networks/triangle.csv");
        Path relative = Path.of("").toAbsolutePath().relativize(csv.toAbsolutePath());
        Scenario s = ScenarioFiles.load(TestFiles.resource("good.json"),
                List.of("network.type=edge-list", "network.edgeListPath=" + relative));
        assertEquals(csv.toAbsolutePath().normalize().toString(), s.network().edgeListPath());
    }

    @Test
    void load_edgeListPathSetToNull_clearsAnInheritedPath() throws InputException {
        Scenario s = ScenarioFiles.load(TestFiles.resource("child-of-edge-list.json"),
                List.of("network.type=erdos-renyi", "network.edgeListPath=null"));
        assertNull(s.network().edgeListPath());
    }

    @Test
    void load_integerFieldWrittenWithAZeroFraction_isAccepted() throws InputException {
        Path file = TestFiles.write(dir, "whole.json", "{\"group\": {\"sizeCap\": 500.0}, \"horizonDays\": 1e2}");
        Scenario s = ScenarioFiles.load(file);
        assertEquals(500, s.group().sizeCap());
        assertEquals(100, s.horizonDays());
    }

    static Stream<Scenario> roundTripCases() {
        Scenario d = Defaults.scenario();
        return Stream.concat(Stream.of("reference", "big-open-group", "kol-leaves-day-60", "steady-weekly-events")
                .map(ShippedScenarios::load), Stream.of(
                expectedGood("good"),
                d.withNetwork(d.network().withEdgeList("/data/some network.csv")).named("odd \"name\"", "é ü"),
                d.withAblations(Ablations.ALL_ON.with("moderation", false).with("events", false))));
    }

    @ParameterizedTest
    @MethodSource("roundTripCases")
    void toJson_loadedBack_givesAnEqualScenario(Scenario s) throws InputException {
        Path csv = TestFiles.write(dir, "data/some network.csv", "0,1\n");
        Scenario withReadablePath = s.network().edgeListPath() == null ? s
                : s.withNetwork(s.network().withEdgeList(csv.toString()));
        Path file = TestFiles.write(dir, "round-trip.json", ScenarioFiles.toJson(withReadablePath));
        assertEquals(withReadablePath, ScenarioFiles.load(file));
    }

    @Test
    void toJson_writesEveryFieldInRecordOrderWithKebabEnums() {
        String json = ScenarioFiles.toJson(Defaults.scenario());
        assertTrue(json.startsWith("""
                {
                  "name": "reference",
                  "description": "Reference group: cap 300, threshold 0.2, 2 posts/day, weekly events",
                  "descriptionZh": "参照群：上限 300 人，门槛 0.2，每天 2 帖，每周一次活动",
                  "horizonDays": 180,
                  "population": {
                    "size": 10000,
                    "topics": 8,
                    "interestAlpha": 0.3,
                """), json);
        assertTrue(json.contains("""
                  "network": {
                    "type": "homophilous-small-world",
                """), json);
        assertTrue(json.contains("""
                    "deadFloor": 5.0,
                    "outcomes": [ ]
                  },
                  "playbook": [ ],
                  "world": {
                    "groups": 1,
                """), json);
        assertTrue(json.endsWith("""
                      "liveliness": 0.5
                    },
                    "groupSettings": [ ]
                  }
                }
                """), json);
        for (FieldDescription f : ScenarioFiles.describeFields()) {
            String key = f.path().substring(f.path().lastIndexOf('.') + 1);
            assertTrue(json.contains("\"" + key + "\": "), key);
        }
    }

    @Test
    void describeFields_listsEveryLeafWithItsDefault() {
        List<FieldDescription> fields = ScenarioFiles.describeFields();
        assertEquals(Declarations.schema().leaves().size(), fields.size());
        FieldDescription threshold = fields.stream().filter(f -> f.path().equals("group.threshold")).findFirst()
                .orElseThrow();
        assertEquals(new FieldDescription("group.threshold", "number", "affinity", "0.2", "[0, 1]",
                "entry threshold: applicants need affinity + screening noise >= threshold; 0 = an open group, no screening"),
                threshold);
        FieldDescription type = fields.stream().filter(f -> f.path().equals("network.type")).findFirst()
                .orElseThrow();
        assertEquals("\"homophilous-small-world\"", type.defaultValue());
        assertEquals("homophilous-small-world, erdos-renyi, barabasi-albert, watts-strogatz, edge-list",
                type.allowed());
    }
}
