package org.communitysim.experiments.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Builds the scenario records from a JSON tree by calling their canonical constructors, so the records' own
 * checks (including the cross-field ones) run exactly as in code. Each {@link IllegalArgumentException} becomes
 * one problem; sibling sections are still built, so independent cross-field problems are all reported.
 *
 * <p>Only the record types reachable from {@code Scenario} are ever instantiated: the type of every value comes
 * from the record component, never from the file (no polymorphic typing, hence no "@class" gadgets).
 *
 * <p>Expects a tree that passed {@link TreeValidator}: types are right, only values may be rejected.
 */
final class RecordBinder {
    private RecordBinder() {
    }

    /** The record, or null after adding to {@code problems} the message of every constructor that refused. */
    static <R extends Record> R bind(Class<R> type, JsonNode node, List<String> problems) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean complete = true;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = value(types[i], node.get(components[i].getName()), problems);
            complete &= args[i] != null || !types[i].isRecord();
        }
        if (!complete) {
            return null;
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                problems.add(kebabEnums(refused.getMessage()));
                return null;
            }
            throw new IllegalStateException("constructing " + type.getSimpleName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object value(Class<?> type, JsonNode v, List<String> problems) {
        if (type.isRecord()) {
            return bind((Class<? extends Record>) type, v, problems);
        } else if (type == int.class) {
            return v.asInt();
        } else if (type == double.class) {
            return v.asDouble();
        } else if (type == boolean.class) {
            return v.asBoolean();
        } else if (type == String.class) {
            return v.isNull() ? null : v.asText();
        } else if (type == int[].class) {
            int[] out = new int[v.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = v.get(i).asInt();
            }
            return out;
        } else if (type == double[].class) {
            double[] out = new double[v.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = v.get(i).asDouble();
            }
            return out;
        } else if (type.isEnum()) {
            return EnumNames.parse(type, v.asText())
                    .orElseThrow(() -> new IllegalStateException("unvalidated enum value " + v));
        }
        throw new IllegalStateException("no binding for " + type);
    }

    private static String kebabEnums(String message) {
        String out = message;
        for (Class<?> e : ScenarioSchema.enumTypes()) {
            out = EnumNames.kebabInMessage(out, e);
        }
        return out;
    }
}
