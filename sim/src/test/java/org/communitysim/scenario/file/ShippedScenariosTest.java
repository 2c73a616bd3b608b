package org.communitysim.scenario.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.NetworkType;
import org.communitysim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files in scenarios/ are the only definition of the shipped scenarios (tests and benchmarks load them): each
 * loads, says what it shows, and sets only what differs from its parent.
 */
class ShippedScenariosTest {

    private static final Path SCENARIOS = TestFiles.repoRoot().resolve("scenarios");

    /**
     * Values a shipped file restates although its parent already has them. steady-weekly-events names its
     * cadence and event rhythm because they are what it is about, so the file keeps its meaning if the
     * reference's content plan ever changes.
     */
    private static final Set<String> DELIBERATE_RESTATEMENTS = Set.of(
            "steady-weekly-events.json: content.cadence", "steady-weekly-events.json: content.eventEveryDays");

    static Stream<Path> shippedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void load_reference_isTheDeclaredDefaults() throws InputException {
        assertEquals(Defaults.scenario(), ScenarioFiles.load(SCENARIOS.resolve("reference.json")));
    }

    @Test
    void load_bigOpenAndSmallCurated_differFromTheReferenceOnlyInSizeAndThreshold() throws InputException {
        Scenario d = Defaults.scenario();
        assertEquals(d.withGroup(d.group().withSizeCap(500).withThreshold(0))
                .named("big-open-group", "Big open group: cap 500, no entry threshold", "大型开放群：上限 500 人，无入群门槛"),
                ScenarioFiles.load(SCENARIOS.resolve("big-open-group.json")));
        assertEquals(d.withGroup(d.group().withSizeCap(100).withThreshold(0.5))
                .named("small-curated-group", "Small curated group: cap 100, applicants screened at threshold 0.5",
                        "小型精选群：上限 100 人，以门槛 0.5 筛选申请者"),
                ScenarioFiles.load(SCENARIOS.resolve("small-curated-group.json")));
    }

    @Test
    void load_realNetwork_usesTheShippedEgoFacebookEdgeList() throws InputException {
        Scenario s = ScenarioFiles.load(SCENARIOS.resolve("real-network.json"));
        Path csv = SCENARIOS.resolve("data/ego-facebook.csv").toAbsolutePath().normalize();
        Scenario d = Defaults.scenario();
        assertEquals(d.withNetwork(d.network().withEdgeList(csv.toString())).named("real-network", s.description(),
                s.descriptionZh()), s);
        assertEquals(NetworkType.EDGE_LIST, s.network().type());
    }

    @Test
    void load_cascadeOnFacebook_isTheTextbookCascadeFromNodeZero() throws InputException {
        Scenario s = ScenarioFiles.load(SCENARIOS.resolve("cascade-on-facebook.json"));
        assertEquals(org.communitysim.scenario.JoinRuleType.INDEPENDENT_CASCADE, s.join().rule());
        assertEquals(false, s.join().groupMechanisms());
        assertEquals(org.communitysim.scenario.SeedingMode.IDS, s.join().seeding());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {0}, s.join().seedIds());
        assertEquals(org.communitysim.scenario.NetworkType.EDGE_LIST, s.network().type());
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void shippedFile_hasADescriptionInBothLanguagesAndNoName(Path file) throws IOException, InputException {
        JsonNode raw = new ObjectMapper().readTree(file.toFile());
        assertTrue(raw.path("description").isTextual() && !raw.path("description").asText().isBlank(),
                file + " needs a description");
        assertTrue(raw.path("descriptionZh").asText().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                file + " needs a descriptionZh in Chinese (the --lang zh reports show it)");
        // The name is the file's base name, so a copied file cannot keep a stale name.
        assertFalse(raw.has("name"), file + " should not set a name");
        assertEquals(ScenarioFiles.baseName(file), ScenarioFiles.load(file).name());
    }

    @ParameterizedTest
    @MethodSource("shippedFiles")
    void shippedFile_setsOnlyWhatDiffersFromItsParent(Path file) throws IOException, InputException {
        JsonNode raw = new ObjectMapper().readTree(file.toFile());
        JsonNode parent = raw.has("extends")
                ? ScenarioFiles.toTree(ScenarioFiles.load(file.resolveSibling(raw.get("extends").asText())))
                : ScenarioFiles.toTree(Defaults.scenario());
        List<String> redundant = new ArrayList<>();
        restated(file.getFileName() + ": ", "", raw, parent, redundant);
        redundant.removeAll(DELIBERATE_RESTATEMENTS);
        assertEquals(List.of(), redundant);
    }

    private static void restated(String file, String prefix, JsonNode raw, JsonNode parent, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = raw.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (path.equals("extends") || path.equals("description") || path.equals("descriptionZh")
                    || path.equals("network.edgeListPath")) {
                continue;
            }
            JsonNode inherited = parent.path(e.getKey());
            if (e.getValue().isObject()) {
                restated(file, path, e.getValue(), inherited, out);
            } else if (e.getValue().isNumber() && inherited.isNumber()
                    ? e.getValue().asDouble() == inherited.asDouble() : e.getValue().equals(inherited)) {
                out.add(file + path);
            }
        }
    }
}
