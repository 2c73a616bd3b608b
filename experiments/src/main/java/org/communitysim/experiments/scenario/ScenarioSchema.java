package org.communitysim.experiments.scenario;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitysim.experiments.scenario.FieldNotes.FieldNote;
import org.communitysim.experiments.scenario.SchemaField.Type;
import org.communitysim.scenario.Scenario;

/**
 * The scenario file format, one table: paths, names, types and enum values come from reflection over the
 * {@link Scenario} records, so a new record component appears here by itself; ranges, units and meanings come
 * from {@link FieldNotes}. Building it fails fast (at class load, hence in every test) when the two disagree.
 */
final class ScenarioSchema {
    private ScenarioSchema() {
    }

    private static final SchemaField ROOT;
    private static final Map<String, SchemaField> BY_PATH = new LinkedHashMap<>();

    static {
        Map<String, FieldNote> notes = FieldNotes.ALL.stream()
                .collect(Collectors.toMap(FieldNote::path, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("FieldNotes lists " + a.path() + " twice");
                }));
        Set<String> used = new HashSet<>();
        ROOT = field("", "", Scenario.class, notes, used);
        index(ROOT);
        Set<String> unused = new HashSet<>(notes.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new IllegalStateException("FieldNotes describes fields the records do not have: " + unused);
        }
    }

    static SchemaField root() {
        return ROOT;
    }

    /** The field at a JSON path such as {@code group.threshold}; "" is the root. */
    static Optional<SchemaField> field(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    /** Every field that holds a value (not a section), in file order. */
    static List<SchemaField> leaves() {
        return BY_PATH.values().stream().filter(f -> !f.isSection()).toList();
    }

    /** Every enum type used by a field, so messages can respell its constants. */
    static List<Class<?>> enumTypes() {
        return leaves().stream().filter(f -> f.type() == Type.ENUM).map(SchemaField::javaType).distinct().toList();
    }

    private static void index(SchemaField f) {
        BY_PATH.put(f.path(), f);
        f.children().forEach(ScenarioSchema::index);
    }

    private static SchemaField field(String path, String key, Class<?> type, Map<String, FieldNote> notes,
            Set<String> used) {
        FieldNote note = notes.get(path);
        if (note == null) {
            throw new IllegalStateException("FieldNotes has no entry for scenario field \"" + path + "\"");
        }
        used.add(path);
        Type kind = kindOf(type, path);
        boolean numeric = kind.numeric();
        if (numeric != (note.range() != null)) {
            throw new IllegalStateException("FieldNotes: " + path + (numeric ? " needs a range" : " is not a number"));
        }
        if ((kind == Type.STRING) != (note.text() != null)) {
            throw new IllegalStateException("FieldNotes: " + path + (kind == Type.STRING
                    ? " needs a string rule" : " is not a string"));
        }
        List<String> choices = kind == Type.ENUM
                ? Arrays.stream(type.getEnumConstants()).map(c -> EnumNames.kebab((Enum<?>) c)).toList()
                : List.of();
        List<SchemaField> children = new ArrayList<>();
        if (kind == Type.SECTION) {
            for (RecordComponent c : type.getRecordComponents()) {
                String childPath = path.isEmpty() ? c.getName() : path + "." + c.getName();
                children.add(field(childPath, c.getName(), c.getType(), notes, used));
            }
        }
        return new SchemaField(path, key, kind, type, note.range(), note.text(), choices, note.unit(),
                note.meaning(), children);
    }

    private static Type kindOf(Class<?> type, String path) {
        if (type.isRecord()) {
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
}
