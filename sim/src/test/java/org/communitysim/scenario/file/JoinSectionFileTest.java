package org.communitysim.scenario.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communitysim.scenario.JoinRuleType;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.SeedingMode;
import org.communitysim.scenario.ThresholdDistribution;
import org.communitysim.scenario.ThresholdUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The join section in files: lists, enums, cross-field rules and edge-list sizes, each error naming its field. */
class JoinSectionFileTest {

    @TempDir
    Path dir;

    private Path file(String name, String json) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    @Test
    void load_classicRuleWithLists_bindsEveryField() throws Exception {
        Scenario s = ScenarioFiles.load(file("t.json", """
                {"population": {"size": 4},
                 "network": {"type": "erdos-renyi", "meanDegree": 3},
                 "join": {"rule": "fractional-threshold", "groupMechanisms": false, "memberActivity": false,
                          "seeding": "ids", "seedIds": [0, 3],
                          "threshold": {"unit": "count", "distribution": "list", "values": [0, 1, 2.5, 3]}}}
                """));
        assertEquals(JoinRuleType.FRACTIONAL_THRESHOLD, s.join().rule());
        assertEquals(SeedingMode.IDS, s.join().seeding());
        assertArrayEquals(new int[] {0, 3}, s.join().seedIds());
        assertEquals(ThresholdUnit.COUNT, s.join().threshold().unit());
        assertEquals(ThresholdDistribution.LIST, s.join().threshold().distribution());
        assertArrayEquals(new double[] {0, 1, 2.5, 3}, s.join().threshold().values());
        // and the resolved JSON loads back to an equal scenario
        Scenario again = ScenarioFiles.load(file("again.json", ScenarioFiles.toJson(s)));
        assertEquals(s.join(), again.join());
    }

    @Test
    void set_listOnTheCommandLine_replacesTheList() throws Exception {
        Path f = file("b.json", "{\"join\": {\"rule\": \"bass\", \"seeding\": \"ids\", \"seedIds\": [1]}}");
        Scenario s = ScenarioFiles.load(f, List.of("join.seedIds=[4,5,6]"));
        assertArrayEquals(new int[] {4, 5, 6}, s.join().seedIds());
    }

    @Test
    void badListElement_isNamedByIndex() throws Exception {
        Path f = file("bad.json", "{\"join\": {\"seedIds\": [1, -2, 3]}}");
        InputException e = assertThrows(InputException.class, () -> ScenarioFiles.load(f));
        assertEquals(1, e.problems().size(), e.problems().toString());
        String p = e.problems().get(0);
        assertTrue(p.endsWith("join.seedIds[1]: expected an integer >= 0, got -2"), p);
        Path g = file("bad2.json", "{\"join\": {\"threshold\": {\"values\": [0.1, \"x\", 0.3]}}}");
        String q = assertThrows(InputException.class, () -> ScenarioFiles.load(g)).problems().get(0);
        assertTrue(q.endsWith("join.threshold.values[1]: expected a finite number, got \"x\""), q);
    }

    @Test
    void crossFieldRules_areReportedWithTheirFields() throws Exception {
        Path f = file("x.json", """
                {"population": {"size": 50},
                 "join": {"rule": "referral", "memberActivity": false, "bass": {"p": 0.6, "q": 0.6},
                          "seeding": "ids", "seedIds": [60]}}
                """);
        InputException e = assertThrows(InputException.class, () -> ScenarioFiles.load(f));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("join.bass.p + join.bass.q must be <= 1"), all);
    }

    @Test
    void seedsBeyondThePopulation_orAnUnreachableDegree_areInputErrors() throws Exception {
        Path a = file("a.json", "{\"population\": {\"size\": 100}, \"group\": {\"seedMembers\": 200, \"sizeCap\": 300}}");
        String pa = String.join("\n", assertThrows(InputException.class, () -> ScenarioFiles.load(a)).problems());
        assertTrue(pa.contains("group.seedMembers + kols.count (200) exceeds population.size (100)"), pa);
        Path b = file("b.json", "{\"population\": {\"size\": 20}, \"group\": {\"seedMembers\": 5, \"sizeCap\": 10}}");
        String pb = String.join("\n", assertThrows(InputException.class, () -> ScenarioFiles.load(b)).problems());
        assertTrue(pb.contains("network.meanDegree (49.0) cannot be reached by population.size (20)"), pb);
        // a Watts–Strogatz lattice rounds the degree up to an even count of ring neighbours: 999 → 1,000 for 1,000
        // persons was a runtime failure (exit 1) of the generator instead of an input error
        Path c = file("c.json", "{\"population\": {\"size\": 1000}, \"network\": {\"type\": \"watts-strogatz\", "
                + "\"meanDegree\": 999}}");
        String pc = String.join("\n", assertThrows(InputException.class, () -> ScenarioFiles.load(c)).problems());
        assertTrue(pc.contains("network.meanDegree (999.0) gives a Watts–Strogatz lattice of degree 1000"), pc);
        Path d = file("d.json", "{\"population\": {\"size\": 1000}, \"network\": {\"type\": \"watts-strogatz\", "
                + "\"meanDegree\": 998}}");
        assertEquals(998, ScenarioFiles.load(d).network().meanDegree(), 0.0);
    }

    @Test
    void seedIdOutsideTheEdgeList_isAnInputErrorNamingTheField() throws Exception {
        Path edges = file("edges.csv", "a,b\n0,1\n1,2\n");
        Path f = file("e.json", "{\"network\": {\"type\": \"edge-list\", \"edgeListPath\": \"edges.csv\"},"
                + " \"join\": {\"seeding\": \"ids\", \"seedIds\": [5]}, \"group\": {\"seedMembers\": 1}}");
        assertTrue(Files.exists(edges));
        InputException e = assertThrows(InputException.class, () -> ScenarioFiles.load(f));
        String p = String.join("\n", e.problems());
        assertTrue(p.contains("join.seedIds: node 5 does not exist") && p.contains("3 persons"), p);
    }
}
