package org.communitysim.scenario.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitysim.scenario.schema.SchemaField.Text;
import org.communitysim.scenario.schema.SchemaField.Type;

/**
 * The fields of a tree of records, each declared once: paths, names, types and enum values come from reflection
 * over the records (so the bound form and the schema cannot disagree on what exists), default, range, unit and
 * meaning from a declarations resource (YAML, one entry per record component, in the spirit of a
 * {@code reference.conf}). Loading fails fast, naming the entry, when the two disagree: a component without an
 * entry, an entry without a component, a range on a non-number, a default the field itself refuses.
 *
 * <p>Generic over the root record, so this package knows nothing of the scenario records (they depend on it).
 */
public final class Schema {
    /** The key of a section's one-line description in the resource; a leaf entry has {@value #DEFAULT} instead. */
    static final String ABOUT = "about";
    /** A Java keyword, so no record component can be called that: it tells a leaf from a section. */
    static final String DEFAULT = "default";
    private static final Set<String> LEAF_KEYS = Set.of(DEFAULT, "range", "text", "unit", "meaning");
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String source;
    private final SchemaField root;
    private final Map<String, SchemaField> byPath = new LinkedHashMap<>();
    private final Map<Class<?>, SchemaField> byRecord = new HashMap<>();
    private final ObjectNode defaults;

    private Schema(String source, Class<? extends Record> rootType, ObjectNode declarations) {
        this.source = source;
        this.root = field("", "", rootType, declarations);
        index(root);
        this.defaults = defaultsOf(root);
    }

    /**
     * The schema of the record tree rooted at {@code rootType}, declared by the YAML resource at {@code resource}.
     *
     * @throws IllegalStateException when the resource and the records disagree (a bug, caught by any test)
     */
    public static Schema load(Class<? extends Record> rootType, URL resource) {
        if (resource == null) {
            throw new IllegalStateException("the declarations resource of " + rootType.getName() + " is missing");
        }
        JsonNode tree;
        try (InputStream in = resource.openStream()) {
            tree = YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new IllegalStateException(resource + ": expected a mapping at the top level");
        }
        String name = resource.getPath().substring(resource.getPath().lastIndexOf('/') + 1);
        return new Schema(name, rootType, object);
    }

    public SchemaField root() {
        return root;
    }

    /** The field at a JSON path such as {@code group.threshold}; "" is the root. */
    public Optional<SchemaField> field(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Every field that holds a value (not a section), in file order. */
    public List<SchemaField> leaves() {
        return byPath.values().stream().filter(f -> !f.isSection()).toList();
    }

    /** The section a record type is bound at (each record type appears once in the tree). */
    public SchemaField section(Class<? extends Record> type) {
        SchemaField f = byRecord.get(type);
        if (f == null) {
            throw new IllegalArgumentException(type.getName() + " is not part of this schema");
        }
        return f;
    }

    /** Every enum type used by a field, so messages can respell its constants. */
    public List<Class<?>> enumTypes() {
        return leaves().stream().filter(f -> f.type() == Type.ENUM).map(SchemaField::javaType).distinct().toList();
    }

    /** The declared defaults as a tree, in record component order (a fresh copy). */
    public ObjectNode defaults() {
        return defaults.deepCopy();
    }

    /**
     * Checks the component values of one record, given in component order, against their declarations: what a
     * record's compact constructor calls so that Java code is refused exactly what a file is refused.
     *
     * @throws IllegalArgumentException naming the first refused field: "group.threshold: expected a number in
     *                                  [0, 1], got 1.5"
     */
    public void check(Class<? extends Record> type, Object... values) {
        SchemaField section = section(type);
        List<SchemaField> fields = section.children();
        if (values.length != fields.size()) {
            throw new IllegalStateException(type.getSimpleName() + " checks " + values.length + " values but has "
                    + fields.size() + " components: pass every component, in order");
        }
        for (int i = 0; i < values.length; i++) {
            SchemaField f = fields.get(i);
            if (f.isSection()) {
                if (values[i] == null) {
                    throw new IllegalArgumentException(f.path() + ": expected " + f.allowed() + ", got null");
                }
                continue;
            }
            JsonNode v = RecordTrees.node(values[i]);
            if (!f.accepts(v)) {
                throw new IllegalArgumentException(f.refusal(v));
            }
        }
    }

    private void index(SchemaField f) {
        byPath.put(f.path(), f);
        if (f.isSection() && byRecord.put(f.javaType(), f) != null) {
            throw new IllegalStateException(f.javaType().getSimpleName() + " appears twice in the record tree; "
                    + "a record type may be bound at one path only");
        }
        f.children().forEach(this::index);
    }

    private SchemaField field(String path, String key, Class<?> javaType, JsonNode declaration) {
        String at = source + ": " + (path.isEmpty() ? "(top level)" : path);
        if (declaration == null) {
            throw new IllegalStateException(source + ": no entry for the scenario field \"" + path + "\"");
        }
        if (!declaration.isObject()) {
            throw new IllegalStateException(at + ": expected a mapping, got " + Values.describe(declaration));
        }
        Type type = typeOf(javaType, path);
        if (type == Type.SECTION) {
            return section(path, key, javaType, (ObjectNode) declaration, at);
        }
        for (String k : iterable(declaration.fieldNames())) {
            if (!LEAF_KEYS.contains(k)) {
                throw new IllegalStateException(at + ": unknown key \"" + k + "\"; a field declares " + LEAF_KEYS
                        + (k.equals(ABOUT) ? " (" + path + " is a value, not a section)" : ""));
            }
        }
        if (!declaration.has(DEFAULT)) {
            throw new IllegalStateException(at + ": no default");
        }
        Range range = null;
        if (type.numeric() != declaration.has("range")) {
            throw new IllegalStateException(at + (type.numeric() ? ": a number needs a range" : ": only numbers have a range"));
        }
        if (type.numeric()) {
            try {
                range = Range.parse(declaration.get("range").asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(at + ": range: " + e.getMessage(), e);
            }
        }
        Text text = null;
        if ((type == Type.STRING) != declaration.has("text")) {
            throw new IllegalStateException(at + (type == Type.STRING ? ": a string needs a text rule" : ": only strings have a text rule"));
        }
        if (type == Type.STRING) {
            String t = declaration.get("text").asText();
            text = Arrays.stream(Text.values()).filter(x -> EnumNames.kebab(x).equals(t)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(at + ": text: expected name, one-line or path-or-null, got \"" + t + "\""));
        }
        List<String> choices = type == Type.ENUM
                ? Arrays.stream(javaType.getEnumConstants()).map(c -> EnumNames.kebab((Enum<?>) c)).toList()
                : List.of();
        SchemaField f = new SchemaField(path, key, type, javaType, range, text, choices,
                declaration.path("unit").asText(""), meaning(declaration, "meaning", at), declaration.get(DEFAULT),
                List.of());
        if (!f.accepts(f.defaultValue())) {
            throw new IllegalStateException(at + ": the default is refused: " + f.refusal(f.defaultValue()));
        }
        return f;
    }

    private SchemaField section(String path, String key, Class<?> javaType, ObjectNode declaration, String at) {
        List<SchemaField> children = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (RecordComponent c : javaType.getRecordComponents()) {
            if (c.getName().equals(ABOUT)) {
                throw new IllegalStateException(javaType.getSimpleName() + "." + ABOUT + ": the name is reserved for "
                        + "a section's description in " + source);
            }
            names.add(c.getName());
            String childPath = path.isEmpty() ? c.getName() : path + "." + c.getName();
            children.add(field(childPath, c.getName(), c.getType(), declaration.get(c.getName())));
        }
        for (String k : iterable(declaration.fieldNames())) {
            if (!k.equals(ABOUT) && !names.contains(k)) {
                throw new IllegalStateException(at + ": \"" + k + "\" is declared but " + javaType.getSimpleName()
                        + " has no such component (it has " + String.join(", ", names) + ")");
            }
        }
        return new SchemaField(path, key, Type.SECTION, javaType, null, null, List.of(), "",
                meaning(declaration, ABOUT, at), null, children);
    }

    private static String meaning(JsonNode declaration, String key, String at) {
        JsonNode m = declaration.get(key);
        if (m == null || !m.isTextual() || m.asText().isBlank()) {
            throw new IllegalStateException(at + ": needs \"" + key + "\", a one-line description");
        }
        return m.asText();
    }

    private static ObjectNode defaultsOf(SchemaField section) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (SchemaField c : section.children()) {
            node.set(c.key(), c.isSection() ? defaultsOf(c) : c.defaultValue().deepCopy());
        }
        return node;
    }

    private static Type typeOf(Class<?> type, String path) {
        if (TreeForm.class.isAssignableFrom(type)) {
            try {
                type.getMethod("fromTree", JsonNode.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("scenario field " + path + ": " + type.getName()
                        + " is a TreeForm without public static fromTree(JsonNode)", e);
            }
            return Type.STRUCTURED;
        } else if (type.isRecord()) {
            return Type.SECTION;
        } else if (type == int.class) {
            return Type.INTEGER;
        } else if (type == double.class) {
            return Type.NUMBER;
        } else if (type == boolean.class) {
            return Type.BOOLEAN;
        } else if (type == String.class) {
            return Type.STRING;
        } else if (type.isEnum()) {
            return Type.ENUM;
        } else if (type == int[].class) {
            return Type.INTEGER_LIST;
        } else if (type == double[].class) {
            return Type.NUMBER_LIST;
        }
        throw new IllegalStateException("scenario field " + path + " has a type the file format cannot express: "
                + type.getName());
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> it) {
        return () -> it;
    }

    @Override
    public String toString() {
        return "Schema[" + source + ", " + leaves().size() + " fields]";
    }
}
