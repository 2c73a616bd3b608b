package org.communitysim.scenario.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.communitysim.scenario.Declarations;
import org.communitysim.scenario.Defaults;
import org.communitysim.scenario.Scenario;
import org.communitysim.scenario.schema.Range;
import org.communitysim.scenario.schema.RecordTrees;
import org.communitysim.scenario.schema.SchemaField;
import org.communitysim.scenario.schema.SchemaField.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file's validator and the records' constructors both judge a value by its declaration (reference.yaml), but
 * each record hands its components to the check in order, by hand: a component left out or two passed in the
 * wrong order would check one field against another's range. For every numeric field, a value at each bound and
 * just beyond it must get the same verdict from the validator and from the record, naming that field.
 */
class SchemaRecordConsistencyTest {

    /**
     * Cross-field constraints would reject a bound for another field's sake (strongShare = 1 with the default
     * mediumShare 0.2 breaks strongShare + mediumShare <= 1); these partners make room.
     */
    private static final Map<String, Map<String, Integer>> ROOM = Map.ofEntries(
            Map.entry("group.sizeCap", Map.of("group.seedMembers", 0)),
            Map.entry("population.size", Map.of("group.seedMembers", 0)),
            Map.entry("group.seedMembers", Map.of("group.sizeCap", 2_000_000, "population.size", 1_000_000)),
            Map.entry("kols.count", Map.of("group.sizeCap", 2_000_000, "population.size", 1_000_000)),
            Map.entry("network.meanDegree", Map.of("population.size", 1_000_000)),
            Map.entry("group.topic", Map.of("population.topics", 100)),
            Map.entry("network.strongShare", Map.of("network.mediumShare", 0)),
            Map.entry("network.mediumShare", Map.of("network.strongShare", 0)),
            Map.entry("behaviour.state.baseHazard", Map.of("behaviour.state.maxHazard", 0)),
            Map.entry("behaviour.state.maxHazard", Map.of("behaviour.state.baseHazard", 0)),
            Map.entry("join.bass.p", Map.of("join.bass.q", 0)),
            Map.entry("join.bass.q", Map.of("join.bass.p", 0)),
            Map.entry("join.threshold.min", Map.of("join.threshold.max", 2_000_000_000)),
            Map.entry("join.threshold.max", Map.of("join.threshold.min", -2_000_000_000)));

    static Stream<String> numericFields() {
        return Declarations.schema().leaves().stream()
                .filter(f -> f.type() == Type.NUMBER || f.type() == Type.INTEGER)
                .map(SchemaField::path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numericFields")
    void bounds_sameVerdictFromSchemaAndRecord(String path) {
        SchemaField f = Declarations.schema().field(path).orElseThrow();
        Range r = f.range();
        boolean integer = f.type() == Type.INTEGER;
        if (r.boundedBelow()) {
            double justBelow = integer ? r.min() - 1 : Math.nextDown(r.min());
            double justAbove = integer ? r.min() + 1 : Math.nextUp(r.min());
            if (r.minInclusive()) {
                assertBothAccept(f, r.min());
                assertBothReject(f, justBelow);
            } else {
                assertBothReject(f, r.min());
                assertBothAccept(f, justAbove);
            }
        } else {
            assertBothAccept(f, -1e9);
        }
        if (r.boundedAbove()) {
            double justBelow = integer ? r.max() - 1 : Math.nextDown(r.max());
            double justAbove = integer ? r.max() + 1 : Math.nextUp(r.max());
            if (r.maxInclusive()) {
                assertBothAccept(f, r.max());
                assertBothReject(f, justAbove);
            } else {
                assertBothReject(f, r.max());
                assertBothAccept(f, justBelow);
            }
        } else {
            assertBothAccept(f, integer ? 1_000_000 : 1e9);
        }
    }

    @Test
    void schema_hasExactlyTheRecordsLeaves() {
        // An independent walk (via the records' accessors) must find the same paths, in the same order.
        List<String> fromRecords = new ArrayList<>();
        leafPaths("", RecordTrees.toTree(Defaults.scenario()), fromRecords);
        assertEquals(fromRecords, Declarations.schema().leaves().stream().map(SchemaField::path).toList());
    }

    @Test
    void defaults_passTheSchema() {
        assertTrue(TreeValidator.validate(new LayeredTree(RecordTrees.toTree(Defaults.scenario()), "defaults")).isEmpty());
    }

    private static void leafPaths(String prefix, JsonNode node, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue().isObject()) {
                leafPaths(path, e.getValue(), out);
            } else {
                out.add(path);
            }
        }
    }

    private static void assertBothAccept(SchemaField f, double value) {
        Verdicts v = judge(f, value);
        assertTrue(v.schema.isEmpty(), f.path() + " = " + value + ": schema says " + v.schema);
        assertTrue(v.record.isEmpty(), f.path() + " = " + value + ": record says " + v.record);
        assertNotNull(v.scenario);
    }

    private static void assertBothReject(SchemaField f, double value) {
        Verdicts v = judge(f, value);
        assertFalse(v.schema.isEmpty(), f.path() + " = " + value + ": the schema accepts it");
        assertNull(v.scenario, f.path() + " = " + value + ": the record accepts it");
        assertTrue(v.record.get(0).contains(f.path()), v.record.toString());
    }

    private record Verdicts(List<String> schema, List<String> record, Scenario scenario) {
    }

    private static Verdicts judge(SchemaField f, double value) {
        ObjectNode tree = RecordTrees.toTree(Defaults.scenario());
        ROOM.getOrDefault(f.path(), Map.of()).forEach((p, v) -> put(tree, p, IntNode.valueOf(v)));
        put(tree, f.path(), f.type() == Type.INTEGER ? IntNode.valueOf((int) value) : DoubleNode.valueOf(value));
        // Only this field's verdict: a drift elsewhere fails that field's own case (and defaults_passTheSchema).
        List<String> schema = TreeValidator.validate(new LayeredTree(tree, "test")).stream()
                .filter(p -> p.startsWith("test: " + f.path() + ": ")).toList();
        List<String> record = new ArrayList<>();
        Scenario s = RecordTrees.bind(Scenario.class, tree, record);
        return new Verdicts(schema, record, s);
    }

    private static void put(ObjectNode root, String path, JsonNode value) {
        String[] keys = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < keys.length - 1; i++) {
            node = (ObjectNode) node.get(keys[i]);
        }
        node.set(keys[keys.length - 1], value);
    }
}
