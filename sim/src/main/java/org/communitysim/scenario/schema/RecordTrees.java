package org.communitysim.scenario.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A tree of records as a JSON tree and back: keys in record component order, enums in lower-kebab. Written by
 * hand over the record components rather than by Jackson's databinding so the order and enum spelling are ours
 * and the file format never depends on Jackson's record heuristics.
 *
 * <p>Binding calls the records' canonical constructors, so the records' own checks (per field from the
 * declarations, and the cross-field ones) run exactly as in code. Only the record types reachable from the root
 * are ever instantiated: the type of every value comes from the record component, never from the file (no
 * polymorphic typing, hence no "@class" gadgets).
 */
public final class RecordTrees {
    private RecordTrees() {
    }

    /** The record tree as a JSON tree. */
    public static ObjectNode toTree(Record record) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            node.set(c.getName(), node(read(c, record)));
        }
        return node;
    }

    /** One value of a record component as a JSON value (a nested record as its tree). */
    public static JsonNode node(Object value) {
        if (value == null) {
            return NullNode.instance;
        } else if (value instanceof TreeForm t) {
            return t.toTree();
        } else if (value instanceof Record r) {
            return toTree(r);
        } else if (value instanceof Enum<?> e) {
            return TextNode.valueOf(EnumNames.kebab(e));
        } else if (value instanceof Integer i) {
            return IntNode.valueOf(i);
        } else if (value instanceof Double d) {
            return DoubleNode.valueOf(d);
        } else if (value instanceof Boolean b) {
            return BooleanNode.valueOf(b);
        } else if (value instanceof String s) {
            return TextNode.valueOf(s);
        } else if (value instanceof int[] ints) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode(ints.length);
            for (int i : ints) {
                list.add(i);
            }
            return list;
        } else if (value instanceof double[] doubles) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode(doubles.length);
            for (double d : doubles) {
                list.add(d);
            }
            return list;
        }
        throw new IllegalStateException("cannot write " + value.getClass() + " as a scenario value");
    }

    /**
     * The record of {@code type} built from {@code node}, or null after adding to {@code problems} the message of
     * every constructor that refused (enum constants in the messages respelt in lower-kebab). Sibling sections are
     * still built, so independent cross-field problems are all reported. Expects a tree whose types are right
     * (one that passed the schema's {@link SchemaField#accepts}): only values may be refused.
     */
    public static <R extends Record> R bind(Class<R> type, JsonNode node, List<String> problems) {
        return bind(type, node, problems, enumTypes(type, new LinkedHashSet<>()));
    }

    /**
     * A copy of {@code record} with one component replaced, through the canonical constructor (so every check
     * runs): the generic form of a hand-written {@code withX} method.
     *
     * @throws IllegalArgumentException for an unknown component (naming the nearest), a value of the wrong type,
     *                                  or a value the record refuses
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int found = -1;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = read(components[i], record);
            if (components[i].getName().equals(component)) {
                found = i;
            }
        }
        if (found < 0) {
            List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no component \"" + component
                    + "\" (it has " + String.join(", ", names) + ")");
        }
        Class<?> wanted = types[found].isPrimitive() ? boxed(types[found]) : types[found];
        if (types[found] == double.class && (value instanceof Integer || value instanceof Long)) {
            value = ((Number) value).doubleValue();  // a whole number where a number is wanted, as in a file
        }
        if (value != null && !wanted.isInstance(value)) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + "." + component + " is a "
                    + types[found].getSimpleName() + ", got " + value.getClass().getSimpleName());
        }
        args[found] = value;
        return construct((Class<R>) record.getClass(), types, args);
    }

    /**
     * A copy of {@code root} with the field at a dotted path (as in a scenario file: {@code group.threshold})
     * replaced, each record on the way copied through its canonical constructor.
     *
     * @throws IllegalArgumentException as {@link #with}, or when a segment before the last is not a record
     */
    public static <R extends Record> R withPath(R root, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            return with(root, path, value);
        }
        String head = path.substring(0, dot);
        Object child = Arrays.stream(root.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(head)).findFirst()
                .map(c -> read(c, root))
                .orElseThrow(() -> new IllegalArgumentException(root.getClass().getSimpleName()
                        + " has no component \"" + head + "\" (in " + path + ")"));
        if (!(child instanceof Record r)) {
            throw new IllegalArgumentException(head + " is a value, not a section (in " + path + ")");
        }
        return with(root, head, withPath(r, path.substring(dot + 1), value));
    }

    /**
     * The value of the field at a dotted path (as in a scenario file: {@code group.threshold}), boxed.
     *
     * @throws IllegalArgumentException when the path names no component
     */
    public static Object get(Record root, String path) {
        Object node = root;
        for (String key : path.split("\\.")) {
            if (!(node instanceof Record r)) {
                throw new IllegalArgumentException(key + " is below a value, not a section (in " + path + ")");
            }
            node = Arrays.stream(r.getClass().getRecordComponents()).filter(c -> c.getName().equals(key)).findFirst()
                    .map(c -> read(c, r))
                    .orElseThrow(() -> new IllegalArgumentException(r.getClass().getSimpleName()
                            + " has no component \"" + key + "\" (in " + path + ")"));
        }
        return node;
    }

    /** A record of {@code type} whose every component is {@code value.apply(component)}, through its canonical constructor. */
    public static <R extends Record> R construct(Class<R> type, Function<RecordComponent, Object> value) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = value.apply(components[i]);
        }
        return construct(type, types, args);
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> R bind(Class<R> type, JsonNode node, List<String> problems,
            Set<Class<?>> enums) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean complete = true;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            JsonNode v = node.get(components[i].getName());
            if (types[i].isRecord() && !TreeForm.class.isAssignableFrom(types[i])) {
                args[i] = bind((Class<? extends Record>) types[i], v, problems, enums);
                complete &= args[i] != null;
            } else {
                try {
                    args[i] = value(types[i], v);
                } catch (IllegalArgumentException refused) {  // a TreeForm refusing its tree
                    problems.add(refused.getMessage());
                    complete = false;
                }
            }
        }
        if (!complete) {
            return null;
        }
        try {
            return construct(type, types, args);
        } catch (IllegalArgumentException refused) {
            String message = refused.getMessage();
            for (Class<?> e : enums) {
                message = EnumNames.kebabInMessage(message, e);
            }
            problems.add(message);
            return null;
        }
    }

    private static <R extends Record> R construct(Class<R> type, Class<?>[] types, Object[] args) {
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException refused) {
                throw refused;
            }
            throw new IllegalStateException("constructing " + type.getSimpleName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getSimpleName(), e);
        }
    }

    /**
     * The Java value of a JSON value for a component of {@code type} (int, double, boolean, String, an enum, int[],
     * double[] or a {@link TreeForm}): what binding puts in a record. Expects a value the field accepts.
     */
    public static Object value(Class<?> type, JsonNode v) {
        if (TreeForm.class.isAssignableFrom(type)) {
            try {
                return type.getMethod("fromTree", JsonNode.class).invoke(null, v);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof IllegalArgumentException refused) {
                    throw refused;
                }
                throw new IllegalStateException("reading " + type.getSimpleName() + " failed", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName(), e);
            }
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

    @SuppressWarnings("unchecked")
    private static Set<Class<?>> enumTypes(Class<?> type, Set<Class<?>> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType().isEnum()) {
                out.add(c.getType());
            } else if (c.getType().isRecord() && !TreeForm.class.isAssignableFrom(c.getType())) {
                enumTypes(c.getType(), out);
            }
        }
        return out;
    }

    private static Class<?> boxed(Class<?> primitive) {
        if (primitive == int.class) {
            return Integer.class;
        } else if (primitive == double.class) {
            return Double.class;
        } else if (primitive == boolean.class) {
            return Boolean.class;
        }
        throw new IllegalStateException("no boxed type for " + primitive);
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read record component " + c, e);
        }
    }
}
