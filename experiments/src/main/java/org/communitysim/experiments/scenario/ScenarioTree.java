package org.communitysim.experiments.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * A scenario record tree as a JSON tree: keys in record component order, enums in lower-kebab. Written by hand
 * over the record components rather than by Jackson's serializer so the order and enum spelling are ours and
 * the file format never depends on Jackson's record heuristics.
 */
final class ScenarioTree {
    private ScenarioTree() {
    }

    static ObjectNode of(Record record) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value = read(c, record);
            String key = c.getName();
            if (value == null) {
                node.putNull(key);
            } else if (value instanceof Record r) {
                node.set(key, of(r));
            } else if (value instanceof Enum<?> e) {
                node.put(key, EnumNames.kebab(e));
            } else if (value instanceof Integer i) {
                node.put(key, i);
            } else if (value instanceof Double d) {
                node.put(key, d);
            } else if (value instanceof Boolean b) {
                node.put(key, b);
            } else if (value instanceof String s) {
                node.put(key, s);
            } else if (value instanceof int[] ints) {
                ArrayNode list = node.putArray(key);
                for (int i : ints) {
                    list.add(i);
                }
            } else if (value instanceof double[] doubles) {
                ArrayNode list = node.putArray(key);
                for (double d : doubles) {
                    list.add(d);
                }
            } else {
                throw new IllegalStateException("cannot write " + value.getClass() + " at " + key);
            }
        }
        return node;
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read record component " + c, e);
        }
    }
}
